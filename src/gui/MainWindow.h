#pragma once

#include "GuiContext.h"
#include "LoginDialog.h"
#include "Token.h"
#include "TokenOwner.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class ExpiryWatcher;
class ProfilePage;
class QSystemTrayIcon;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class TokensPage;

// Navigation (Profile, Personal tokens, one entry per team) on the left, pages on the right,
// account switcher on top, server and connection state in the status bar. Orchestrates sign-in,
// "Remember me" (session in the keychain) and re-authentication after the session expired.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(GuiContext context, QUrl defaultServer, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY(MainWindow)

    // Probes the keychain, resumes a remembered session or asks to sign in.
    void start();

    LoginDialog *loginDialog() const { return m_login; }
    TokensPage *tokensPage(const TokenOwner &owner) const;
    ProfilePage *profilePage() const { return m_profile; }
    // Selects the page in the navigation list, as a user would.
    void showPage(QWidget *page);

private:
    void showLogin(const QString &message = {});
    void onSignedIn();
    // False when the pages already match the account's owners (nothing rebuilt).
    bool rebuildPages();
    void clearPages();
    void updateStatus();
    void signOut();
    void rebuildAccountSwitcher();
    void switchAccount(int index);
    void openSettings();
    void resumeRemembered();
    void forgetResume();
    void notifyExpiring(const QList<Token> &tokens);

    GuiContext m_context;
    QUrl m_defaultServer;
    QComboBox *m_accounts;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QLabel *m_status;
    ProfilePage *m_profile = nullptr;
    QList<TokensPage *> m_tokenPages;
    QPointer<LoginDialog> m_login;
    ExpiryWatcher *m_expiry;
    QSystemTrayIcon *m_tray = nullptr; // only where the desktop has a tray
    QLabel *m_expiryBanner;
    QStackedWidget *m_central; // the signed-out page, or navigation + pages
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_reauthButton = nullptr;
    // A saved session being resumed: its handlers, and a counter that makes stale answers moot.
    QMetaObject::Connection m_resumeFailed;
    QMetaObject::Connection m_resumeSucceeded;
    int m_resumeGeneration = 0;
};
