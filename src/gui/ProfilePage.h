#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ProfilePage;
}
class AccountSession;
class ClipboardGuard;

// Who is signed in: display name, username, account id (with copy), plan, server; Sign out.
class ProfilePage : public QWidget
{
    Q_OBJECT
public:
    ProfilePage(AccountSession &session, ClipboardGuard &clipboard, QWidget *parent = nullptr);
    ~ProfilePage() override;
    Q_DISABLE_COPY(ProfilePage)

    void refresh();

Q_SIGNALS:
    void signOutRequested();

private:
    std::unique_ptr<Ui::ProfilePage> m_ui;
    AccountSession &m_session;
};
