#pragma once

#include "Account.h"
#include "ApiRequest.h"
#include "ApiResponse.h"
#include "TokenRecord.h"

#include <optional>

class Auth;
class Router;
class Store;
class TokenRules;

// What API tokens may call: introspection (/api/v1/token) and the demo resource
// (/api/v1/demo/items), which shows scopes and the free plan's endpoint allowlist at work.
class ResourceEndpoints
{
public:
    ResourceEndpoints(Router &router, Store &store, Auth &auth, const TokenRules &rules);
    ResourceEndpoints(const ResourceEndpoints &) = delete;
    ResourceEndpoints &operator=(const ResourceEndpoints &) = delete;

private:
    struct Caller
    {
        TokenRecord token;
        QString accountId;
        Account::Plan plan;
    };
    void touch(const Caller &caller);
    // Authentication, then the plan's allowlist, then the scope.
    std::optional<Caller> authorize(const ApiRequest &req, const QString &path,
                                    const QString &scope, ApiResponse *failure);

    Store &m_store;
    Auth &m_auth;
    const TokenRules &m_rules;
};
