#pragma once

#include "Settings.h"

#include <QWidget>

class QComboBox;
class QPushButton;

// The account box at the top of the window: every account signed in to (most recent first),
// and an "Add account…" button beside it (an action, not one of the values).
// Moving through the box changes nothing (WCAG 3.2.2): arrow keys and the wheel only change
// what is shown; the switch happens when the person confirms, with Enter or by picking an
// entry in the opened list.
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(int index);

    QComboBox *m_box;
    QPushButton *m_addButton;
    QList<Settings::AccountRef> m_accounts;
};
