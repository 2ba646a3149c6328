#include "OwnerTokens.h"

#include "AccountSession.h"
#include "ApiCall.h"
#include "ApiClient.h"
#include "AppServices.h"
#include "SecretClipboard.h"
#include "Settings.h"
#include "TokenKeychain.h"
#include "TokenListModel.h"

#include <QHash>

#include <memory>

OwnerTokens::OwnerTokens(AppServices &services, TokenOwner owner, QObject *parent)
    : QObject(parent), m_session(services.session()), m_client(services.client()),
      m_keychain(services.tokenKeychain()), m_services(services), m_owner(std::move(owner)),
      m_model(new TokenListModel(this))
{
    Settings &settings = services.settings();
    m_model->setWarningDays(settings.expiryWarningDays());
    connect(&services, &AppServices::settingsApplied, this,
            [this, &settings] { m_model->setWarningDays(settings.expiryWarningDays()); });
    m_model->setKeychainIds(m_keychain.storedIds(m_owner));
    connect(&m_keychain, &TokenKeychain::availabilityChanged, this, &OwnerTokens::actionsChanged);
    // Saved from any page (a token may be created for another owner): mark it where it is listed.
    connect(&m_keychain, &TokenKeychain::stored, this, [this](const Token &token) {
        if (isOwnerOf(token) && m_model->rowOf(token.id) >= 0)
            m_model->setInKeychain(token.id, true);
        Q_EMIT actionsChanged();
    });
    connect(&m_keychain, &TokenKeychain::forgotten, this,
            [this](const TokenOwner &owner, const QString &id) {
                if (!owner.sameAs(m_owner))
                    return;
                m_model->setInKeychain(id, false);
                if (m_staleIds.removeAll(id) > 0)
                    Q_EMIT staleChanged(m_staleIds);
                Q_EMIT actionsChanged();
            });
}

OwnerTokens::~OwnerTokens() = default;

bool OwnerTokens::isOwnerOf(const Token &token) const
{
    return token.owner.sameAs(m_owner);
}

void OwnerTokens::setBusy(bool busy)
{
    m_busy = qMax(0, m_busy + (busy ? 1 : -1));
    Q_EMIT busyChanged(m_busy > 0);
}

void OwnerTokens::setLoadState(LoadState state)
{
    m_loadState = state;
    Q_EMIT loadStateChanged(state);
}

void OwnerTokens::reload()
{
    if (m_loadCall && !m_loadCall->isFinished()) {
        m_loadCall->cancel(); // its callbacks will not run: end its busy state here
        setBusy(false);
    }
    setBusy(true);
    setLoadState(LoadState::Loading);
    // Rows show as pages arrive: the first page replaces what was shown (one reset), the others
    // are appended, so 100 000 tokens appear within a page's round trip and never block.
    auto firstPage = std::make_shared<bool>(true);
    m_loadCall = m_client.listTokenPages(
        m_owner, this,
        [this, firstPage](const QList<Token> &page) {
            if (*firstPage) {
                *firstPage = false;
                m_model->setTokens(page);
                m_model->setKeychainIds(m_keychain.storedIds(m_owner));
            } else {
                m_model->appendTokens(page);
            }
        },
        [this, firstPage] {
            if (*firstPage) // an empty listing has no page with rows
                m_model->setTokens({});
            const QList<Token> tokens = m_model->tokens();
            setBusy(false);
            m_model->setKeychainIds(m_keychain.storedIds(m_owner));
            m_staleIds = m_keychain.staleIds(m_owner, tokens);
            setLoadState(LoadState::Loaded);
            Q_EMIT staleChanged(m_staleIds);
            Q_EMIT actionsChanged();
            Q_EMIT loaded(tokens);
        },
        [this](const ApiError &error) {
            m_lastError = error;
            setBusy(false);
            setLoadState(LoadState::Failed);
            Q_EMIT failed(tr("Could not load the tokens: %1").arg(error.message));
        });
}

void OwnerTokens::create(const TokenOwner &target, const TokenDraft &draft)
{
    setBusy(true);
    m_client.createToken(
        target, draft, this,
        [this](const ApiClient::CreatedToken &created) {
            setBusy(false);
            if (isOwnerOf(created.token))
                m_model->upsertToken(created.token);
            Q_EMIT this->created(created.token, created.secret, created.accountId);
        },
        [this](const ApiError &error) {
            setBusy(false);
            Q_EMIT createFailed(error);
        });
}

void OwnerTokens::add(const Token &token)
{
    m_model->upsertToken(token);
}

void OwnerTokens::rotate(const Token &token, const QDateTime &expiresAt, int graceSeconds)
{
    setBusy(true);
    m_client.rotateTokenWithGrace(
        m_owner, token.id, expiresAt, graceSeconds, this,
        [this](const ApiClient::CreatedToken &result) {
            setBusy(false);
            m_model->upsertToken(result.token);
            // A stored secret is now useless: replace it with the new one.
            if (m_model->isInKeychain(result.token.id)) {
                m_keychain.save(result.token, result.secret, this,
                                [this, name = result.token.name](bool ok, const QString &error) {
                                    if (!ok)
                                        Q_EMIT failed(tr("The secret of \"%1\" could not be saved "
                                                         "in the system keychain: %2")
                                                          .arg(name, error));
                                });
            }
            Q_EMIT rotated(result.token, result.secret, result.accountId);
        },
        [this, name = token.name](const ApiError &error) {
            m_lastError = error;
            setBusy(false);
            Q_EMIT failed(tr("Could not rotate \"%1\": %2").arg(name, error.message));
        });
}

void OwnerTokens::forgetLocally(const QString &tokenId)
{
    m_model->removeToken(tokenId);
    Token gone;
    gone.id = tokenId;
    gone.owner = m_owner;
    if (!m_keychain.isStored(gone))
        return;
    m_keychain.forget(m_owner, tokenId, this, [this](bool ok, const QString &error) {
        if (!ok)
            Q_EMIT failed(
                tr("The token was deleted, but its keychain entry could not be removed: %1")
                    .arg(error));
    });
}

void OwnerTokens::remove(const Token &token)
{
    setBusy(true);
    m_client.deleteToken(
        m_owner, token.id, this,
        [this, id = token.id] {
            setBusy(false);
            forgetLocally(id);
        },
        [this, id = token.id, name = token.name](const ApiError &error) {
            m_lastError = error;
            setBusy(false);
            if (error.kind == ApiError::Kind::Http && error.httpStatus == 404) {
                forgetLocally(id); // already gone on the server
                return;
            }
            Q_EMIT failed(tr("Could not delete \"%1\": %2").arg(name, error.message));
        });
}

void OwnerTokens::removeMany(const QList<Token> &tokens)
{
    auto names = std::make_shared<QHash<QString, QString>>();
    QStringList ids;
    for (const Token &token : tokens) {
        ids.append(token.id);
        names->insert(token.id, token.name);
    }
    setBusy(true);
    revokeBatch(ids, names, std::make_shared<QStringList>());
}

void OwnerTokens::revokeBatch(QStringList ids,
                              const std::shared_ptr<QHash<QString, QString>> &names,
                              const std::shared_ptr<QStringList> &done)
{
    // The server revokes up to MaxRevokeBatch ids per request, all or nothing; larger
    // selections go in batches, one after the other.
    const QStringList batch = ids.mid(0, MaxRevokeBatch);
    ids.remove(0, batch.size());
    m_client.revokeTokens(
        m_owner, batch, this,
        [this, ids, names, done](const QStringList &revoked) {
            for (const QString &id : revoked) {
                done->append(names->value(id, id));
                forgetLocally(id);
            }
            if (!ids.isEmpty())
                return revokeBatch(ids, names, done);
            setBusy(false);
            Q_EMIT removedMany(*done);
        },
        [this, names, done](const ApiError &error) {
            m_lastError = error;
            setBusy(false);
            if (done->isEmpty()) {
                Q_EMIT failed(tr("Could not revoke the selected tokens (none was revoked): %1")
                                  .arg(error.message));
                return;
            }
            Q_EMIT removedMany(*done);
            Q_EMIT failed(tr("Revoked %1 of the %2 selected tokens, then: %3")
                              .arg(done->size())
                              .arg(names->size())
                              .arg(error.message));
        });
}

void OwnerTokens::saveSecret(const Token &token, const SecureBuffer &secret, QObject *context,
                             const SaveResult &result)
{
    m_keychain.save(token, secret, context, result);
}

void OwnerTokens::copySecret(const Token &token)
{
    setBusy(true);
    m_keychain.read(
        token, this,
        [this](const SecureBuffer &secret) {
            setBusy(false);
            SecretClipboard *clipboard = m_services.secretClipboard();
            if (!clipboard) {
                Q_EMIT failed(tr("There is no clipboard here."));
                return;
            }
            clipboard->copySecret(secret);
            Q_EMIT secretCopied();
        },
        [this, name = token.name](const QString &error) {
            setBusy(false);
            Q_EMIT failed(tr("Could not read the secret of \"%1\" from the system keychain: %2")
                              .arg(name, error));
        });
}

void OwnerTokens::removeStale()
{
    for (const QString &id : std::as_const(m_staleIds)) {
        m_keychain.forget(m_owner, id, this, [this](bool ok, const QString &error) {
            if (!ok)
                Q_EMIT failed(tr("Could not remove a keychain entry: %1").arg(error));
        });
    }
}

bool OwnerTokens::canManage(const Token &token) const
{
    return m_session.canManage(token);
}

QString OwnerTokens::whyCannotManage(const Token &token) const
{
    return m_session.whyCannotManage(token);
}

bool OwnerTokens::canCopySecret(const Token &token) const
{
    return m_model->isInKeychain(token.id) && m_keychain.isAvailable();
}

QString OwnerTokens::whyCannotCopySecret(const Token &token) const
{
    if (!m_model->isInKeychain(token.id))
        return tr("Only tokens saved in the system keychain can be copied later.");
    if (!m_keychain.isAvailable())
        return tr("The saved secret cannot be copied now: %1").arg(m_keychain.unavailableReason());
    return {};
}

bool OwnerTokens::keychainAvailable() const
{
    return m_keychain.isAvailable();
}

QString OwnerTokens::keychainUnavailableReason() const
{
    return m_keychain.unavailableReason();
}
