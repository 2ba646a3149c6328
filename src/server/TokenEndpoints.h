#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "Team.h"
#include "TokenOwner.h"
#include "TokenRecord.h"
#include "UserRecord.h"

#include <optional>

class Auth;
class Router;
class Store;
class TokenRules;

// Personal (/api/v1/me/tokens…) and team (/api/v1/teams/{id}/tokens…) token management.
// Both share one implementation, parametrised by the owner the caller may act for.
class TokenEndpoints
{
public:
    static constexpr int DefaultPageSize = 200;
    static constexpr int MaxPageSize = 1000;

    TokenEndpoints(Router &router, Store &store, Auth &auth, const TokenRules &rules);
    TokenEndpoints(const TokenEndpoints &) = delete;
    TokenEndpoints &operator=(const TokenEndpoints &) = delete;

private:
    struct Access
    {
        UserRecord caller;
        TokenOwner owner;
        QString accountId;
        std::optional<Team::Role> role; // team owners only
    };
    using Action = ApiResponse (TokenEndpoints::*)(const Access &, const ApiRequest &);

    void addRoutes(Router &router, const QString &base, bool team);
    std::optional<Access> personalAccess(const ApiRequest &req, ApiResponse *failure);
    std::optional<Access> teamAccess(const ApiRequest &req, ApiResponse *failure);
    // The token named in the path, if it belongs to the owner and the caller may change it.
    std::optional<TokenRecord> managedToken(const Access &access, const QString &id,
                                            ApiResponse *failure);

    ApiResponse list(const Access &access, const ApiRequest &req);
    ApiResponse create(const Access &access, const ApiRequest &req);
    ApiResponse rotate(const Access &access, const ApiRequest &req);
    ApiResponse remove(const Access &access, const ApiRequest &req);

    Store &m_store;
    Auth &m_auth;
    const TokenRules &m_rules;
};
