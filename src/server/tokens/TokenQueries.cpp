#include "TokenQueries.h"

#include "Clock.h"
#include "Store.h"
#include "TokenStatus.h"

TokenQueries::PageEnd TokenQueries::list(const OwnerAccess &access, qint64 afterSeq, int pageSize,
                                         const ListedToken &listed)
{
    // One extra row tells whether another page follows.
    PageEnd end;
    const qint64 at = m_clock.now().toSecsSinceEpoch();
    int count = 0;
    m_store.forEachTokenOf(access.owner, afterSeq, pageSize + 1, [&](const TokenListRow &row) {
        if (count == pageSize) {
            end.more = true;
            return false;
        }
        ++count;
        end.lastSeq = row.seq;
        const Token::Status status = TokenStatus::at(row.expiresAt, at);
        if (TokenStatus::graceEnded(row.previousSecretValidUntil, at)) {
            TokenListRow shown = row;
            shown.previousSecretValidUntil.reset();
            listed(shown, status);
        } else {
            listed(row, status);
        }
        return true;
    });
    return end;
}

std::optional<QList<AddressUse>> TokenQueries::usage(const OwnerAccess &access,
                                                     const QString &tokenId, DomainError *error)
{
    const auto record = m_store.tokenById(tokenId);
    if (!record || !record->token.owner.sameAs(access.owner)) {
        *error = DomainError::of(DomainError::Kind::TokenNotFound);
        return std::nullopt;
    }
    return m_store.addressesOf(tokenId, UsageAddresses);
}
