#include "AccountSwitcher.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

AccountSwitcher::AccountSwitcher(QWidget *parent) : QWidget(parent), m_box(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Acc&ount:"), this);
    label->setBuddy(m_box);
    layout->addWidget(label);
    m_box->setAccessibleName(tr("Account"));
    m_box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(m_box);
    connect(m_box, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_accounts.size())
            Q_EMIT accountChosen(m_accounts.at(index));
        else
            Q_EMIT addAccountChosen();
    });
}

void AccountSwitcher::setAccounts(const QList<Settings::AccountRef> &accounts)
{
    m_accounts = accounts;
    m_box->clear();
    for (const Settings::AccountRef &account : accounts)
        m_box->addItem(tr("%1 on %2").arg(account.username, account.server.host()));
    m_box->addItem(tr("Add account…"));
    m_box->setCurrentIndex(0);
}
