#pragma once

#include "DemoItemRecord.h"
#include "TokenOwner.h"

#include <QList>
#include <QString>

class Database;

// The demo resource's rows.
class DemoItemTable
{
public:
    explicit DemoItemTable(Database &db) : m_db(db) {}

    // The owner's items, oldest first.
    QList<DemoItemRecord> itemsOf(TokenOwner::Type type, const QString &ownerId);
    void insert(TokenOwner::Type type, const QString &ownerId, const DemoItemRecord &item);

private:
    Database &m_db;
};
