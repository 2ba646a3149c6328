#pragma once

#include "Account.h"
#include "Credential.h"
#include "DomainError.h"
#include "TokenRecord.h"

#include <QString>

#include <optional>

class Auth;
class Clock;
class Store;
struct Policy;

// What an API token may call: authenticated (Auth), allowed by its owner's plan (the policy's
// free-plan endpoints) and holding the scope the call needs; and the record of each use.
class ApiTokenGate
{
public:
    ApiTokenGate(Store &store, Auth &auth, const Policy &policy, const Clock &clock);
    ApiTokenGate(const ApiTokenGate &) = delete;
    ApiTokenGate &operator=(const ApiTokenGate &) = delete;

    struct Caller
    {
        TokenRecord token; // with its status now
        QString accountId;
        Account::Plan plan = Account::Plan::Free;
    };
    // The token calling method path, if it may; scope empty: any scope will do.
    std::optional<Caller> authorize(const Credential &credential, const QString &method,
                                    const QString &path, const QString &scope, DomainError *error);
    // Only successful calls count as a use. The common case (the address of the token's last
    // use) writes at most last_used_at, once a minute; another address is recorded at once, and
    // a new one is logged.
    void recordUse(const Caller &caller, const QString &clientAddress, const QString &userAgent);

private:
    Store &m_store;
    Auth &m_auth;
    const Policy &m_policy;
    const Clock &m_clock;
};
