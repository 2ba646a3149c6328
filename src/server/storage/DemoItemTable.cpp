#include "DemoItemTable.h"

#include "Database.h"

namespace {
const SqlStatement DemoItems{Sql::DemoItems,
                             "SELECT id, name, created_at FROM demo_items WHERE owner_type = ? "
                             "AND owner_id = ? ORDER BY seq"};
const SqlStatement InsertDemoItem{
    Sql::InsertDemoItem,
    "INSERT INTO demo_items (id, owner_type, owner_id, name, created_at) VALUES (?, ?, ?, ?, ?)"};
} // namespace

QList<DemoItemRecord> DemoItemTable::itemsOf(TokenOwner::Type type, const QString &ownerId)
{
    SqlRows rows = m_db.run(DemoItems, {TokenOwner::typeName(type), ownerId});
    QList<DemoItemRecord> items;
    while (rows.next())
        items.append({rows.string(0), rows.string(1), rows.time(2)});
    return items;
}

void DemoItemTable::insert(TokenOwner::Type type, const QString &ownerId,
                           const DemoItemRecord &item)
{
    m_db.run(InsertDemoItem, {item.id, TokenOwner::typeName(type), ownerId, item.name,
                              item.createdAt.toSecsSinceEpoch()});
}
