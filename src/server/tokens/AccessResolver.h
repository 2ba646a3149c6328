#pragma once

#include "Credential.h"
#include "DomainError.h"
#include "OwnerAccess.h"

#include <optional>

class Auth;
class Store;

// Who a session acts for: the signed-in user's own tokens, or a team's they are a member of.
class AccessResolver
{
public:
    AccessResolver(Store &store, Auth &auth) : m_store(store), m_auth(auth) {}

    std::optional<OwnerAccess> personal(const Credential &session, const QString &clientAddress,
                                        DomainError *error);
    std::optional<OwnerAccess> team(const Credential &session, const QString &teamId,
                                    const QString &clientAddress, DomainError *error);

private:
    Store &m_store;
    Auth &m_auth;
};
