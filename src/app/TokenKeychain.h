#pragma once

#include "SecureBuffer.h"
#include "Token.h"
#include "TokenOwner.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>

class AccountSession;
class SecretStore;
class Settings;

// The secrets of API tokens the user chose to keep, for the signed-in account: their keychain
// keys, the index of which tokens are stored (QtKeychain cannot list entries, so Settings keeps
// the ids — not secret), saving with rollback, and removal when a token is deleted or gone.
class TokenKeychain : public QObject
{
    Q_OBJECT
public:
    // ok false: error says why.
    using Result = std::function<void(bool ok, const QString &error)>;
    using ReadDone = std::function<void(const SecureBuffer &secret)>;
    using Failed = std::function<void(const QString &error)>;

    TokenKeychain(AccountSession &session, SecretStore &secrets, Settings &settings,
                  QObject *parent = nullptr);
    Q_DISABLE_COPY(TokenKeychain)

    bool isAvailable() const;
    QString unavailableReason() const;
    QString keyOf(const QString &tokenId) const;
    QSet<QString> storedIds(const TokenOwner &owner) const;
    bool isStored(const Token &token) const;
    // Ids indexed for owner that are not in listed: tokens deleted elsewhere.
    QStringList staleIds(const TokenOwner &owner, const QList<Token> &listed) const;

    // Stores the secret and indexes it; stored() follows. On failure the key is removed again,
    // so a write that timed out but completes later leaves nothing unindexed behind.
    void save(const Token &token, const SecureBuffer &secret, QObject *context,
              const Result &result);
    void read(const Token &token, QObject *context, ReadDone done, Failed failed);
    // The token is gone: its index entry goes at once, then its keychain entry.
    void forget(const TokenOwner &owner, const QString &tokenId, QObject *context,
                const Result &result);

Q_SIGNALS:
    // The keychain became usable or unusable (e.g. it stopped answering): offer saving and
    // copying only while it is available.
    void availabilityChanged(bool available);
    void stored(const Token &token);
    void forgotten(const TokenOwner &owner, const QString &tokenId);

private:
    AccountSession &m_session;
    SecretStore &m_secrets;
    Settings &m_settings;
};
