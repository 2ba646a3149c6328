#pragma once

#include "LoginDialog.h"
#include "Settings.h"
#include "Token.h"
#include "TokenOwner.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace Ui {
class MainWindow;
}
class AccountSwitcher;
class ActivityPage;
class DesktopServices;
class ExpiryNotice;
class NewAddressAlert;
class NewAddressNotice;
class ProfilePage;
class QLabel;
class QPushButton;
class TokensPage;

// Navigation (Profile, Personal tokens, one entry per team) on the left, pages on the right,
// account switcher on top, server and connection state in the status bar. The workflows behind
// it (sign-in, "Remember me", account switch) live in the app layer; this window shows them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(DesktopServices &services, QUrl defaultServer, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY(MainWindow)

    // Probes the keychain, resumes a remembered session or asks to sign in.
    void start();

    LoginDialog *loginDialog() const { return m_login; }
    TokensPage *tokensPage(const TokenOwner &owner) const;
    ProfilePage *profilePage() const { return m_profile; }
    // The owner's Activity page (personal, or a team the user administers), else nullptr.
    ActivityPage *activityPage(const TokenOwner &owner) const;
    // Selects the page in the navigation list, as a user would.
    void showPage(QWidget *page);

private:
    void showLogin(const QString &message = {});
    void resumeOrLogin();
    void onSignedIn();
    // False when the pages already match the account's owners (nothing rebuilt).
    bool rebuildPages();
    void clearPages();
    void updateStatus();
    void signOut();
    void switchAccount(const Settings::AccountRef &target);
    void openSettings();
    void addActivityPage(const TokenOwner &owner, TokensPage *tokens);
    void openCheckToken();

    std::unique_ptr<Ui::MainWindow> m_ui;
    DesktopServices &m_services;
    QUrl m_defaultServer;
    AccountSwitcher *m_accounts;
    QLabel *m_status;
    QPushButton *m_reauthButton;
    ExpiryNotice *m_expiryNotice;
    ProfilePage *m_profile = nullptr;
    QList<TokensPage *> m_tokenPages;
    QList<ActivityPage *> m_activityPages;
    NewAddressAlert *m_addressAlert;
    NewAddressNotice *m_addressNotice;
    QPointer<LoginDialog> m_login;
};
