#include "TokenDetailsPane.h"
#include "ui_TokenDetailsPane.h"

#include "ItemViewFocus.h"
#include "TimeText.h"
#include "TokenUsageLoader.h"

#include <QDateTime>
#include <QHeaderView>
#include <QTableWidgetItem>

namespace {
// "3 hours ago (2 Dec 2026 04:00 UTC)": the relative time a person reads first, and the exact one.
QString when(const QDateTime &time, const QDateTime &now)
{
    return QStringLiteral("%1 (%2)").arg(TimeText::relative(time, now), TimeText::exact(time));
}
} // namespace

TokenDetailsPane::TokenDetailsPane(AccountSession &session, QWidget *parent)
    : QGroupBox(parent), m_ui(std::make_unique<Ui::TokenDetailsPane>()),
      m_loader(new TokenUsageLoader(session, this))
{
    m_ui->setupUi(this);
    m_ui->historyTable->setColumnCount(4);
    m_ui->historyTable->setHorizontalHeaderLabels(
        {tr("Address"), tr("User agent"), tr("First seen"), tr("Last seen")});
    m_ui->historyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ItemViewFocus::install(m_ui->historyTable);
    connect(m_loader, &TokenUsageLoader::busyChanged, m_ui->usageBusyBar, &QWidget::setVisible);
    connect(m_loader, &TokenUsageLoader::loaded, this,
            [this](const QString &tokenId, const TokenUsage &usage) {
                if (m_token && m_token->id == tokenId)
                    showUsage(usage);
            });
    connect(m_loader, &TokenUsageLoader::failed, this,
            [this](const QString &tokenId, const QString &message) {
                if (m_token && m_token->id == tokenId)
                    showUsageProblem(message);
            });
    showToken(nullptr);
}

TokenDetailsPane::~TokenDetailsPane() = default;

void TokenDetailsPane::showToken(const Token *token)
{
    if (!token) {
        m_token.reset();
        m_usage.reset();
        m_loader->clear();
        setTitle(tr("Details"));
        m_ui->contentStack->setCurrentWidget(m_ui->noSelectionLabel);
        return;
    }
    if (m_token && *m_token == *token)
        return; // nothing new: keep the loaded history
    const bool sameToken = m_token && m_token->id == token->id;
    m_token = *token;
    if (!sameToken) {
        m_usage.reset();
        m_ui->historyTable->setRowCount(0);
    }
    //: %1 is the token's name
    setTitle(tr("Details of %1").arg(token->name));
    m_ui->contentStack->setCurrentWidget(m_ui->detailsPage);
    showFields();
    m_ui->usageStatusLabel->setText(tr("Loading where the token was used…"));
    m_ui->usageStatusLabel->setVisible(!m_usage);
    m_loader->load(*token);
}

void TokenDetailsPane::showFields()
{
    const Token &token = *m_token;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_ui->scopesValue->setText(token.scopes.join(QStringLiteral(", ")));
    m_ui->createdByValue->setText(
        token.createdBy.isEmpty()
            ? TimeText::exact(token.createdAt)
            //: %1 is a date and time, %2 a username
            : tr("%1 by %2").arg(TimeText::exact(token.createdAt), token.createdBy));
    m_ui->expiresValue->setText(token.expires() ? when(token.expiresAt, now) : tr("Never"));
    m_ui->lastUsedValue->setText(token.lastUsedAt.isValid() ? when(token.lastUsedAt, now)
                                                            : tr("Never used"));

    // The last use's address is the token's; its user agent comes with the address history.
    QString address = token.lastUsedAddress;
    QString userAgent;
    if (m_usage && !m_usage->addresses.isEmpty()) {
        const TokenUsage::Address *match = &m_usage->addresses.first();
        for (const TokenUsage::Address &entry : m_usage->addresses) {
            if (!address.isEmpty() && entry.address == address) {
                match = &entry;
                break;
            }
        }
        if (address.isEmpty())
            address = match->address;
        userAgent = match->userAgent;
    }
    const QString unknown = token.lastUsedAt.isValid() ? tr("Unknown") : tr("Never used");
    m_ui->lastAddressValue->setText(address.isEmpty() ? unknown : address);
    m_ui->userAgentValue->setText(userAgent.isEmpty() ? (m_usage ? unknown : QString())
                                                      : userAgent);

    const bool grace =
        token.previousSecretValidUntil.isValid() && token.previousSecretValidUntil > now;
    //: %1 is an exact date and time, %2 a relative time such as "in 3 hours"
    m_ui->graceValue->setText(
        grace ? tr("The previous secret still works until %1 (%2).")
                    .arg(TimeText::exact(token.previousSecretValidUntil),
                         TimeText::relative(token.previousSecretValidUntil, now))
              : QString());
    m_ui->formLayout->setRowVisible(m_ui->graceValue, grace);
}

void TokenDetailsPane::showUsage(const TokenUsage &usage)
{
    m_usage = usage;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QTableWidget *table = m_ui->historyTable;
    table->setRowCount(static_cast<int>(usage.addresses.size()));
    for (int row = 0; row < usage.addresses.size(); ++row) {
        const TokenUsage::Address &entry = usage.addresses.at(row);
        const QStringList cells{entry.address,
                                entry.userAgent.isEmpty() ? tr("(none sent)") : entry.userAgent,
                                when(entry.firstSeen, now), when(entry.lastSeen, now)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            table->setItem(row, column, item);
        }
    }
    if (table->rowCount() > 0 && !table->currentIndex().isValid())
        table->setCurrentCell(0, 0);
    m_ui->usageStatusLabel->setText(
        usage.addresses.isEmpty() ? tr("This token has not been used yet.") : QString());
    m_ui->usageStatusLabel->setVisible(usage.addresses.isEmpty());
    showFields(); // the user agent of the last use is known now
}

void TokenDetailsPane::showUsageProblem(const QString &message)
{
    m_ui->usageStatusLabel->setText(message);
    m_ui->usageStatusLabel->setVisible(true);
}
