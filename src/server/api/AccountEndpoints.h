#pragma once

class Auth;
class ApiRoutes;
class Store;
class TokenRules;

// /healthz, /api/v1/session, /api/v1/me, /api/v1/me/teams, /api/v1/policy.
class AccountEndpoints
{
public:
    AccountEndpoints(ApiRoutes &router, Store &store, Auth &auth, const TokenRules &rules);
    AccountEndpoints(const AccountEndpoints &) = delete;
    AccountEndpoints &operator=(const AccountEndpoints &) = delete;
};
