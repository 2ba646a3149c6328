#include "ActivityPage.h"
#include "ui_ActivityPage.h"

#include "ComboValue.h"
#include "EventListModel.h"
#include "ItemViewFocus.h"
#include "StatusStyle.h"
#include "TokenListModel.h"

#include <QHeaderView>
#include <QScrollBar>

ActivityPage::ActivityPage(AccountSession &session, const TokenOwner &owner, TokenListModel &tokens,
                           QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ActivityPage>()),
      m_model(new EventListModel(session, owner, this)), m_tokens(tokens)
{
    m_ui->setupUi(this);
    StatusStyle::apply(m_ui->errorBanner, StatusColors::Tone::Error);
    m_ui->titleLabel->setText(owner.isTeam() ? tr("Team %1: activity").arg(owner.name)
                                             : tr("Your activity"));
    m_ui->tableView->setModel(m_model);
    ItemViewFocus::install(m_ui->tableView);
    m_ui->tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_ui->actionCombo->addItem(tr("All actions"), QString());
    for (const QString &action : EventListModel::actions())
        m_ui->actionCombo->addItem(EventListModel::actionText(action), action);
    ComboValue::track(m_ui->actionCombo);
    ComboValue::track(m_ui->tokenCombo);
    fillTokenFilter();

    connect(m_ui->actionCombo, &QComboBox::currentIndexChanged, this, &ActivityPage::applyFilter);
    connect(m_ui->tokenCombo, &QComboBox::currentIndexChanged, this, &ActivityPage::applyFilter);
    connect(&m_tokens, &QAbstractItemModel::modelReset, this, &ActivityPage::fillTokenFilter);
    connect(&m_tokens, &QAbstractItemModel::rowsInserted, this, &ActivityPage::fillTokenFilter);
    connect(&m_tokens, &QAbstractItemModel::rowsRemoved, this, &ActivityPage::fillTokenFilter);
    connect(m_model, &EventListModel::loadingChanged, m_ui->busyBar, &QWidget::setVisible);
    connect(m_model, &EventListModel::loadingChanged, this, &ActivityPage::updateState);
    connect(m_model, &EventListModel::failed, this, &ActivityPage::showBanner);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ActivityPage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityPage::updateState);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ActivityPage::reload);
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        // A failed first page starts over; a failed later page is asked for again.
        if (m_model->isLoaded())
            m_model->fetchMore({});
        else
            reload();
        showBanner({});
    });
    m_ui->refreshButton->setShortcut(QKeySequence::Refresh);
    m_ui->refreshButton->setToolTip(tr("Load the newest events again (F5)"));
    updateState();
}

ActivityPage::~ActivityPage() = default;

TokenOwner ActivityPage::owner() const
{
    return m_model->owner();
}

void ActivityPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureLoaded();
}

void ActivityPage::ensureLoaded()
{
    if (!m_model->isLoaded() && !m_model->isLoading())
        reload();
}

void ActivityPage::reload()
{
    showBanner({});
    m_model->reload();
}

void ActivityPage::fillTokenFilter()
{
    // Keeps the chosen token if it still exists; events of deleted tokens stay in "All tokens".
    const QString current = m_ui->tokenCombo->currentData().toString();
    const QSignalBlocker blocker(m_ui->tokenCombo);
    m_ui->tokenCombo->clear();
    m_ui->tokenCombo->addItem(tr("All tokens"), QString());
    const QList<Token> tokens = m_tokens.tokens();
    for (const Token &token : tokens)
        m_ui->tokenCombo->addItem(token.name, token.id);
    const int index = m_ui->tokenCombo->findData(current);
    m_ui->tokenCombo->setCurrentIndex(index >= 0 ? index : 0);
    if (index < 0 && !current.isEmpty())
        applyFilter(); // the filtered token is gone
}

void ActivityPage::applyFilter()
{
    showBanner({});
    m_model->setFilter(m_ui->actionCombo->currentData().toString(),
                       m_ui->tokenCombo->currentData().toString());
}

void ActivityPage::showBanner(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorBanner->setVisible(!message.isEmpty());
}

void ActivityPage::updateState()
{
    const int count = m_model->rowCount();
    const bool filtered = !m_model->actionFilter().isEmpty() || !m_model->tokenFilter().isEmpty();
    if (count == 0) {
        m_ui->emptyLabel->setText(
            !m_model->isLoaded()
                ? (m_model->isLoading() ? tr("Loading the activity…")
                                        : tr("The activity could not be loaded. See the message "
                                             "above, then choose Retry."))
            : filtered ? tr("No events match the filter. Choose \"All actions\" and \"All "
                            "tokens\" to see everything.")
                       : tr("Nothing has happened yet. Creating, rotating and revoking tokens, "
                            "and signing in, are listed here."));
        m_ui->contentStack->setCurrentWidget(m_ui->emptyLabel);
    } else {
        m_ui->contentStack->setCurrentWidget(m_ui->tableView);
    }
    m_ui->countLabel->setText(
        m_model->hasMore()
            ? tr("%n event(s) shown. Scroll to the end of the table to load more.", nullptr, count)
            : tr("%n event(s).", nullptr, count));
}
