#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AccountSession.h"
#include "AccountSwitcher.h"
#include "ActionIcons.h"
#include "ActivityPage.h"
#include "CheckTokenDialog.h"
#include "DesktopServices.h"
#include "ExpiryNotice.h"
#include "ExpiryWatcher.h"
#include "KeychainAvailability.h"
#include "NewAddressAlert.h"
#include "NewAddressNotice.h"
#include "OwnerTokens.h"
#include "ProfilePage.h"
#include "RememberedSessions.h"
#include "SettingsDialog.h"
#include "TokensPage.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

MainWindow::MainWindow(DesktopServices &services, QUrl defaultServer, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_services(services),
      m_defaultServer(std::move(defaultServer)), m_accounts(new AccountSwitcher(this)),
      m_status(new QLabel(this)), m_reauthButton(new QPushButton(tr("Sign in &again…"), this))
{
    Q_INIT_RESOURCE(tokendesk); // the icons live in a static library: register them explicitly
    m_ui->setupUi(this);
    // Looking the icons up in the desktop's theme loads every image plugin: after the first frame
    // (in the menus they show only later; the Sign in button gets its icon a moment later).
    QTimer::singleShot(0, this, [this] { ActionIcons::apply(this); });
    m_expiryNotice = new ExpiryNotice(m_ui->expiryBanner, this);
    auto *addressBanner = new QLabel(this);
    addressBanner->setObjectName(QStringLiteral("newAddressBanner"));
    m_ui->centralLayout->insertWidget(m_ui->centralLayout->indexOf(m_ui->expiryBanner) + 1,
                                      addressBanner);
    m_addressNotice = new NewAddressNotice(addressBanner, m_expiryNotice, this);
    m_addressAlert = new NewAddressAlert(services.session(), services.settings(), this);
    connect(m_addressAlert, &NewAddressAlert::newAddresses, m_addressNotice,
            &NewAddressNotice::show);
    m_ui->accountToolBar->addWidget(m_accounts);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->settingsAction->setShortcut(QKeySequence::Preferences);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    // Named by its text, so screen readers announce the state itself.
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    statusBar()->addWidget(m_status, 1);
    // After a dismissed re-authentication there must still be a way back.
    m_reauthButton->hide();
    statusBar()->addPermanentWidget(m_reauthButton);

    connect(m_accounts, &AccountSwitcher::accountChosen, this, &MainWindow::switchAccount);
    connect(m_accounts, &AccountSwitcher::addAccountChosen, this, [this] { showLogin(); });
    connect(m_ui->navigation, &NavigationList::pageSelected, m_ui->pages,
            &QStackedWidget::setCurrentWidget);
    connect(m_ui->signInButton, &QPushButton::clicked, this, [this] { showLogin(); });
    connect(m_reauthButton, &QPushButton::clicked, this, [this] { showLogin(); });
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    connect(m_ui->quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(m_ui->addAccountAction, &QAction::triggered, this, [this] { showLogin(); });
    connect(m_ui->checkTokenAction, &QAction::triggered, this, &MainWindow::openCheckToken);
    connect(&m_services.expiry(), &ExpiryWatcher::expiringSoon, m_expiryNotice,
            &ExpiryNotice::show);

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
    m_accounts->setAccounts(m_services.settings().accounts());
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::start()
{
    m_status->setText(tr("Checking the system keychain…"));
    m_services.keychain().check(this, [this](bool, const QString &) {
        updateStatus(); // no longer "checking"
        resumeOrLogin();
    });
}

void MainWindow::resumeOrLogin()
{
    RememberedSessions &remembered = m_services.remembered();
    if (!remembered.resumeLast())
        return showLogin();
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
    m_login = new LoginDialog(m_services.session(), this);
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    m_login->setKeychainAvailable(m_services.keychain().isAvailable(),
                                  m_services.keychain().unavailableReason());
    // Signing in again after the session ended must not quietly turn "Remember me" off.
    const Settings::AccountRef suggested = remembered.suggestedAccount();
    m_login->setServer(suggested.server.isEmpty() ? m_defaultServer : suggested.server);
    m_login->setUsername(suggested.username);
    m_login->setRememberMe(remembered.isRemembered(suggested));
    m_login->setMessage(message);
    connect(m_login, &QDialog::accepted, this, [this, login = m_login] {
        m_services.remembered().rememberCurrent(login->rememberMe());
    });
    m_login->open();
}

void MainWindow::onSignedIn()
{
    m_accounts->setAccounts(m_services.settings().accounts());
    if (!rebuildPages()) {
        // The same account signed in again (session had ended): load what failed meanwhile.
        for (TokensPage *page : std::as_const(m_tokenPages))
            page->reload();
    }
    updateStatus();
}

void MainWindow::clearPages()
{
    m_ui->navigation->clearPages();
    while (QWidget *page = m_ui->pages->widget(0)) {
        m_ui->pages->removeWidget(page);
        page->deleteLater();
    }
    m_tokenPages.clear();
    m_activityPages.clear();
    m_profile = nullptr;
    m_expiryNotice->clear();
    m_addressNotice->clear();
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
    m_profile = new ProfilePage(session, m_services.clipboard(), m_ui->pages);
    connect(m_profile, &ProfilePage::signOutRequested, this, &MainWindow::signOut);
    m_ui->pages->addWidget(m_profile);
    m_ui->navigation->addPage(tr("Profile"), m_profile);
    for (const TokenOwner &owner : owners) {
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
        m_ui->pages->addWidget(page);
        if (owner.isTeam())
            m_ui->navigation->addTeamPage(owner, page);
        else
            m_ui->navigation->addPage(tr("Personal tokens"), page);
        addActivityPage(owner, page);
        page->reload();
    }
    m_ui->centralStack->setCurrentWidget(m_ui->splitter);
    m_ui->navigation->restoreRow(currentRow);
    return true;
}

TokensPage *MainWindow::tokensPage(const TokenOwner &owner) const
{
    const auto found = std::find_if(m_tokenPages.begin(), m_tokenPages.end(),
                                    [&](TokensPage *p) { return p->owner().sameAs(owner); });
    return found == m_tokenPages.end() ? nullptr : *found;
}

void MainWindow::addActivityPage(const TokenOwner &owner, TokensPage *tokens)
{
    const std::optional<Team> team = m_services.session().team(owner.id);
    if (owner.isTeam() && !(team && team->isAdmin()))
        return; // a team's log is for its admins
    auto *page = new ActivityPage(m_services.session(), owner, tokens->model(), m_ui->pages);
    m_activityPages.append(page);
    m_ui->pages->addWidget(page);
    if (owner.isTeam()) {
        m_ui->navigation->addTeamActivityPage(owner, page);
        return;
    }
    m_ui->navigation->addPage(tr("Activity"), page);
    // A refresh of the user's own tokens is when a use from a new address shows.
    connect(&tokens->tokens(), &OwnerTokens::loaded, m_addressAlert, &NewAddressAlert::check);
}

ActivityPage *MainWindow::activityPage(const TokenOwner &owner) const
{
    for (ActivityPage *page : m_activityPages) {
        if (page->owner().sameAs(owner))
            return page;
    }
    return nullptr;
}

void MainWindow::showPage(QWidget *page)
{
    m_ui->navigation->selectPage(page);
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

void MainWindow::switchAccount(const Settings::AccountRef &target)
{
    const AccountSession &session = m_services.session();
    if (target == session.accountRef() && session.isSignedIn())
        return;
    m_services.remembered().switchTo(target);
    clearPages();
    m_accounts->setAccounts(m_services.settings().accounts());
    resumeOrLogin();
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_services.settings(), m_services.keychain(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, &m_services, &AppServices::applySettings);
    dialog->open();
}

void MainWindow::openCheckToken()
{
    auto *dialog = new CheckTokenDialog(m_services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The revoked token leaves its page; revoked with itself, it may be on any page.
    connect(dialog, &CheckTokenDialog::tokenRevoked, this, [this](const Token &token) {
        if (TokensPage *page = token.id.isEmpty() ? nullptr : tokensPage(token.owner))
            return page->reload();
        for (TokensPage *page : std::as_const(m_tokenPages))
            page->reload();
    });
    dialog->open();
}
