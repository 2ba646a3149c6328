#pragma once

#include "EventRecord.h"

#include <QList>
#include <QString>

class Database;

// The activity log's rows (append-only).
class EventTable
{
public:
    explicit EventTable(Database &db) : m_db(db) {}

    // Inside a transaction, so that a batch costs one commit.
    void insert(const QList<EventRecord> &events);
    // Up to limit events of the owner with seq < beforeSeq (0: from the newest), newest first;
    // action and tokenId filter when not empty.
    QList<EventRecord> eventsOf(TokenOwner::Type type, const QString &ownerId, qint64 beforeSeq,
                                const QString &action, const QString &tokenId, int limit);

private:
    Database &m_db;
};
