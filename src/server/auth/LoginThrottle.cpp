#include "LoginThrottle.h"

LoginThrottle::LoginThrottle(LoginFailureTable &table, const QString &scopePrefix)
    : m_table(table),
      m_userAndAddress(table, scopePrefix + QStringLiteral("user+address"), MaxPerUserAndAddress),
      m_address(table, scopePrefix + QStringLiteral("address"), MaxPerAddress),
      m_user(table, scopePrefix + QStringLiteral("user"), MaxPerUser)
{}

QString LoginThrottle::addressKey(const QString &address)
{
    QHostAddress host(address);
    if (host.isNull())
        return address;
    bool isIpv4 = false;
    const quint32 ipv4 = host.toIPv4Address(&isIpv4); // also unwraps ::ffff:a.b.c.d
    if (isIpv4)
        return QHostAddress(ipv4).toString();
    Q_IPV6ADDR bytes = host.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

QString LoginThrottle::userAndAddressKey(const QString &username, const QString &address)
{
    // An address key holds no newline, so the last one splits the pair unambiguously.
    return username + QLatin1Char('\n') + addressKey(address);
}

int LoginThrottle::retryAfterSeconds(const QString &username, const QString &address, qint64 nowMs)
{
    return qMax(
        qMax(m_userAndAddress.retryAfterSeconds(userAndAddressKey(username, address), nowMs),
             m_address.retryAfterSeconds(addressKey(address), nowMs)),
        m_user.retryAfterSeconds(username, nowMs));
}

void LoginThrottle::recordFailure(const QString &username, const QString &address, qint64 nowMs)
{
    // One transaction: one commit (and fsync) per failed sign-in, and no instance sees a
    // failure counted for the pair but not yet for the address.
    m_table.writeTransaction([&] {
        m_userAndAddress.recordFailure(userAndAddressKey(username, address), nowMs);
        m_address.recordFailure(addressKey(address), nowMs);
        m_user.recordFailure(username, nowMs);
    });
}

void LoginThrottle::recordSuccess(const QString &username, const QString &address)
{
    // Only the pair's count: a success must not wipe out failures others caused for the
    // address or the account.
    m_userAndAddress.reset(userAndAddressKey(username, address));
}
