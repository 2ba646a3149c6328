#include "TokenActivity.h"

#include "Store.h"

std::optional<TokenActivity::EventPage>
TokenActivity::events(const OwnerAccess &access, qint64 beforeSeq, const QString &action,
                      const QString &tokenId, int pageSize, DomainError *error)
{
    if (access.owner.isTeam() && access.role != Team::Role::Admin) {
        *error = DomainError::of(DomainError::Kind::AdminsOnly);
        return std::nullopt;
    }
    // One extra row tells whether another page follows.
    EventPage page;
    page.events = m_store.eventsOf(access.owner.type, access.owner.id, beforeSeq, action, tokenId,
                                   pageSize + 1);
    page.more = page.events.size() > pageSize;
    if (page.more)
        page.events.removeLast();
    return page;
}
