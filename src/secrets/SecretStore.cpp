#include "SecretStore.h"

namespace {
QString serverPart(const QUrl &server)
{
    // QUrl lowercases the host already; IPv6 literals get their brackets back so the port that
    // follows cannot be mistaken for part of the address.
    QString host = server.host(QUrl::FullyEncoded);
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    if (server.port() > 0)
        host += QLatin1Char(':') + QString::number(server.port());
    return host;
}
} // namespace

SecretStore::SecretStore(QObject *parent) : QObject(parent) {}

SecretStore::~SecretStore() = default;

QString SecretStore::sessionKey(const QUrl &server, const QString &username)
{
    return serverPart(server) + QLatin1Char('/') + username + QStringLiteral("/session");
}

QString SecretStore::tokenKey(const QUrl &server, const QString &username, const QString &tokenId)
{
    return serverPart(server) + QLatin1Char('/') + username + QStringLiteral("/token/") + tokenId;
}

QString SecretStore::unavailableReason() const
{
    if (m_available)
        return {};
    if (!m_probed)
        return tr("The system keychain has not been checked yet.");
    return m_reason;
}

void SecretStore::read(const QString &key, QObject *context, ReadDone done, Failed failed)
{
    read(key, context, std::move(done),
         ReadFailed([failed = std::move(failed)](const QString &error, bool) {
             if (failed)
                 failed(error);
         }));
}

void SecretStore::setAvailability(bool available, const QString &reason)
{
    const bool changed = !m_probed || available != m_available;
    m_probed = true;
    m_available = available;
    m_reason = available ? QString() : reason;
    if (changed)
        Q_EMIT availabilityChanged(available);
}
