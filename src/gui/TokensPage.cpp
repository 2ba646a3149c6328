#include "TokensPage.h"
#include "ui_TokensPage.h"

#include "AccountSession.h"
#include "ActionIcons.h"
#include "AddTokenDialog.h"
#include "ComboValue.h"
#include "ConfirmBox.h"
#include "CopyStatus.h"
#include "DesktopServices.h"
#include "ItemViewFocus.h"
#include "OwnerTokens.h"
#include "PlainText.h"
#include "RevealTokenDialog.h"
#include "RotateTokenDialog.h"
#include "StatusStyle.h"
#include "TokenDetailsPane.h"
#include "TokenFilterModel.h"
#include "TokenListLook.h"
#include "TokenListModel.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>

#include <algorithm>
#include <memory>

TokensPage::TokensPage(DesktopServices &services, TokenOwner owner, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::TokensPage>()), m_services(services),
      m_tokens(new OwnerTokens(services, std::move(owner), this)),
      m_proxy(new TokenFilterModel(m_tokens->model(), this))
{
    m_ui->setupUi(this);
    ActionIcons::apply(this);
    StatusStyle::apply(m_ui->errorBanner, StatusColors::Tone::Error);
    StatusStyle::apply(m_ui->staleBanner, StatusColors::Tone::Warning);
    const TokenOwner &who = m_tokens->owner();
    m_ui->titleLabel->setText(who.isTeam() ? tr("Team %1: tokens").arg(who.name)
                                           : tr("Personal tokens"));
    TokenListLook::install(model(), ActionIcons::icon(QStringLiteral("dialog-password")));
    m_ui->tableView->setModel(m_proxy);
    ItemViewFocus::install(m_ui->tableView); // Tab leaves the table (the .ui); arrows move in it
    m_ui->tableView->setColumnHidden(TokenListModel::CreatedByColumn, !who.isTeam());
    QHeaderView *header = m_ui->tableView->horizontalHeader();
    // Fitting columns to their contents on every change measures every row; with many tokens
    // that cost more than the change itself. Fit once per load, to the first page.
    header->setSectionResizeMode(TokenListModel::NameColumn, QHeaderView::Stretch);
    header->setResizeContentsPrecision(200);
    connect(&model(), &QAbstractItemModel::modelReset, m_ui->tableView,
            &QTableView::resizeColumnsToContents);
    m_ui->tableView->sortByColumn(TokenListModel::CreatedColumn, Qt::AscendingOrder);

    // Qt's built-in clear button has no name; screen readers would announce an empty button.
    if (auto *clear =
            m_ui->filterEdit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(tr("Clear filter"));
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &TokenFilterModel::setFilterText);
    m_ui->unusedCombo->addItem(tr("All tokens"), int(TokenFilterModel::Unused::Any));
    m_ui->unusedCombo->addItem(tr("30 days or more"), int(TokenFilterModel::Unused::Days30));
    m_ui->unusedCombo->addItem(tr("90 days or more"), int(TokenFilterModel::Unused::Days90));
    m_ui->unusedCombo->addItem(tr("180 days or more"), int(TokenFilterModel::Unused::Days180));
    m_ui->unusedCombo->addItem(tr("Never used"), int(TokenFilterModel::Unused::NeverUsed));
    m_ui->unusedCombo->setToolTip(tr("Show only tokens nobody has used for a while (counted from "
                                     "the last use, or from creation if never used)"));
    ComboValue::track(m_ui->unusedCombo);
    connect(m_ui->unusedCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setUnusedFilter(
            TokenFilterModel::Unused(m_ui->unusedCombo->currentData().toInt()));
    });
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TokensPage::updateActions);
    connect(&model(), &QAbstractItemModel::modelReset, this, &TokensPage::updateEmptyState);
    connect(&model(), &QAbstractItemModel::rowsInserted, this, &TokensPage::updateEmptyState);
    connect(&model(), &QAbstractItemModel::rowsRemoved, this, &TokensPage::updateEmptyState);
    connect(&model(), &QAbstractItemModel::dataChanged, this, &TokensPage::updateActions);

    connect(m_tokens, &OwnerTokens::busyChanged, m_ui->busyBar, &QWidget::setVisible);
    connect(m_tokens, &OwnerTokens::loadStateChanged, this, &TokensPage::updateEmptyState);
    connect(m_tokens, &OwnerTokens::actionsChanged, this, &TokensPage::updateActions);
    connect(m_tokens, &OwnerTokens::failed, this, &TokensPage::showBanner);
    connect(m_tokens, &OwnerTokens::staleChanged, this, &TokensPage::showStale);
    connect(m_tokens, &OwnerTokens::created, this,
            [this](const Token &token, const SecureBuffer &secret, const QString &accountId) {
                if (m_addDialog)
                    m_addDialog->accept();
                if (!m_tokens->isOwnerOf(token))
                    Q_EMIT tokenCreatedFor(token.owner, token);
                reveal(token, accountId, false, secret);
            });
    connect(m_tokens, &OwnerTokens::createFailed, this, [this](const ApiError &error) {
        if (m_addDialog)
            m_addDialog->showError(error); // the input stays for another try
        else
            showBanner(tr("Could not create the token: %1").arg(error.message));
    });
    connect(m_tokens, &OwnerTokens::rotated, this,
            [this](const Token &token, const SecureBuffer &secret, const QString &accountId) {
                reveal(token, accountId, true, secret);
            });

    connect(m_ui->retryButton, &QPushButton::clicked, this, &TokensPage::reload);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, [this] {
        reload();
        Q_EMIT refreshRequested();
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, &TokensPage::openAddDialog);
    connect(m_ui->rotateButton, &QPushButton::clicked, this, &TokensPage::confirmRotate);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &TokensPage::confirmDelete);
    connect(m_ui->revokeSelectedButton, &QPushButton::clicked, this,
            &TokensPage::confirmRevokeSelected);
    connect(m_tokens, &OwnerTokens::removedMany, this, &TokensPage::reportRevoked);
    connect(m_ui->copySecretButton, &QPushButton::clicked, this, [this] {
        if (const Token *token = selectedToken()) {
            m_ui->copySecretButton->setEnabled(false);
            m_tokens->copySecret(*token);
        }
    });
    connect(m_ui->cleanupButton, &QPushButton::clicked, m_tokens, &OwnerTokens::removeStale);
    connect(m_ui->keepStaleButton, &QPushButton::clicked, m_ui->staleBanner, &QWidget::hide);

    // Feedback for "Copy secret": the clipboard countdown, like in the reveal dialog.
    auto *copyStatus = new CopyStatus(m_ui->copyStatus, m_services.clipboard(), this);
    connect(m_tokens, &OwnerTokens::secretCopied, this, [this, copyStatus] {
        updateActions();
        copyStatus->copied();
    });
    m_ui->addButton->setToolTip(tr("Create a new token (Ctrl+N)"));
    m_ui->addButton->setShortcut(QKeySequence::New); // after setupUi: the text's mnemonic is set
    m_ui->deleteButton->setShortcut(QKeySequence::Delete);
    m_ui->refreshButton->setShortcut(QKeySequence::Refresh);
    addDetailsPane();
    updateEmptyState();
}

TokensPage::~TokensPage() = default;

void TokensPage::addDetailsPane()
{
    // Below the table, in a splitter, so the person decides how much room each gets.
    auto *details = new TokenDetailsPane(m_services.session(), this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("detailsSplitter"));
    splitter->setChildrenCollapsible(false);
    // replaceWidget hands the old layout item to the caller.
    const std::unique_ptr<QLayoutItem> old(
        m_ui->mainLayout->replaceWidget(m_ui->contentStack, splitter));
    splitter->addWidget(m_ui->contentStack);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // After a refresh the selected token may show a newer use: the pane compares and reloads.
    const auto follow = [this, details] {
        details->showToken(selectedToken());
    };
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::selectionChanged, details,
            follow);
    connect(&model(), &QAbstractItemModel::dataChanged, details, follow);
    connect(&model(), &QAbstractItemModel::modelReset, details, follow);
    connect(&model(), &QAbstractItemModel::rowsRemoved, details, follow);
}

void TokensPage::reload()
{
    showBanner({});
    m_tokens->reload();
}

void TokensPage::showBanner(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorBanner->setVisible(!message.isEmpty());
    updateActions(); // a failed copy or save re-enables its button
}

void TokensPage::showStale(const QStringList &ids)
{
    m_ui->staleLabel->setText(
        ids.size() == 1
            ? tr("The system keychain holds the secret of a token that no longer exists on the "
                 "server (deleted elsewhere). It is useless now.")
            : tr("The system keychain holds the secrets of %n tokens that no longer exist on the "
                 "server (deleted elsewhere). They are useless now.",
                 nullptr, static_cast<int>(ids.size())));
    m_ui->staleBanner->setVisible(!ids.isEmpty());
}

const Token *TokensPage::selectedToken() const
{
    const QModelIndexList rows = m_ui->tableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_tokens->model().tokenAt(m_proxy->mapToSource(rows.first()).row());
}

QList<Token> TokensPage::selectedTokens() const
{
    QModelIndexList rows = m_ui->tableView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QList<Token> tokens;
    for (const QModelIndex &row : std::as_const(rows)) {
        if (const Token *token = m_tokens->model().tokenAt(m_proxy->mapToSource(row).row()))
            tokens.append(*token);
    }
    return tokens;
}

QString TokensPage::emptyText() const
{
    switch (m_tokens->loadState()) {
    case OwnerTokens::LoadState::Loading:
        return tr("Loading tokens…");
    case OwnerTokens::LoadState::Failed:
        return tr("The tokens could not be loaded. See the message above, then choose Retry.");
    case OwnerTokens::LoadState::Loaded:
        break;
    }
    return m_tokens->owner().isTeam()
               ? tr("The team %1 has no tokens yet.\n\nTeam tokens let shared services call the "
                    "API for the team, independent of any one member. Choose Add token… to "
                    "create one.")
                     .arg(m_tokens->owner().name)
               : tr("You have no tokens yet.\n\nA token lets scripts and services call the API "
                    "on your behalf without your password, limited by its scopes and expiry. "
                    "Choose Add token… to create one.");
}

void TokensPage::updateEmptyState()
{
    m_ui->emptyLabel->setText(emptyText());
    m_ui->contentStack->setCurrentWidget(
        model().rowCount() == 0 ? static_cast<QWidget *>(m_ui->emptyLabel) : m_ui->tableView);
    updateActions();
}

void TokensPage::updateActions()
{
    const QList<Token> selected = selectedTokens();
    // Rotate, Delete and Copy secret act on one token; Revoke selected on any number.
    const Token *token = selected.size() == 1 ? selectedToken() : nullptr;
    const bool manageable = token && m_tokens->canManage(*token);
    const QString why = token                ? m_tokens->whyCannotManage(*token)
                        : selected.isEmpty() ? tr("Select a token first.")
                                             : tr("Select only one token for this.");
    m_ui->rotateButton->setEnabled(manageable);
    m_ui->deleteButton->setEnabled(manageable);
    PlainText::setToolTip(m_ui->rotateButton,
                          manageable
                              ? tr("Replace the secret; you choose whether the old one keeps "
                                   "working for a while")
                              : why);
    PlainText::setToolTip(m_ui->deleteButton,
                          manageable ? tr("Delete the token permanently") : why);
    const QString noCopy = token ? m_tokens->whyCannotCopySecret(*token) : why;
    m_ui->copySecretButton->setEnabled(token && noCopy.isEmpty());
    PlainText::setToolTip(m_ui->copySecretButton,
                          noCopy.isEmpty() ? tr("Copy the secret saved in the system keychain")
                                           : noCopy);

    QString whyNotRevoke =
        selected.isEmpty() ? tr("Select the tokens to revoke first.") : QString();
    for (const Token &t : selected) {
        if (!m_tokens->canManage(t)) {
            whyNotRevoke = tr("\"%1\": %2").arg(t.name, m_tokens->whyCannotManage(t));
            break;
        }
    }
    m_ui->revokeSelectedButton->setEnabled(whyNotRevoke.isEmpty());
    PlainText::setToolTip(m_ui->revokeSelectedButton,
                          whyNotRevoke.isEmpty()
                              ? tr("Revoke every selected token at once (Shift or Ctrl with the "
                                   "arrow keys and Space selects several)")
                              : whyNotRevoke);
}

void TokensPage::openAddDialog()
{
    auto *dialog = new AddTokenDialog(m_services.session(), m_tokens->owner(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddTokenDialog::createRequested, this, [this, dialog] {
        dialog->setBusy(true);
        m_addDialog = dialog;
        m_tokens->create(dialog->owner(), dialog->draft());
    });
    dialog->open();
}

void TokensPage::reveal(const Token &token, const QString &accountId, bool rotated,
                        const SecureBuffer &secret)
{
    // accountId: the owner's (the team's for team tokens), as the server said.
    RevealTokenDialog::Info info =
        RevealTokenDialog::Info::of(m_services.session(), token, accountId, rotated);
    info.keychainAvailable = m_tokens->keychainAvailable();
    info.keychainUnavailableReason = m_tokens->keychainUnavailableReason();
    auto save = [this, token](const SecureBuffer &s, const RevealTokenDialog::SaveResult &result) {
        m_tokens->saveSecret(token, s, this, result);
    };
    auto *dialog = new RevealTokenDialog(secret.clone(), info, m_services.clipboard(), save, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_tokens, &OwnerTokens::actionsChanged, dialog, [this, dialog] {
        dialog->setKeychainAvailable(m_tokens->keychainAvailable(),
                                     m_tokens->keychainUnavailableReason());
    });
    dialog->open();
}

void TokensPage::confirmRotate()
{
    const Token *token = selectedToken();
    if (!token)
        return;
    auto *dialog = new RotateTokenDialog(*token, m_services.session().policy(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RotateTokenDialog::rotateRequested, this, [this, dialog] {
        m_tokens->rotate(dialog->token(), dialog->expiresAt(), dialog->graceSeconds());
    });
    dialog->open();
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
                    tr("&Delete"), tr("Cancel"), [this, copy = *token] { m_tokens->remove(copy); });
}

void TokensPage::confirmRevokeSelected()
{
    const QList<Token> tokens = selectedTokens();
    if (tokens.isEmpty())
        return;
    QStringList lines;
    for (const Token &token : tokens)
        lines.append(QStringLiteral("• %1 (%2)").arg(token.name, token.hint));
    ConfirmBox::ask(this, QStringLiteral("confirmRevokeSelectedBox"),
                    tr("Revoke %n tokens?", nullptr, int(tokens.size())),
                    tr("Revoke these %n tokens?\n\n%1\n\nAnything using them stops working "
                       "immediately. This cannot be undone.",
                       nullptr, int(tokens.size()))
                        .arg(lines.join(QLatin1Char('\n'))),
                    tr("Re&voke"), tr("Cancel"), [this, tokens] { m_tokens->removeMany(tokens); });
}

void TokensPage::reportRevoked(const QStringList &names)
{
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("Tokens revoked"),
                        names.isEmpty() ? tr("No token was revoked: they were already gone.")
                                        : tr("Revoked %n tokens:\n\n%1", nullptr, int(names.size()))
                                              .arg(names.join(QLatin1Char('\n'))),
                        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("revokedReportBox"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
