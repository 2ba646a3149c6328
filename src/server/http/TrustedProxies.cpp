#include "TrustedProxies.h"

#include <QList>

namespace {
bool parseSubnet(const QString &cidr, QPair<QHostAddress, int> *subnet)
{
    const QString text = cidr.trimmed();
    if (!text.contains(QLatin1Char('/'))) {
        const QHostAddress address = TrustedProxies::normalized(QHostAddress(text));
        if (address.isNull())
            return false;
        *subnet = {address, address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128};
        return true;
    }
    *subnet = QHostAddress::parseSubnet(text);
    return !subnet->first.isNull() && subnet->second >= 0;
}

// One X-Forwarded-For entry: an address, possibly "[v6]" or "v4:port" as some proxies write.
QHostAddress parseHop(QByteArrayView entry)
{
    QString text = QString::fromLatin1(entry.trimmed());
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        text = close > 0 ? text.mid(1, close - 1) : QString();
    } else if (text.count(QLatin1Char(':')) == 1) {
        text = text.left(text.indexOf(QLatin1Char(':')));
    }
    return TrustedProxies::normalized(QHostAddress(text));
}
} // namespace

bool TrustedProxies::valid(const QString &cidr)
{
    QPair<QHostAddress, int> subnet;
    return parseSubnet(cidr, &subnet);
}

bool TrustedProxies::add(const QString &cidr)
{
    QPair<QHostAddress, int> subnet;
    if (!parseSubnet(cidr, &subnet))
        return false;
    m_subnets.append(subnet);
    return true;
}

QHostAddress TrustedProxies::normalized(const QHostAddress &address)
{
    bool v4 = false;
    const quint32 ipv4 = address.toIPv4Address(&v4);
    return v4 && address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(ipv4) : address;
}

bool TrustedProxies::contains(const QHostAddress &address) const
{
    const QHostAddress plain = normalized(address);
    for (const auto &subnet : m_subnets) {
        if (plain.isInSubnet(subnet))
            return true;
    }
    return false;
}

QHostAddress TrustedProxies::client(const QHostAddress &peer, const QByteArray &forwardedFor) const
{
    QHostAddress current = normalized(peer);
    if (m_subnets.isEmpty() || forwardedFor.isEmpty())
        return current;
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (auto hop = hops.crbegin(); hop != hops.crend() && contains(current); ++hop) {
        const QHostAddress address = parseHop(*hop);
        if (address.isNull())
            break;
        current = address;
    }
    return current;
}
