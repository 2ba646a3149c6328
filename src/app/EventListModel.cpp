#include "EventListModel.h"

#include "AccountSession.h"
#include "ApiCall.h"
#include "ApiClient.h"
#include "TimeText.h"

#include <QDateTime>

EventListModel::EventListModel(AccountSession &session, TokenOwner owner, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_owner(std::move(owner))
{}

EventListModel::~EventListModel()
{
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->cancel();
    }
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const TokenEvent *EventListModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events.at(row) : nullptr;
}

QStringList EventListModel::actions()
{
    return {QStringLiteral("token.created"),
            QStringLiteral("token.rotated"),
            QStringLiteral("token.revoked"),
            QStringLiteral("token.expired"),
            QStringLiteral("token.used_from_new_address"),
            QStringLiteral("session.created"),
            QStringLiteral("session.revoked")};
}

QString EventListModel::actionText(const QString &action)
{
    if (action == QLatin1String("token.created"))
        return tr("Token created");
    if (action == QLatin1String("token.rotated"))
        return tr("Token rotated");
    if (action == QLatin1String("token.revoked"))
        return tr("Token revoked");
    if (action == QLatin1String("token.expired"))
        return tr("Token expired");
    if (action == QLatin1String("token.used_from_new_address"))
        return tr("Used from a new address");
    if (action == QLatin1String("session.created"))
        return tr("Signed in");
    if (action == QLatin1String("session.revoked"))
        return tr("Signed out");
    return action;
}

QString EventListModel::actorText(const TokenEvent &event)
{
    if (event.actor.type == QLatin1String("token"))
        return tr("the token itself (%1)")
            .arg(event.actor.name.isEmpty() ? event.actor.id : event.actor.name);
    return event.actor.name.isEmpty() ? event.actor.id : event.actor.name;
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    const TokenEvent *event = index.isValid() ? eventAt(index.row()) : nullptr;
    if (!event)
        return {};
    if (role == Qt::ToolTipRole && index.column() == TimeColumn)
        return TimeText::exact(event->at);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return role == Qt::AccessibleTextRole
                   ? TimeText::exact(event->at)
                   : TimeText::relative(event->at, QDateTime::currentDateTimeUtc());
    case ActionColumn:
        return actionText(event->action);
    case TokenColumn:
        return event->hasToken() ? event->tokenName : QString();
    case ActorColumn:
        return actorText(*event);
    case AddressColumn:
        return event->address;
    default:
        return {};
    }
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("When");
    case ActionColumn:
        return tr("What");
    case TokenColumn:
        return tr("Token");
    case ActorColumn:
        return tr("By");
    case AddressColumn:
        return tr("From address");
    default:
        return {};
    }
}

bool EventListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && hasMore() && !isLoading() && !m_failed;
}

void EventListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(m_nextPageToken);
}

void EventListModel::setFilter(const QString &action, const QString &tokenId)
{
    if (action == m_action && tokenId == m_tokenId && (m_loaded || isLoading()))
        return;
    m_action = action;
    m_tokenId = tokenId;
    reload();
}

void EventListModel::reload()
{
    beginResetModel();
    m_events.clear();
    m_nextPageToken.clear();
    m_loaded = false;
    endResetModel();
    request({});
}

void EventListModel::request(const QString &pageToken)
{
    const bool wasLoading = isLoading();
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->cancel(); // an answer for the old filter must not land in the new list
    }
    m_failed = false;
    ApiClient::EventQuery query;
    query.action = m_action;
    query.tokenId = m_tokenId;
    query.pageToken = pageToken;
    query.pageSize = m_pageSize;
    m_call = m_session.client().listEvents(
        m_owner, query, this,
        [this](const ApiClient::EventPage &page) {
            m_loaded = true;
            // A server that repeats a page would have the view ask for it forever.
            m_nextPageToken =
                page.nextPageToken == m_nextPageToken ? QString() : page.nextPageToken;
            if (page.events.isEmpty())
                return;
            const int first = static_cast<int>(m_events.size());
            beginInsertRows({}, first, first + static_cast<int>(page.events.size()) - 1);
            m_events.append(page.events);
            endInsertRows();
        },
        [this](const ApiError &error) {
            m_failed = true;
            Q_EMIT failed(tr("The activity could not be loaded: %1 Choose Refresh to try again.")
                              .arg(error.message));
        });
    connect(m_call, &ApiCall::finished, this, [this] {
        m_call.clear();
        Q_EMIT loadingChanged(false);
    });
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}
