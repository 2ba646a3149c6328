#pragma once

#include "ApiError.h"
#include "SecureBuffer.h"
#include "Token.h"
#include "TokenDraft.h"
#include "TokenOwner.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class AccountSession;
class ApiCall;
class ApiClient;
class AppServices;
class SecretClipboard;
class TokenKeychain;
class TokenListModel;

// The tokens of one owner (the user or a team): loads them into its TokenListModel, creates,
// rotates and deletes them, keeps the keychain in step (re-store after rotation, removal on
// delete, stale entries) and answers what the user may do. Widgets see outcomes as signals,
// never an ApiCall or an HTTP status.
class OwnerTokens : public QObject
{
    Q_OBJECT
public:
    enum class LoadState
    {
        Loading,
        Loaded,
        Failed
    };
    Q_ENUM(LoadState)
    using SaveResult = std::function<void(bool ok, const QString &error)>;

    OwnerTokens(AppServices &services, TokenOwner owner, QObject *parent = nullptr);
    ~OwnerTokens() override;
    Q_DISABLE_COPY(OwnerTokens)

    const TokenOwner &owner() const { return m_owner; }
    bool isOwnerOf(const Token &token) const;
    TokenListModel &model() { return *m_model; }
    LoadState loadState() const { return m_loadState; }
    bool isBusy() const { return m_busy > 0; }
    // Ids of saved secrets whose token no longer exists on the server (after a load).
    QStringList staleIds() const { return m_staleIds; }

    void reload();
    // target: whom the token is for (may be another owner, chosen in the Add token dialog).
    void create(const TokenOwner &target, const TokenDraft &draft);
    // expiresAt invalid: the token keeps its lifetime. graceSeconds: how long the old secret
    // keeps working (0: it stops at once). A secret saved in the keychain is replaced.
    void rotate(const Token &token, const QDateTime &expiresAt = {}, int graceSeconds = 0);
    void remove(const Token &token);
    // Revokes these tokens, all or nothing per request of up to MaxRevokeBatch (the server's
    // limit); removedMany() with what was revoked, or failed(), follows.
    void removeMany(const QList<Token> &tokens);
    static constexpr int MaxRevokeBatch = 100;
    // A token created for this owner elsewhere (another page).
    void add(const Token &token);
    // Saves a revealed secret in the keychain; result tells the caller (the reveal dialog).
    void saveSecret(const Token &token, const SecureBuffer &secret, QObject *context,
                    const SaveResult &result);
    // Reads the saved secret and puts it on the guarded clipboard; secretCopied() follows
    // (failed() where the program has no clipboard).
    void copySecret(const Token &token);
    void removeStale();

    bool canManage(const Token &token) const;
    // Why canManage() is false, for a tooltip; empty when it is true.
    QString whyCannotManage(const Token &token) const;
    bool canCopySecret(const Token &token) const;
    // Why canCopySecret() is false (not saved, or the keychain is unavailable); empty when true.
    QString whyCannotCopySecret(const Token &token) const;
    // The server's answer behind the last failed() of a request (a program maps it to its exit
    // status); kind Http with status 0 when the failure was not the server's.
    const ApiError &lastError() const { return m_lastError; }
    bool keychainAvailable() const;
    QString keychainUnavailableReason() const;

Q_SIGNALS:
    void loadStateChanged(OwnerTokens::LoadState state);
    void loaded(const QList<Token> &tokens);
    void busyChanged(bool busy);
    // A token (for any owner) was created here; the secret exists only now.
    void created(const Token &token, const SecureBuffer &secret, const QString &accountId);
    void createFailed(const ApiError &error);
    void rotated(const Token &token, const SecureBuffer &secret, const QString &accountId);
    // removeMany() finished: the names of the tokens the server revoked.
    void removedMany(const QStringList &names);
    // Something the user asked for failed; message is ready to show.
    void failed(const QString &message);
    void staleChanged(const QStringList &ids);
    void secretCopied();
    // Permissions or keychain state changed: re-evaluate enabled actions.
    void actionsChanged();

private:
    void setBusy(bool busy);
    void setLoadState(LoadState state);
    void forgetLocally(const QString &tokenId);
    void revokeBatch(QStringList ids, const std::shared_ptr<QHash<QString, QString>> &names,
                     const std::shared_ptr<QStringList> &done);

    AccountSession &m_session;
    ApiClient &m_client;
    TokenKeychain &m_keychain;
    AppServices &m_services; // its secretClipboard() is set after construction
    TokenOwner m_owner;
    TokenListModel *m_model;
    QPointer<ApiCall> m_loadCall;
    LoadState m_loadState = LoadState::Loading;
    int m_busy = 0;
    QStringList m_staleIds;
    ApiError m_lastError;
};
