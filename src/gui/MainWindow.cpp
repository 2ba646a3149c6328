#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AccountSession.h"
#include "AppServices.h"
#include "ExpiryWatcher.h"
#include "OwnerTokens.h"
#include "ProfilePage.h"
#include "RememberedSessions.h"
#include "SecretStore.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "TokensPage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QSystemTrayIcon>

// The icons live in a static library: its resources must be registered explicitly.
static void initResources()
{
    Q_INIT_RESOURCE(tokendesk);
}

namespace {
constexpr int PageRole = Qt::UserRole + 1;
}

MainWindow::MainWindow(AppServices &services, QUrl defaultServer, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_services(services),
      m_defaultServer(std::move(defaultServer)), m_accounts(new QComboBox(this)),
      m_status(new QLabel(this)), m_reauthButton(new QPushButton(tr("Sign in &again…"), this))
{
    initResources();
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/tokendesk.svg")));
    auto *accountLabel = new QLabel(tr("Acc&ount:"), m_ui->accountToolBar);
    accountLabel->setBuddy(m_accounts);
    m_ui->accountToolBar->addWidget(accountLabel);
    m_accounts->setAccessibleName(tr("Account"));
    m_accounts->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->accountToolBar->addWidget(m_accounts);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->expiryBanner->hide();
    m_ui->settingsAction->setShortcut(QKeySequence::Preferences);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    // Named by its text, so screen readers announce the state itself.
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    statusBar()->addWidget(m_status, 1);
    // After a dismissed re-authentication there must still be a way back.
    m_reauthButton->hide();
    statusBar()->addPermanentWidget(m_reauthButton);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/tokendesk.svg")), this);
        m_tray->setToolTip(tr("TokenDesk"));
        m_tray->show();
    }

    connect(m_accounts, &QComboBox::activated, this, &MainWindow::switchAccount);
    connect(m_ui->navigation, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) {
                if (auto *page = item ? item->data(PageRole).value<QWidget *>() : nullptr)
                    m_ui->pages->setCurrentWidget(page);
            });
    connect(m_ui->signInButton, &QPushButton::clicked, this, [this] { showLogin(); });
    connect(m_reauthButton, &QPushButton::clicked, this, [this] { showLogin(); });
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    connect(m_ui->quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(m_ui->addAccountAction, &QAction::triggered, this, [this] { showLogin(); });
    connect(&m_services.expiry(), &ExpiryWatcher::expiringSoon, this, &MainWindow::notifyExpiring);

    AccountSession &session = m_services.session();
    connect(&session, &AccountSession::signedIn, this, &MainWindow::onSignedIn);
    connect(&session, &AccountSession::profileChanged, this, &MainWindow::rebuildPages);
    connect(&session, &AccountSession::stateChanged, this, &MainWindow::updateStatus);
    connect(&session, &AccountSession::sessionExpired, this,
            [this](const QString &message) { showLogin(message); });
    RememberedSessions &remembered = m_services.remembered();
    // The saved session answers first; signing in by hand meanwhile cancels it.
    connect(&remembered, &RememberedSessions::resumingChanged, m_ui->signInButton,
            &QWidget::setDisabled);
    connect(&remembered, &RememberedSessions::resumeFailed, this,
            [this](const QString &reason) { showLogin(reason); });
    connect(&remembered, &RememberedSessions::saveFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    rebuildAccountSwitcher();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::start()
{
    m_status->setText(tr("Checking the system keychain…"));
    m_services.secrets().probe(this, [this](bool, const QString &) {
        updateStatus(); // no longer "checking"
        resumeOrLogin();
    });
}

void MainWindow::resumeOrLogin()
{
    RememberedSessions &remembered = m_services.remembered();
    if (!remembered.resumeLast()) {
        showLogin();
        return;
    }
    const Settings::AccountRef account = remembered.resuming();
    m_status->setText(
        tr("Signing in to %1 as %2…").arg(account.server.toDisplayString(), account.username));
}

void MainWindow::showLogin(const QString &message)
{
    if (m_login && m_login->isVisible()) { // a closed one may still await deletion
        m_login->setMessage(message);
        m_login->raise();
        return;
    }
    RememberedSessions &remembered = m_services.remembered();
    remembered.cancel(); // signing in by hand supersedes a saved session still being tried
    AccountSession &session = m_services.session();
    m_login = new LoginDialog(session, this);
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    m_login->setKeychainAvailable(m_services.secrets().isAvailable(),
                                  m_services.secrets().unavailableReason());
    const QList<Settings::AccountRef> accounts = m_services.settings().accounts();
    if (session.state() == AccountSession::State::Expired) {
        m_login->setServer(session.server());
        m_login->setUsername(session.account().username);
        // Signing in again must not quietly turn "Remember me" off.
        m_login->setRememberMe(remembered.isRemembered(session.accountRef()));
    } else if (!accounts.isEmpty()) {
        m_login->setServer(accounts.first().server);
        m_login->setUsername(accounts.first().username);
        m_login->setRememberMe(remembered.isRemembered(accounts.first()));
    } else {
        m_login->setServer(m_defaultServer);
    }
    m_login->setMessage(message);
    connect(m_login, &QDialog::accepted, this, [this, login = m_login] {
        m_services.remembered().rememberCurrent(login->rememberMe());
    });
    m_login->open();
}

void MainWindow::onSignedIn()
{
    rebuildAccountSwitcher();
    if (!rebuildPages()) {
        // The same account signed in again (session had ended): load what failed meanwhile.
        for (TokensPage *page : std::as_const(m_tokenPages))
            page->reload();
    }
    updateStatus();
}

void MainWindow::clearPages()
{
    m_ui->navigation->clear();
    while (m_ui->pages->count() > 0) {
        QWidget *page = m_ui->pages->widget(0);
        m_ui->pages->removeWidget(page);
        page->deleteLater();
    }
    m_tokenPages.clear();
    m_profile = nullptr;
    m_ui->expiryBanner->clear();
    m_ui->expiryBanner->hide(); // its warnings were about the previous account's tokens
    m_ui->centralStack->setCurrentWidget(m_ui->signedOutPage);
}

bool MainWindow::rebuildPages()
{
    AccountSession &session = m_services.session();
    if (!session.isSignedIn())
        return false;
    // Keep pages (and their loaded tokens) whose owner still exists; add new teams.
    const QList<TokenOwner> owners = session.owners();
    bool same = m_profile && m_tokenPages.size() == owners.size();
    for (int i = 0; same && i < owners.size(); ++i)
        same = m_tokenPages[i]->owner() == owners[i];
    if (same)
        return false;

    const int currentRow = m_ui->navigation->currentRow();
    clearPages();
    auto addItem = [this](const QString &text, QWidget *page) {
        auto *item = new QListWidgetItem(text, m_ui->navigation);
        item->setData(PageRole, QVariant::fromValue(page));
        m_ui->pages->addWidget(page);
    };
    m_profile = new ProfilePage(session, m_services.clipboard(), m_ui->pages);
    connect(m_profile, &ProfilePage::signOutRequested, this, &MainWindow::signOut);
    addItem(tr("Profile"), m_profile);
    for (const TokenOwner &owner : owners) {
        if (owner.isTeam() && owner == owners[1]) {
            auto *header = new QListWidgetItem(tr("Teams"), m_ui->navigation);
            header->setFlags(Qt::NoItemFlags);
        }
        auto *page = new TokensPage(m_services, owner, m_ui->pages);
        connect(page, &TokensPage::tokenCreatedFor, this,
                [this](const TokenOwner &target, const Token &token) {
                    if (TokensPage *other = tokensPage(target))
                        other->tokens().add(token);
                });
        connect(&page->tokens(), &OwnerTokens::loaded, &m_services.expiry(), &ExpiryWatcher::check);
        // Team memberships may have changed too; profileChanged() rebuilds the pages if so.
        connect(page, &TokensPage::refreshRequested, &session, &AccountSession::refresh);
        m_tokenPages.append(page);
        addItem(owner.isTeam() ? QStringLiteral("    %1").arg(owner.name) : tr("Personal tokens"),
                page);
        page->reload();
    }
    m_ui->centralStack->setCurrentWidget(m_ui->splitter);
    const int rows = m_ui->navigation->count();
    m_ui->navigation->setCurrentRow(currentRow > 0 && currentRow < rows ? currentRow : 1);
    return true;
}

TokensPage *MainWindow::tokensPage(const TokenOwner &owner) const
{
    for (TokensPage *page : m_tokenPages) {
        if (page->owner().type == owner.type && page->owner().id == owner.id)
            return page;
    }
    return nullptr;
}

void MainWindow::showPage(QWidget *page)
{
    for (int row = 0; row < m_ui->navigation->count(); ++row) {
        if (m_ui->navigation->item(row)->data(PageRole).value<QWidget *>() == page)
            m_ui->navigation->setCurrentRow(row);
    }
}

void MainWindow::updateStatus()
{
    const AccountSession &session = m_services.session();
    const QString server = session.server().toDisplayString();
    m_reauthButton->setVisible(session.state() == AccountSession::State::Expired);
    switch (session.state()) {
    case AccountSession::State::SignedOut:
        m_status->setText(tr("Not signed in"));
        break;
    case AccountSession::State::SigningIn:
        m_status->setText(tr("Connecting to %1…").arg(server));
        break;
    case AccountSession::State::SignedIn:
        m_status->setText(tr("Connected to %1 as %2").arg(server, session.account().username));
        break;
    case AccountSession::State::Expired:
        m_status->setText(tr("Session ended: sign in again to %1").arg(server));
        break;
    }
}

void MainWindow::signOut()
{
    m_services.remembered().signOut();
    clearPages();
    showLogin();
}

void MainWindow::rebuildAccountSwitcher()
{
    m_accounts->clear();
    for (const Settings::AccountRef &account : m_services.settings().accounts())
        m_accounts->addItem(tr("%1 on %2").arg(account.username, account.server.host()),
                            QVariant::fromValue(account.server));
    m_accounts->addItem(tr("Add account…"));
    m_accounts->setCurrentIndex(0);
}

void MainWindow::switchAccount(int index)
{
    const QList<Settings::AccountRef> accounts = m_services.settings().accounts();
    if (index < 0 || index >= accounts.size()) {
        showLogin(); // "Add account…"
        return;
    }
    const Settings::AccountRef target = accounts.at(index);
    const AccountSession &session = m_services.session();
    if (target == session.accountRef() && session.isSignedIn())
        return;
    m_services.remembered().switchTo(target);
    clearPages();
    rebuildAccountSwitcher();
    resumeOrLogin();
}

void MainWindow::notifyExpiring(const QList<Token> &tokens)
{
    const QString message = ExpiryWatcher::describe(tokens, QDateTime::currentDateTimeUtc());
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(tr("Tokens expire soon"), message, QSystemTrayIcon::Warning);
        return;
    }
    QLabel *banner = m_ui->expiryBanner;
    banner->setText((banner->isVisible() ? banner->text() + QLatin1Char('\n') : QString()) +
                    message);
    banner->show();
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_services.settings(), m_services.secrets(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, &m_services, &AppServices::applySettings);
    dialog->open();
}
