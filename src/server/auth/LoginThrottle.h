#pragma once

#include "LoginFailureTable.h"
#include "LoginRateLimiter.h"

#include <QHostAddress>
#include <QString>

// The login rate limits, each over a sliding minute:
//  - 5 failures per username + address (guessing one account's password);
//  - 30 per address (trying many usernames, each costing a PBKDF2 run);
//  - 50 per username from all addresses together (a guess spread over many machines).
// IPv6 clients count by their /64 (one host usually holds a whole /64); IPv4-mapped IPv6
// addresses count as the IPv4 address they are.
// The counts live in the database (LoginFailureTable), so failures spread over several server
// instances on one database add up.
class LoginThrottle
{
public:
    // scopePrefix keeps the counts of another kind of guess (e.g. "identify:") apart from
    // sign-ins, under the same limits.
    explicit LoginThrottle(LoginFailureTable &table, const QString &scopePrefix = {});
    LoginThrottle(const LoginThrottle &) = delete;
    LoginThrottle &operator=(const LoginThrottle &) = delete;

    static constexpr int MaxPerUserAndAddress = 5;
    static constexpr int MaxPerAddress = 30;
    static constexpr int MaxPerUser = 50;

    // Seconds until this username may try again from this address; 0 when it may now.
    int retryAfterSeconds(const QString &username, const QString &address, qint64 nowMs);
    void recordFailure(const QString &username, const QString &address, qint64 nowMs);
    void recordSuccess(const QString &username, const QString &address);

    // "203.0.113.7", or "2001:db8:1:2::/64" for any address in that /64.
    static QString addressKey(const QString &address);

private:
    static QString userAndAddressKey(const QString &username, const QString &address);

    LoginFailureTable &m_table;
    LoginRateLimiter m_userAndAddress;
    LoginRateLimiter m_address;
    LoginRateLimiter m_user;
};
