#pragma once

#include <QDialog>
#include <QUrl>

#include <memory>

namespace Ui {
class LoginDialog;
}
class AccountSession;
struct ApiError;

// Server, username, password, "Remember me". Signs in through the AccountSession and stays
// open with the input intact (and the error shown) until the sign-in succeeds.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(AccountSession &session, QWidget *parent = nullptr);
    ~LoginDialog() override;
    Q_DISABLE_COPY(LoginDialog)

    void setServer(const QUrl &server);
    void setUsername(const QString &username);
    void setRememberMe(bool remember);
    // Without a keychain "Remember me" is disabled, and the tooltip says why.
    void setKeychainAvailable(bool available, const QString &reason);
    void setMessage(const QString &message);

    QUrl server() const;
    QString username() const;
    bool rememberMe() const;
    // Closing is refused while signing in (at most the request timeout): the answer decides
    // what the window shows, and "Remember me" must apply to it.
    void reject() override;

private:
    void updateOk();
    void submit();
    void onFailed(const ApiError &error);
    void setBusy(bool busy);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    AccountSession &m_session;
    bool m_busy = false;
};
