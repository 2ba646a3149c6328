#include "TokensPage.h"
#include "ui_TokensPage.h"

#include "AccountSession.h"
#include "AddTokenDialog.h"
#include "ApiCall.h"
#include "ApiClient.h"
#include "ClipboardGuard.h"
#include "ConfirmBox.h"
#include "RevealTokenDialog.h"
#include "SecretStore.h"
#include "Settings.h"
#include "TokenListModel.h"

#include <QAction>
#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>

namespace {
Settings::AccountRef accountRef(const AccountSession &session)
{
    return {session.server(), session.account().username};
}
} // namespace

TokensPage::TokensPage(GuiContext context, TokenOwner owner, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::TokensPage>()), m_context(context),
      m_owner(std::move(owner)), m_model(new TokenListModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setText(m_owner.isTeam() ? tr("Team %1: tokens").arg(m_owner.name)
                                               : tr("Personal tokens"));
    m_ui->errorBanner->hide();
    m_ui->staleBanner->hide();
    m_ui->busyBar->hide();
    m_model->setKeychainIcon(QIcon(QStringLiteral(":/icons/keychain.svg")));
    m_model->setWarningDays(m_context.settings.expiryWarningDays());
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // name, scopes, creator…
    m_proxy->setSortRole(TokenListModel::SortRole);
    m_ui->tableView->setModel(m_proxy);
    m_ui->tableView->setColumnHidden(TokenListModel::CreatedByColumn, !m_owner.isTeam());
    QHeaderView *header = m_ui->tableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TokenListModel::NameColumn, QHeaderView::Stretch);
    m_ui->tableView->sortByColumn(TokenListModel::CreatedColumn, Qt::AscendingOrder);

    // Qt's built-in clear button has no name; screen readers would announce an empty button.
    if (auto *clear =
            m_ui->filterEdit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(tr("Clear filter"));
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TokensPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TokensPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TokensPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TokensPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TokensPage::updateActions);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &TokensPage::reload);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, [this] {
        reload();
        Q_EMIT refreshRequested();
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, &TokensPage::openAddDialog);
    connect(m_ui->rotateButton, &QPushButton::clicked, this, &TokensPage::confirmRotate);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &TokensPage::confirmDelete);
    connect(m_ui->copySecretButton, &QPushButton::clicked, this, &TokensPage::copyStoredSecret);
    connect(m_ui->cleanupButton, &QPushButton::clicked, this, &TokensPage::removeStale);
    // Feedback for "Copy secret": the clipboard countdown, like in the reveal dialog.
    m_ui->copyStatus->hide();
    connect(&m_context.clipboard, &ClipboardGuard::countdown, this, [this](int seconds) {
        if (!m_copying)
            return;
        m_ui->copyStatus->setText(tr("Copied. Clipboard clears in %1 s.").arg(seconds));
        m_ui->copyStatus->show();
    });
    connect(&m_context.clipboard, &ClipboardGuard::cleared, this, [this] {
        if (!m_copying)
            return;
        m_copying = false;
        m_ui->copyStatus->setText(tr("Clipboard cleared."));
    });
    connect(m_ui->keepStaleButton, &QPushButton::clicked, m_ui->staleBanner, &QWidget::hide);
    m_ui->addButton->setToolTip(tr("Create a new token (Ctrl+N)"));
    m_ui->addButton->setShortcut(QKeySequence::New);
    m_ui->deleteButton->setShortcut(QKeySequence::Delete);
    m_ui->refreshButton->setShortcut(QKeySequence::Refresh);
    refreshKeychainIds();
    updateEmptyState();
    updateActions();
}

TokensPage::~TokensPage() = default;

QString TokensPage::keyFor(const QString &tokenId) const
{
    return SecretStore::tokenKey(m_context.session.server(), m_context.session.account().username,
                                 tokenId);
}

void TokensPage::refreshKeychainIds()
{
    const QStringList ids =
        m_context.settings.storedTokenIds(accountRef(m_context.session), m_owner);
    m_model->setKeychainIds(QSet<QString>(ids.begin(), ids.end()));
}

void TokensPage::offerStaleCleanup(const QList<Token> &tokens)
{
    QSet<QString> listed;
    for (const Token &token : tokens)
        listed.insert(token.id);
    m_staleIds.clear();
    for (const QString &id :
         m_context.settings.storedTokenIds(accountRef(m_context.session), m_owner)) {
        if (!listed.contains(id))
            m_staleIds.append(id);
    }
    m_ui->staleLabel->setText(
        m_staleIds.size() == 1
            ? tr("The system keychain holds the secret of a token that no longer exists on the "
                 "server (deleted elsewhere). It is useless now.")
            : tr("The system keychain holds the secrets of %1 tokens that no longer exist on the "
                 "server (deleted elsewhere). They are useless now.")
                  .arg(m_staleIds.size()));
    m_ui->staleBanner->setVisible(!m_staleIds.isEmpty());
}

void TokensPage::removeStale()
{
    const Settings::AccountRef account = accountRef(m_context.session);
    for (const QString &id : std::as_const(m_staleIds)) {
        m_context.secrets.remove(
            keyFor(id), this,
            [this, account, id] {
                m_context.settings.setTokenStored(account, m_owner, id, false);
                m_staleIds.removeAll(id);
                m_ui->staleBanner->setVisible(!m_staleIds.isEmpty());
            },
            [this](const QString &error) {
                showBanner(tr("Could not remove a keychain entry: %1").arg(error));
            });
    }
}

void TokensPage::setBusy(bool busy)
{
    m_busyCount = qMax(0, m_busyCount + (busy ? 1 : -1));
    m_ui->busyBar->setVisible(m_busyCount > 0);
    Q_EMIT busyChanged(m_busyCount > 0);
}

void TokensPage::showBanner(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorBanner->setVisible(!message.isEmpty());
}

void TokensPage::reload()
{
    if (m_loadCall && !m_loadCall->isFinished()) {
        m_loadCall->cancel(); // its callbacks will not run: end its busy state here
        setBusy(false);
    }
    showBanner({});
    setBusy(true);
    m_loadState = LoadState::Loading;
    updateEmptyState();
    m_loadCall = m_context.session.client().listTokens(
        m_owner, this,
        [this](const QList<Token> &tokens) {
            setBusy(false);
            m_loadState = LoadState::Loaded;
            m_model->setTokens(tokens);
            refreshKeychainIds();
            offerStaleCleanup(tokens);
            updateActions();
            Q_EMIT tokensLoaded(tokens);
        },
        [this](const ApiError &error) {
            setBusy(false);
            m_loadState = LoadState::Failed;
            updateEmptyState();
            showBanner(tr("Could not load the tokens: %1").arg(error.message));
        });
}

void TokensPage::addToken(const Token &token)
{
    m_model->upsertToken(token);
}

void TokensPage::markStored(const Token &token)
{
    m_model->setInKeychain(token.id, true);
    updateActions();
}

const Token *TokensPage::selectedToken() const
{
    const QModelIndexList rows = m_ui->tableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_model->tokenAt(m_proxy->mapToSource(rows.first()).row());
}

QString TokensPage::emptyText() const
{
    switch (m_loadState) {
    case LoadState::Loading:
        return tr("Loading tokens…");
    case LoadState::Failed:
        return tr("The tokens could not be loaded. See the message above, then choose Retry.");
    case LoadState::Loaded:
        break;
    }
    return m_owner.isTeam()
               ? tr("The team %1 has no tokens yet.\n\nTeam tokens let shared services call the "
                    "API for the team, independent of any one member. Choose Add token… to "
                    "create one.")
                     .arg(m_owner.name)
               : tr("You have no tokens yet.\n\nA token lets scripts and services call the API "
                    "on your behalf without your password, limited by its scopes and expiry. "
                    "Choose Add token… to create one.");
}

void TokensPage::updateEmptyState()
{
    m_ui->emptyLabel->setText(emptyText());
    m_ui->contentStack->setCurrentWidget(
        m_model->rowCount() == 0 ? static_cast<QWidget *>(m_ui->emptyLabel) : m_ui->tableView);
    updateActions();
}

void TokensPage::updateActions()
{
    const Token *token = selectedToken();
    const bool manageable = token && m_context.session.canManage(*token);
    const QString why =
        token ? m_context.session.whyCannotManage(*token) : tr("Select a token first.");
    m_ui->rotateButton->setEnabled(manageable);
    m_ui->deleteButton->setEnabled(manageable);
    m_ui->rotateButton->setToolTip(manageable ? tr("Replace the secret; the old one stops working")
                                              : why);
    m_ui->deleteButton->setToolTip(manageable ? tr("Delete the token permanently") : why);
    const bool stored = token && m_model->isInKeychain(token->id);
    m_ui->copySecretButton->setEnabled(stored && m_context.secrets.isAvailable());
    m_ui->copySecretButton->setToolTip(
        stored ? tr("Copy the secret saved in the system keychain")
               : tr("Only tokens saved in the system keychain can be copied later."));
}

void TokensPage::openAddDialog()
{
    auto *dialog = new AddTokenDialog(m_context.session, m_owner, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddTokenDialog::createRequested, this, [this, dialog] { createFrom(dialog); });
    dialog->open();
}

void TokensPage::createFrom(AddTokenDialog *dialog)
{
    dialog->setBusy(true);
    setBusy(true);
    const TokenOwner owner = dialog->owner();
    QPointer<AddTokenDialog> guard(dialog);
    // The page is the context: even if the dialog went away, the new secret is still shown.
    m_context.session.client().createToken(
        owner, dialog->draft(), this,
        [this, guard, owner](const ApiClient::CreatedToken &created) {
            setBusy(false);
            if (guard)
                guard->accept();
            if (owner.type == m_owner.type && owner.id == m_owner.id)
                m_model->upsertToken(created.token);
            else
                Q_EMIT tokenCreatedFor(owner, created.token);
            reveal(created.token, created.accountId, false, created.secret.clone());
        },
        [this, guard](const ApiError &error) {
            setBusy(false);
            if (guard)
                guard->showError(error); // the input stays for another try
            else
                showBanner(tr("Could not create the token: %1").arg(error.message));
        });
}

void TokensPage::reveal(const Token &token, const QString &accountId, bool rotated,
                        SecureBuffer secret)
{
    RevealTokenDialog::Info info;
    info.token = token;
    info.accountId = accountId; // the owner's (the team's for team tokens), as the server said
    info.server = m_context.session.server();
    info.rotated = rotated;
    info.freePlan = m_context.session.account().isFreePlan() && !token.owner.isTeam();
    info.freePlanEndpoints = m_context.session.policy().freePlanEndpoints;
    info.keychainAvailable = m_context.secrets.isAvailable();
    info.keychainUnavailableReason = m_context.secrets.unavailableReason();
    auto *dialog = new RevealTokenDialog(std::move(secret), info, m_context.clipboard, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RevealTokenDialog::saveRequested, this,
            [this, token, dialog](const SecureBuffer &s) { storeSecret(token, s, dialog); });
    dialog->open();
}

void TokensPage::storeSecret(const Token &token, const SecureBuffer &secret,
                             RevealTokenDialog *dialog)
{
    const Settings::AccountRef account = accountRef(m_context.session);
    QPointer<RevealTokenDialog> guard(dialog);
    m_context.secrets.write(
        keyFor(token.id), secret, this,
        [this, account, token, guard] {
            // The token may belong to another owner (chosen in the Add token dialog).
            m_context.settings.setTokenStored(account, token.owner, token.id, true);
            m_model->setInKeychain(token.id, m_model->rowOf(token.id) >= 0);
            Q_EMIT secretStored(token);
            updateActions();
            if (guard)
                guard->saveFinished(true);
        },
        [this, key = keyFor(token.id), name = token.name, guard](const QString &error) {
            // A write that timed out may still complete; the store runs jobs in order, so this
            // removal comes after it and no unindexed secret is left behind.
            m_context.secrets.remove(
                key, this, [] {}, [](const QString &) {});
            if (guard) {
                guard->saveFinished(false, error); // the dialog stays open with the secret
                return;
            }
            showBanner(tr("The secret of \"%1\" could not be saved in the system keychain: %2")
                           .arg(name, error));
        });
}

void TokensPage::confirmRotate()
{
    const Token *token = selectedToken();
    if (!token)
        return;
    ConfirmBox::ask(this, QStringLiteral("confirmRotateBox"), tr("Rotate token?"),
                    tr("Rotate \"%1\"?\n\nA new secret is created and the current secret stops "
                       "working immediately. Anything using it must be updated with the new one.")
                        .arg(token->name),
                    tr("&Rotate"), tr("Cancel"), [this, copy = *token] { rotate(copy); });
}

void TokensPage::rotate(const Token &token)
{
    setBusy(true);
    m_context.session.client().rotateToken(
        m_owner, token.id, {}, this,
        [this](const ApiClient::CreatedToken &rotated) {
            setBusy(false);
            m_model->upsertToken(rotated.token);
            // A stored secret is now useless: replace it with the new one.
            if (m_model->isInKeychain(rotated.token.id))
                storeSecret(rotated.token, rotated.secret);
            reveal(rotated.token, rotated.accountId, true, rotated.secret.clone());
        },
        [this, name = token.name](const ApiError &error) {
            setBusy(false);
            showBanner(tr("Could not rotate \"%1\": %2").arg(name, error.message));
        });
}

void TokensPage::confirmDelete()
{
    const Token *token = selectedToken();
    if (!token)
        return;
    ConfirmBox::ask(this, QStringLiteral("confirmDeleteBox"), tr("Delete token?"),
                    tr("Delete \"%1\" (%2)?\n\nAnything using this token stops working "
                       "immediately. This cannot be undone.")
                        .arg(token->name, token->hint),
                    tr("&Delete"), tr("Cancel"), [this, copy = *token] { remove(copy); });
}

void TokensPage::remove(const Token &token)
{
    setBusy(true);
    auto forget = [this, id = token.id] {
        m_model->removeToken(id);
        if (m_model->isInKeychain(id) ||
            m_context.settings.storedTokenIds(accountRef(m_context.session), m_owner)
                .contains(id)) {
            m_context.settings.setTokenStored(accountRef(m_context.session), m_owner, id, false);
            m_model->setInKeychain(id, false);
            m_context.secrets.remove(
                keyFor(id), this, [] {},
                [this](const QString &error) {
                    showBanner(tr("The token was deleted, but its keychain entry could not be "
                                  "removed: %1")
                                   .arg(error));
                });
        }
    };
    m_context.session.client().deleteToken(
        m_owner, token.id, this,
        [this, forget] {
            setBusy(false);
            forget();
        },
        [this, forget, name = token.name](const ApiError &error) {
            setBusy(false);
            if (error.httpStatus == 404) {
                forget(); // already gone on the server
                return;
            }
            showBanner(tr("Could not delete \"%1\": %2").arg(name, error.message));
        });
}

void TokensPage::copyStoredSecret()
{
    const Token *token = selectedToken();
    if (!token)
        return;
    setBusy(true);
    m_ui->copySecretButton->setEnabled(false);
    m_context.secrets.read(
        keyFor(token->id), this,
        [this](const SecureBuffer &secret) {
            setBusy(false);
            updateActions();
            m_copying = true;
            m_context.clipboard.copySecret(secret);
        },
        [this, name = token->name](const QString &error) {
            setBusy(false);
            updateActions();
            showBanner(tr("Could not read the secret of \"%1\" from the system keychain: %2")
                           .arg(name, error));
        });
}
