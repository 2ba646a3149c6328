#pragma once

#include "Settings.h"

#include <QWidget>

class QComboBox;

// The account box at the top of the window: every account signed in to (most recent first),
// then "Add account…".
class AccountSwitcher : public QWidget
{
    Q_OBJECT
public:
    explicit AccountSwitcher(QWidget *parent = nullptr);
    Q_DISABLE_COPY(AccountSwitcher)

    void setAccounts(const QList<Settings::AccountRef> &accounts);

Q_SIGNALS:
    void accountChosen(const Settings::AccountRef &account);
    void addAccountChosen();

private:
    QComboBox *m_box;
    QList<Settings::AccountRef> m_accounts;
};
