#pragma once

#include "Credential.h"
#include "DomainError.h"
#include "LoginThrottle.h"
#include "SecretLookup.h"
#include "TokenRecord.h"
#include "UserRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

class Clock;
class Store;

// Password login, sessions (tds_…) and API-token (tdk_…) authentication. Only SHA-256 digests
// of secrets are stored and looked up; digests are compared in constant time.
class Auth
{
public:
    // Longer usernames are refused before they cost a PBKDF2 run or a rate-limiter entry.
    static constexpr int MaxUsernameLength = 64;

    Auth(Store &store, const Clock &clock, int sessionHours);
    Auth(const Auth &) = delete;
    Auth &operator=(const Auth &) = delete;

    struct Login
    {
        QByteArray session;
        QDateTime expiresAt;
        UserRecord user;
    };
    // One sign-in, synchronously (hashes on the calling thread).
    std::optional<Login> login(const QString &username, const QByteArray &password,
                               const QString &clientAddress, DomainError *error);

    // The same in three steps, so the PBKDF2 in the middle can run off the event loop:
    // beginLogin (rate limits, user lookup) and finishLogin (failures, session) on the
    // event-loop thread, checkPassword anywhere.
    struct Attempt
    {
        QString username;
        QString clientAddress;
        std::optional<UserRecord> user;
    };
    std::optional<Attempt> beginLogin(const QString &username, const QString &clientAddress,
                                      DomainError *error);
    static bool checkPassword(const Attempt &attempt, const QByteArray &password);
    std::optional<Login> finishLogin(const Attempt &attempt, bool passwordValid,
                                     DomainError *error);
    // Ends the session (user's, from sessionUser) and logs it.
    void logout(const UserRecord &user, const Credential &session, const QString &clientAddress);

    // The user behind a session (tds_…); *error says why not otherwise.
    std::optional<UserRecord> sessionUser(const Credential &credential, DomainError *error);
    // The token behind an API token (tdk_…), current or in a rotation's grace; *error says why
    // not otherwise. An expired token is logged (token.expired) the first time it is refused.
    std::optional<TokenRecord> apiToken(const Credential &credential, DomainError *error);

    const Clock &clock() const { return m_clock; }

private:
    Store &m_store;
    const Clock &m_clock;
    SecretLookup m_secrets;
    int m_sessionHours;
    LoginFailureTable m_failures;
    LoginThrottle m_throttle; // counts in the database: shared by every instance
    // Attempts between beginLogin and finishLogin: their failures are not counted yet, so at
    // most one per username + address and a few per address run at once. Deliberately in this
    // process's memory: it caps what this process works on at once (a resource limit, like the
    // connection cap), not what an account may try; with N instances at most N such attempts
    // per username + address can be in flight, and their failures still count in the database.
    QHash<QString, int> m_inFlight;
    static constexpr int MaxInFlightPerAddress = 4;
};
