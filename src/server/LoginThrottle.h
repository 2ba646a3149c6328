#pragma once

#include "LoginRateLimiter.h"

#include <QHostAddress>
#include <QString>

// The login rate limits, each over a sliding minute:
//  - 5 failures per username + address (guessing one account's password);
//  - 30 per address (trying many usernames, each costing a PBKDF2 run);
//  - 50 per username from all addresses together (a guess spread over many machines).
// IPv6 clients count by their /64 (one host usually holds a whole /64); IPv4-mapped IPv6
// addresses count as the IPv4 address they are.
class LoginThrottle
{
public:
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

    LoginRateLimiter m_userAndAddress{MaxPerUserAndAddress};
    LoginRateLimiter m_address{MaxPerAddress};
    LoginRateLimiter m_user{MaxPerUser};
};
