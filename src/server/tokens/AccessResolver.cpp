#include "AccessResolver.h"

#include "Auth.h"
#include "Store.h"

std::optional<OwnerAccess> AccessResolver::personal(const Credential &session,
                                                    const QString &clientAddress,
                                                    DomainError *error)
{
    auto user = m_auth.sessionUser(session, error);
    if (!user)
        return std::nullopt;
    const TokenOwner owner{TokenOwner::Type::User, user->id, user->username};
    const QString accountId = user->accountId;
    return OwnerAccess{*std::move(user), owner, accountId, {}, clientAddress};
}

std::optional<OwnerAccess> AccessResolver::team(const Credential &session, const QString &teamId,
                                                const QString &clientAddress, DomainError *error)
{
    auto user = m_auth.sessionUser(session, error);
    if (!user)
        return std::nullopt;
    const auto membership = m_store.teamAccess(teamId, user->id);
    if (!membership) {
        *error = DomainError::of(DomainError::Kind::TeamNotFound);
        return std::nullopt;
    }
    const TeamRecord &team = membership->team;
    if (!membership->role) {
        *error = DomainError::of(DomainError::Kind::NotTeamMember, {team.name});
        return std::nullopt;
    }
    return OwnerAccess{*std::move(user),
                       {TokenOwner::Type::Team, team.id, team.name},
                       team.accountId,
                       membership->role,
                       clientAddress};
}
