#include "ProfilePage.h"
#include "ui_ProfilePage.h"

#include "AccountSession.h"
#include "ActionIcons.h"
#include "ClipboardGuard.h"

ProfilePage::ProfilePage(AccountSession &session, ClipboardGuard &clipboard, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ProfilePage>()), m_session(session)
{
    m_ui->setupUi(this);
    ActionIcons::apply(this);
    connect(m_ui->copyAccountIdButton, &QPushButton::clicked, this,
            [this, &clipboard] { clipboard.copyText(m_session.account().accountId); });
    connect(m_ui->signOutButton, &QPushButton::clicked, this, &ProfilePage::signOutRequested);
    connect(&m_session, &AccountSession::profileChanged, this, &ProfilePage::refresh);
    refresh();
}

ProfilePage::~ProfilePage() = default;

void ProfilePage::refresh()
{
    const Account account = m_session.account();
    m_ui->displayNameValue->setText(account.displayName);
    m_ui->usernameValue->setText(account.username);
    m_ui->accountIdValue->setText(account.accountId);
    m_ui->planValue->setText(account.isFreePlan() ? tr("Free") : tr("Paid"));
    m_ui->serverValue->setText(m_session.server().toDisplayString());
}
