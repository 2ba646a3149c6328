#include "SecretStore.h"

#include "AccountRef.h"

SecretStore::SecretStore(QObject *parent) : QObject(parent) {}

SecretStore::~SecretStore() = default;

QString SecretStore::sessionKey(const QUrl &server, const QString &username)
{
    return AccountRef{server, username}.id() + QStringLiteral("/session");
}

QString SecretStore::tokenKey(const QUrl &server, const QString &username, const QString &tokenId)
{
    return AccountRef{server, username}.id() + QStringLiteral("/token/") + tokenId;
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

QString SecretStore::notAnsweringReason(int timeoutMs)
{
    return tr("The system keychain did not answer within %1 s (is it locked?). TokenDesk stops "
              "using it for now: unlock it, then choose \"Check keychain again\" in Settings, "
              "or restart TokenDesk.")
        .arg(QString::number(timeoutMs / 1000.0));
}

void SecretStore::setNotAnswering(bool notAnswering, const QString &reason)
{
    m_notAnswering = notAnswering;
    if (notAnswering)
        setAvailability(false, reason);
}
