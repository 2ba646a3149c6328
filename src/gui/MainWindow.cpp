#include "MainWindow.h"

#include "AccountSession.h"
#include "ApiClient.h"
#include "ClipboardGuard.h"
#include "ExpiryWatcher.h"

#include "ProfilePage.h"
#include "SecretStore.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "TokenListModel.h"
#include "TokensPage.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolBar>
#include <QVBoxLayout>

// The icons live in a static library: its resources must be registered explicitly.
static void initResources()
{
    Q_INIT_RESOURCE(tokendesk);
}

namespace {
enum NavRole
{
    PageRole = Qt::UserRole + 1
};

Settings::AccountRef refOf(const AccountSession &session)
{
    return {session.server(), session.account().username};
}
} // namespace

MainWindow::MainWindow(GuiContext context, QUrl defaultServer, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_defaultServer(std::move(defaultServer)),
      m_accounts(new QComboBox(this)), m_navigation(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_status(new QLabel(this)),
      m_expiry(new ExpiryWatcher(this)), m_expiryBanner(new QLabel(this)),
      m_central(new QStackedWidget(this))
{
    initResources();
    setWindowTitle(tr("TokenDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tokendesk.svg")));
    resize(960, 600);

    auto *toolbar = addToolBar(tr("Account"));
    toolbar->setObjectName(QStringLiteral("accountToolBar"));
    toolbar->setMovable(false);
    auto *accountLabel = new QLabel(tr("Acc&ount:"), toolbar);
    accountLabel->setBuddy(m_accounts);
    toolbar->addWidget(accountLabel);
    m_accounts->setAccessibleName(tr("Account"));
    m_accounts->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    toolbar->addWidget(m_accounts);
    connect(m_accounts, &QComboBox::activated, this, &MainWindow::switchAccount);

    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setMaximumWidth(240);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    // Expiry warnings: a tray message where the desktop has a tray, otherwise this banner.
    m_expiryBanner->setObjectName(QStringLiteral("expiryBanner"));
    m_expiryBanner->setWordWrap(true);
    m_expiryBanner->setStyleSheet(QStringLiteral(
        "background: #fff4d6; color: #4a3500; border: 1px solid #c58b00; padding: 6px;"));
    m_expiryBanner->hide();
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_expiryBanner);
    // Signed out: a page that says so and offers to sign in, instead of an empty window.
    auto *signedOut = new QWidget(this);
    signedOut->setObjectName(QStringLiteral("signedOutPage"));
    auto *signedOutLayout = new QVBoxLayout(signedOut);
    auto *signedOutLabel = new QLabel(
        tr("You are not signed in. Sign in to manage your API tokens and your teams' tokens."),
        signedOut);
    signedOutLabel->setWordWrap(true);
    signedOutLabel->setAlignment(Qt::AlignCenter);
    m_signInButton = new QPushButton(tr("&Sign in…"), signedOut);
    connect(m_signInButton, &QPushButton::clicked, this, [this] { showLogin(); });
    signedOutLayout->addStretch();
    signedOutLayout->addWidget(signedOutLabel);
    signedOutLayout->addWidget(m_signInButton, 0, Qt::AlignCenter);
    signedOutLayout->addStretch();
    m_central->addWidget(signedOut);
    m_central->addWidget(splitter);
    centralLayout->addWidget(m_central, 1);
    setCentralWidget(central);
    m_expiry->setWarningDays(m_context.settings.expiryWarningDays());
    connect(m_expiry, &ExpiryWatcher::expiringSoon, this, &MainWindow::notifyExpiring);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/tokendesk.svg")), this);
        m_tray->setToolTip(tr("TokenDesk"));
        m_tray->show();
    }
    connect(m_navigation, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (auto *page = item ? item->data(PageRole).value<QWidget *>() : nullptr)
            m_pages->setCurrentWidget(page);
    });

    // Named by its text, so screen readers announce the state itself.
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    statusBar()->addWidget(m_status, 1);
    // After a dismissed re-authentication there must still be a way back.
    m_reauthButton = new QPushButton(tr("Sign in &again…"), this);
    m_reauthButton->hide();
    connect(m_reauthButton, &QPushButton::clicked, this, [this] { showLogin(); });
    statusBar()->addPermanentWidget(m_reauthButton);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::openSettings);
    file->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    QMenu *account = menuBar()->addMenu(tr("&Account"));
    account->addAction(tr("&Add account…"), this, [this] { showLogin(); });

    AccountSession &session = m_context.session;
    connect(&session, &AccountSession::signedIn, this, &MainWindow::onSignedIn);
    connect(&session, &AccountSession::profileChanged, this, &MainWindow::rebuildPages);
    connect(&session, &AccountSession::stateChanged, this, &MainWindow::updateStatus);
    connect(&session, &AccountSession::sessionExpired, this,
            [this](const QString &message) { showLogin(message); });
    rebuildAccountSwitcher();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::start()
{
    m_status->setText(tr("Checking the system keychain…"));
    m_context.secrets.probe(this, [this](bool, const QString &) {
        updateStatus(); // no longer "checking"
        resumeRemembered();
    });
}

void MainWindow::forgetResume()
{
    ++m_resumeGeneration; // a keychain read still in flight is now stale
    disconnect(m_resumeFailed);
    disconnect(m_resumeSucceeded);
    m_signInButton->setEnabled(true);
}

void MainWindow::resumeRemembered()
{
    forgetResume();
    const QList<Settings::AccountRef> accounts = m_context.settings.accounts();
    if (accounts.isEmpty() || !m_context.settings.rememberSession(accounts.first()) ||
        !m_context.secrets.isAvailable()) {
        showLogin();
        return;
    }
    const Settings::AccountRef account = accounts.first();
    const QString key = SecretStore::sessionKey(account.server, account.username);
    m_status->setText(
        tr("Signing in to %1 as %2…").arg(account.server.toDisplayString(), account.username));
    m_signInButton->setEnabled(false); // the saved session answers first
    const int generation = m_resumeGeneration;
    m_context.secrets.read(
        key, this,
        [this, account, key, generation](const SecureBuffer &secret) {
            if (generation != m_resumeGeneration)
                return; // the user moved on (switched account, signed in by hand)
            // A stored session the server no longer accepts is deleted, then we ask again.
            m_resumeFailed = connect(&m_context.session, &AccountSession::signInFailed, this,
                                     [this, account, key](const ApiError &error) {
                                         forgetResume();
                                         m_context.secrets.remove(
                                             key, this, [] {}, [](const QString &) {});
                                         m_context.settings.setRememberSession(account, false);
                                         showLogin(tr("Your saved session ended (%1). Sign in "
                                                      "again.")
                                                       .arg(error.message));
                                     });
            m_resumeSucceeded = connect(&m_context.session, &AccountSession::signedIn, this,
                                        &MainWindow::forgetResume);
            m_context.session.resume(account.server, secret.clone());
        },
        [this, account, generation](const QString &error) {
            if (generation != m_resumeGeneration)
                return;
            m_signInButton->setEnabled(true);
            m_context.settings.setRememberSession(account, false);
            showLogin(tr("The saved session could not be read from the keychain (%1). Sign in "
                         "again.")
                          .arg(error));
        });
}

void MainWindow::showLogin(const QString &message)
{
    if (m_login && m_login->isVisible()) { // a closed one may still await deletion
        m_login->setMessage(message);
        m_login->raise();
        return;
    }
    forgetResume(); // signing in by hand supersedes a saved session still being tried
    m_login = new LoginDialog(m_context.session, this);
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    m_login->setKeychainAvailable(m_context.secrets.isAvailable(),
                                  m_context.secrets.unavailableReason());
    const QList<Settings::AccountRef> accounts = m_context.settings.accounts();
    const bool reauth = m_context.session.state() == AccountSession::State::Expired;
    if (reauth) {
        m_login->setServer(m_context.session.server());
        m_login->setUsername(m_context.session.account().username);
        // Signing in again must not quietly turn "Remember me" off.
        m_login->setRememberMe(m_context.settings.rememberSession(refOf(m_context.session)));
    } else if (!accounts.isEmpty()) {
        m_login->setServer(accounts.first().server);
        m_login->setUsername(accounts.first().username);
        m_login->setRememberMe(m_context.settings.rememberSession(accounts.first()));
    } else {
        m_login->setServer(m_defaultServer);
    }
    m_login->setMessage(message);
    connect(m_login, &QDialog::accepted, this, [this, login = m_login] {
        const Settings::AccountRef ref = refOf(m_context.session);
        const QString key = SecretStore::sessionKey(ref.server, ref.username);
        if (login->rememberMe() && m_context.secrets.isAvailable()) {
            m_context.secrets.write(
                key, m_context.session.sessionSecret(), this,
                [this, ref] { m_context.settings.setRememberSession(ref, true); },
                [this, key](const QString &error) {
                    // As for tokens: a late write must not leave a session nobody tracks.
                    m_context.secrets.remove(
                        key, this, [] {}, [](const QString &) {});
                    statusBar()->showMessage(
                        tr("The session could not be saved in the keychain: %1").arg(error), 10000);
                });
        } else if (m_context.settings.rememberSession(ref)) {
            m_context.settings.setRememberSession(ref, false);
            m_context.secrets.remove(
                key, this, [] {}, [](const QString &) {});
        }
    });
    m_login->open();
}

void MainWindow::onSignedIn()
{
    m_context.settings.rememberAccount(refOf(m_context.session));
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
    m_navigation->clear();
    while (m_pages->count() > 0) {
        QWidget *page = m_pages->widget(0);
        m_pages->removeWidget(page);
        page->deleteLater();
    }
    m_tokenPages.clear();
    m_profile = nullptr;
    m_expiryBanner->clear();
    m_expiryBanner->hide();        // its warnings were about the previous account's tokens
    m_central->setCurrentIndex(0); // the signed-out page
}

bool MainWindow::rebuildPages()
{
    if (!m_context.session.isSignedIn())
        return false;
    // Keep pages (and their loaded tokens) whose owner still exists; add new teams.
    const QList<TokenOwner> owners = m_context.session.owners();
    bool same = m_profile && m_tokenPages.size() == owners.size();
    for (int i = 0; same && i < owners.size(); ++i)
        same = m_tokenPages[i]->owner() == owners[i];
    if (same)
        return false;

    const int currentRow = m_navigation->currentRow();
    clearPages();
    auto addItem = [this](const QString &text, QWidget *page) {
        auto *item = new QListWidgetItem(text, m_navigation);
        item->setData(PageRole, QVariant::fromValue(page));
        m_pages->addWidget(page);
        return item;
    };
    m_profile = new ProfilePage(m_context.session, m_context.clipboard, m_pages);
    connect(m_profile, &ProfilePage::signOutRequested, this, &MainWindow::signOut);
    addItem(tr("Profile"), m_profile);
    for (const TokenOwner &owner : owners) {
        if (owner.isTeam() && owner == owners[1]) {
            auto *header = new QListWidgetItem(tr("Teams"), m_navigation);
            header->setFlags(Qt::NoItemFlags);
        }
        auto *page = new TokensPage(m_context, owner, m_pages);
        connect(page, &TokensPage::tokenCreatedFor, this,
                [this](const TokenOwner &target, const Token &token) {
                    if (TokensPage *other = tokensPage(target))
                        other->addToken(token);
                });
        connect(page, &TokensPage::tokensLoaded, m_expiry, &ExpiryWatcher::check);
        // Team memberships may have changed too; profileChanged() rebuilds the pages if so.
        connect(page, &TokensPage::refreshRequested, &m_context.session, &AccountSession::refresh);
        connect(page, &TokensPage::secretStored, this, [this, page](const Token &token) {
            if (TokensPage *owner = tokensPage(token.owner); owner && owner != page)
                owner->markStored(token);
        });
        m_tokenPages.append(page);
        addItem(owner.isTeam() ? QStringLiteral("    %1").arg(owner.name) : tr("Personal tokens"),
                page);
        page->reload();
    }
    m_central->setCurrentIndex(1);
    m_navigation->setCurrentRow(currentRow > 0 && currentRow < m_navigation->count() ? currentRow
                                                                                     : 1);
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
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(PageRole).value<QWidget *>() == page)
            m_navigation->setCurrentRow(row);
    }
}

void MainWindow::updateStatus()
{
    const AccountSession &session = m_context.session;
    m_reauthButton->setVisible(session.state() == AccountSession::State::Expired);
    switch (session.state()) {
    case AccountSession::State::SignedOut:
        m_status->setText(tr("Not signed in"));
        break;
    case AccountSession::State::SigningIn:
        m_status->setText(tr("Connecting to %1…").arg(session.server().toDisplayString()));
        break;
    case AccountSession::State::SignedIn:
        m_status->setText(tr("Connected to %1 as %2")
                              .arg(session.server().toDisplayString(), session.account().username));
        break;
    case AccountSession::State::Expired:
        m_status->setText(
            tr("Session ended: sign in again to %1").arg(session.server().toDisplayString()));
        break;
    }
}

void MainWindow::signOut()
{
    const Settings::AccountRef ref = refOf(m_context.session);
    m_context.settings.setRememberSession(ref, false);
    // Unconditionally: a write that finished late (after a keychain timeout) left an entry
    // the flag does not know about. Removing a missing entry counts as success.
    if (m_context.secrets.isAvailable())
        m_context.secrets.remove(
            SecretStore::sessionKey(ref.server, ref.username), this, [] {}, [](const QString &) {});
    m_context.session.signOut();
    clearPages();
    showLogin();
}

void MainWindow::rebuildAccountSwitcher()
{
    m_accounts->clear();
    for (const Settings::AccountRef &account : m_context.settings.accounts())
        m_accounts->addItem(tr("%1 on %2").arg(account.username, account.server.host()),
                            QVariant::fromValue(account.server));
    m_accounts->addItem(tr("Add account…"));
    m_accounts->setCurrentIndex(0);
}

void MainWindow::switchAccount(int index)
{
    const QList<Settings::AccountRef> accounts = m_context.settings.accounts();
    if (index < 0 || index >= accounts.size()) {
        showLogin(); // "Add account…"
        return;
    }
    const Settings::AccountRef target = accounts.at(index);
    if (target == refOf(m_context.session) && m_context.session.isSignedIn())
        return;
    // Keep a remembered session valid on the server; otherwise end it properly.
    const bool keep = m_context.settings.rememberSession(refOf(m_context.session));
    m_context.session.signOut(!keep);
    clearPages();
    m_context.settings.rememberAccount(target); // the target becomes the "last used" account
    rebuildAccountSwitcher();
    resumeRemembered();
}

void MainWindow::notifyExpiring(const QList<Token> &tokens)
{
    const QString message = ExpiryWatcher::describe(tokens, QDateTime::currentDateTimeUtc());
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(tr("Tokens expire soon"), message, QSystemTrayIcon::Warning);
        return;
    }
    const QString shown =
        m_expiryBanner->isVisible() ? m_expiryBanner->text() + QLatin1Char('\n') : QString();
    m_expiryBanner->setText(shown + message);
    m_expiryBanner->show();
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_context.settings, m_context.secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        for (TokensPage *page : m_tokenPages)
            page->model().setWarningDays(m_context.settings.expiryWarningDays());
        m_expiry->setWarningDays(m_context.settings.expiryWarningDays());
        m_context.clipboard.setClearSeconds(m_context.settings.clipboardClearSeconds());
        m_context.session.client().setAllowInsecureHttp(m_context.settings.allowInsecureHttp());
    });
    dialog->open();
}
