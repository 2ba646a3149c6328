#include "TokenKeychain.h"

#include "AccountSession.h"
#include "SecretStore.h"
#include "Settings.h"

#include <QPointer>

TokenKeychain::TokenKeychain(AccountSession &session, SecretStore &secrets, Settings &settings,
                             QObject *parent)
    : QObject(parent), m_session(session), m_secrets(secrets), m_settings(settings)
{
    connect(&m_secrets, &SecretStore::availabilityChanged, this,
            &TokenKeychain::availabilityChanged);
}

bool TokenKeychain::isAvailable() const
{
    return m_secrets.isAvailable();
}

QString TokenKeychain::unavailableReason() const
{
    return m_secrets.unavailableReason();
}

QString TokenKeychain::keyOf(const QString &tokenId) const
{
    return SecretStore::tokenKey(m_session.server(), m_session.account().username, tokenId);
}

QSet<QString> TokenKeychain::storedIds(const TokenOwner &owner) const
{
    const QStringList ids = m_settings.storedTokenIds(m_session.accountRef(), owner);
    return QSet<QString>(ids.begin(), ids.end());
}

bool TokenKeychain::isStored(const Token &token) const
{
    return m_settings.storedTokenIds(m_session.accountRef(), token.owner).contains(token.id);
}

QStringList TokenKeychain::staleIds(const TokenOwner &owner, const QList<Token> &listed) const
{
    // A few saved ids against possibly 100 000 listed tokens: look the listed ones up among the
    // saved, not the other way round (no set of every listed id).
    const QStringList stored = m_settings.storedTokenIds(m_session.accountRef(), owner);
    if (stored.isEmpty())
        return {};
    QSet<QString> missing(stored.begin(), stored.end());
    for (const Token &token : listed) {
        if (missing.remove(token.id) && missing.isEmpty())
            return {};
    }
    QStringList stale;
    for (const QString &id : stored) {
        if (missing.contains(id))
            stale.append(id);
    }
    return stale;
}

void TokenKeychain::save(const Token &token, const SecureBuffer &secret, QObject *context,
                         const Result &result)
{
    const Settings::AccountRef account = m_session.accountRef();
    const QString key = keyOf(token.id);
    QPointer<QObject> guard(context);
    m_secrets.write(
        key, secret, this,
        [this, account, token, guard, result] {
            m_settings.setTokenStored(account, token.owner, token.id, true);
            Q_EMIT stored(token);
            if (guard && result)
                result(true, {});
        },
        [this, key, guard, result](const QString &error) {
            m_secrets.remove(
                key, this, [] {}, [](const QString &) {});
            if (guard && result)
                result(false, error);
        });
}

void TokenKeychain::read(const Token &token, QObject *context, ReadDone done, Failed failed)
{
    m_secrets.read(keyOf(token.id), context, std::move(done), std::move(failed));
}

void TokenKeychain::forget(const TokenOwner &owner, const QString &tokenId, QObject *context,
                           const Result &result)
{
    // The index entry goes at once: the token is gone, and the table must say so now.
    m_settings.setTokenStored(m_session.accountRef(), owner, tokenId, false);
    Q_EMIT forgotten(owner, tokenId);
    QPointer<QObject> guard(context);
    m_secrets.remove(
        keyOf(tokenId), this,
        [guard, result] {
            if (guard && result)
                result(true, {});
        },
        [guard, result](const QString &error) {
            if (guard && result)
                result(false, error);
        });
}
