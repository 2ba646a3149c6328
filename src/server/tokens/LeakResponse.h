#pragma once

#include "Credential.h"
#include "DomainError.h"
#include "LoginFailureTable.h"
#include "LoginThrottle.h"
#include "SecretLookup.h"
#include "TokenRecord.h"
#include "UserRecord.h"

#include <optional>

class Auth;
class Clock;
class Store;

// What to do with a secret that leaked: the token revokes itself, or its owner finds which token
// it is.
class LeakResponse
{
public:
    LeakResponse(Store &store, Auth &auth, const Clock &clock);
    LeakResponse(const LeakResponse &) = delete;
    LeakResponse &operator=(const LeakResponse &) = delete;

    // The token whose secret is the credential revokes itself (its current secret, or the one
    // before a rotation while in its grace); needs no scope and is open to every plan.
    bool revokeSelf(const Credential &credential, const QString &clientAddress, DomainError *error);
    // The token whose secret this is, if it is the caller's or their team's as a team admin;
    // SecretNotFound otherwise, whatever the reason. Wrong guesses count like failed sign-ins
    // (per caller and address) and are refused (TooManyGuesses) when too many.
    static constexpr int MaxSecretLength = 256;
    std::optional<TokenRecord> identify(const UserRecord &caller, const QString &secret,
                                        const QString &clientAddress, DomainError *error);

private:
    Store &m_store;
    Auth &m_auth;
    const Clock &m_clock;
    SecretLookup m_secrets;
    LoginFailureTable m_failures;
    LoginThrottle m_throttle; // in the database: shared by every instance
};
