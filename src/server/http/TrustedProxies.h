#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

// The reverse proxies (--trusted-proxy CIDR) whose X-Forwarded-For the server believes. Any
// other peer could write whatever address it likes into that header, so for it the header is
// ignored and the client is the peer itself.
class TrustedProxies
{
public:
    TrustedProxies() = default;
    // false (and nothing added) unless cidr is ADDRESS or ADDRESS/PREFIX.
    bool add(const QString &cidr);
    static bool valid(const QString &cidr);

    bool contains(const QHostAddress &address) const;
    // The client the request comes from: the peer, or, for a trusted peer, the right-most
    // address in forwardedFor (every X-Forwarded-For value, comma-joined) that is not itself a
    // trusted proxy. An entry that is not an address ends the walk at the hop that wrote it.
    QHostAddress client(const QHostAddress &peer, const QByteArray &forwardedFor) const;

    // IPv4-mapped IPv6 addresses (a dual-stack listener's view of IPv4 peers) as IPv4.
    static QHostAddress normalized(const QHostAddress &address);

private:
    QList<QPair<QHostAddress, int>> m_subnets;
};
