#include "AccountSwitcher.h"

#include "ComboValue.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>

AccountSwitcher::AccountSwitcher(QWidget *parent)
    : QWidget(parent), m_box(new QComboBox(this)),
      m_addButton(new QPushButton(tr("Add acco&unt…"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Acc&ount:"), this);
    label->setBuddy(m_box);
    layout->addWidget(label);
    m_box->setAccessibleName(tr("Account"));
    m_box->setToolTip(tr("Choose an account, then press Enter to switch to it."));
    m_box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_box->installEventFilter(this);
    ComboValue::track(m_box);
    layout->addWidget(m_box);
    layout->addWidget(m_addButton);
    // Picking an entry in the opened list is a confirmation (mouse or keyboard). Arrow keys on
    // the closed box also emit activated(): eventFilter() keeps those from reaching here.
    connect(m_box, &QComboBox::activated, this, &AccountSwitcher::choose);
    connect(m_addButton, &QPushButton::clicked, this, &AccountSwitcher::addAccountChosen);
}

void AccountSwitcher::setAccounts(const QList<Settings::AccountRef> &accounts)
{
    m_accounts = accounts;
    m_box->clear();
    for (const Settings::AccountRef &account : accounts)
        m_box->addItem(tr("%1 on %2").arg(account.username, account.server.host()));
    m_box->setCurrentIndex(0);
    m_box->setEnabled(!accounts.isEmpty());
}

void AccountSwitcher::choose(int index)
{
    if (index >= 0 && index < m_accounts.size())
        Q_EMIT accountChosen(m_accounts.at(index));
}

bool AccountSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_box)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::Wheel)
        return true; // scrolling past the box must not switch accounts
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & (Qt::AltModifier | Qt::ControlModifier))
        return QWidget::eventFilter(watched, event); // Alt+Down opens the list
    const int last = m_box->count() - 1;
    const int current = m_box->currentIndex();
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        choose(current);
        return true;
    case Qt::Key_Up:
    case Qt::Key_PageUp:
        m_box->setCurrentIndex(qMax(0, current - 1));
        return true;
    case Qt::Key_Down:
    case Qt::Key_PageDown:
        m_box->setCurrentIndex(qMin(last, current + 1));
        return true;
    case Qt::Key_Home:
        m_box->setCurrentIndex(0);
        return true;
    case Qt::Key_End:
        m_box->setCurrentIndex(last);
        return true;
    default:
        // Typing a letter would jump to a matching account and switch at once.
        if (!key->text().isEmpty() && key->text().at(0).isPrint() && key->key() != Qt::Key_Space)
            return true;
        return QWidget::eventFilter(watched, event);
    }
}
