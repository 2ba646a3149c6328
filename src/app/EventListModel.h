#pragma once

#include "TokenEvent.h"
#include "TokenOwner.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QStringList>

class AccountSession;
class ApiCall;

// One owner's activity log (the user's own, or a team's for its admins) as a table, newest
// pages as the server sends them. Paged in as the view asks for more (canFetchMore/fetchMore,
// i.e. when the user scrolls to the end); the filter by action and token is the server's.
class EventListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        ActionColumn,
        TokenColumn,
        ActorColumn,
        AddressColumn,
        ColumnCount
    };
    static constexpr int DefaultPageSize = 50;

    EventListModel(AccountSession &session, TokenOwner owner, QObject *parent = nullptr);
    ~EventListModel() override;
    Q_DISABLE_COPY(EventListModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const TokenOwner &owner() const { return m_owner; }
    // Empty strings: no filter. Starts again from the first page.
    void setFilter(const QString &action, const QString &tokenId);
    QString actionFilter() const { return m_action; }
    QString tokenFilter() const { return m_tokenId; }
    void setPageSize(int size) { m_pageSize = size; }
    // Drops what was loaded and loads the first page.
    void reload();
    bool isLoading() const { return !m_call.isNull(); }
    // The first page arrived (an empty log is known to be empty).
    bool isLoaded() const { return m_loaded; }
    bool hasMore() const { return !m_nextPageToken.isEmpty(); }
    const TokenEvent *eventAt(int row) const;

    // The actions the server logs, in the order a filter offers them.
    static QStringList actions();
    // Human wording of an action ("Rotated"); an unknown one is shown as it is.
    static QString actionText(const QString &action);
    static QString actorText(const TokenEvent &event);

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A page could not be loaded; message is ready to show and says what to do.
    void failed(const QString &message);

private:
    void request(const QString &pageToken);

    AccountSession &m_session;
    TokenOwner m_owner;
    QList<TokenEvent> m_events;
    QString m_action;
    QString m_tokenId;
    QString m_nextPageToken;
    int m_pageSize = DefaultPageSize;
    bool m_loaded = false;
    bool m_failed = false; // the last page failed: the view must not retry by itself
    QPointer<ApiCall> m_call;
};
