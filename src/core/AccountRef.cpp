#include "AccountRef.h"

QString AccountRef::id() const
{
    // QUrl lowercases the host already; IPv6 literals get their brackets back so the port that
    // follows cannot be mistaken for part of the address.
    QString host = server.host(QUrl::FullyEncoded);
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    if (server.port() > 0)
        host += QLatin1Char(':') + QString::number(server.port());
    return host + QLatin1Char('/') + username;
}
