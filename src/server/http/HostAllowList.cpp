#include "HostAllowList.h"

#include <QHostAddress>
#include <QRegularExpression>

bool HostAllowList::parse(const QString &text, Entry *entry)
{
    // [v6]:port, [v6], name:port or name (RFC 9110 Host); names are letters, digits, '-', '.'
    // and '_' (container service names, which reverse proxies forward).
    static const QRegularExpression shape(QStringLiteral(
        R"(^(?:\[([0-9A-Fa-f:.]+)\]|([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?))(?::(\d{1,5}))?$)"));
    const auto match = shape.match(text);
    if (!match.hasMatch())
        return false;
    const QString v6 = match.captured(1);
    if (!v6.isEmpty() && QHostAddress(v6).protocol() != QAbstractSocket::IPv6Protocol)
        return false;
    entry->name = (v6.isEmpty() ? match.captured(2) : QHostAddress(v6).toString()).toLower();
    entry->port = -1;
    if (match.hasCaptured(3)) {
        const uint port = match.captured(3).toUInt();
        if (port == 0 || port > 65535)
            return false;
        entry->port = static_cast<int>(port);
    }
    return true;
}

bool HostAllowList::valid(const QString &entry)
{
    Entry parsed;
    return parse(entry, &parsed);
}

HostAllowList HostAllowList::forListener(const QString &listenHost, quint16 port, bool https,
                                         const QStringList &extra)
{
    HostAllowList list;
    list.m_defaultPort = https ? 443 : 80;
    QStringList names{QStringLiteral("localhost"), QStringLiteral("127.0.0.1"),
                      QStringLiteral("::1")};
    // 0.0.0.0 and :: are no one's name; browsers that accept them reach loopback with them.
    const QHostAddress listenAddress(listenHost);
    if (listenAddress != QHostAddress::AnyIPv4 && listenAddress != QHostAddress::AnyIPv6 &&
        listenAddress != QHostAddress::Any)
        names.prepend(listenHost);
    for (const QString &name : std::as_const(names)) {
        const QHostAddress address(name);
        list.m_entries.append(
            {(address.isNull() ? name : address.toString()).toLower(), static_cast<int>(port)});
    }
    for (const QString &text : extra) {
        Entry entry;
        if (parse(text, &entry))
            list.m_entries.append(entry);
    }
    return list;
}

bool HostAllowList::allows(const QByteArray &hostHeader) const
{
    Entry host;
    if (!parse(QString::fromLatin1(hostHeader.trimmed()), &host))
        return false;
    const int port = host.port == -1 ? m_defaultPort : host.port;
    for (const Entry &entry : m_entries) {
        if (entry.name == host.name && (entry.port == -1 || entry.port == port))
            return true;
    }
    return false;
}
