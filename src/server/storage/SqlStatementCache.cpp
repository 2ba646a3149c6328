#include "SqlStatementCache.h"

#include <QSqlDatabase>
#include <QSqlQuery>

SqlStatementCache::SqlStatementCache() = default;

SqlStatementCache::~SqlStatementCache() = default;

std::shared_ptr<QSqlQuery> SqlStatementCache::statement(const QSqlDatabase &database,
                                                        const QString &sql, QSqlError *error)
{
    const auto found = m_statements.constFind(sql);
    if (found != m_statements.cend())
        return *found;
    auto prepared = std::make_shared<QSqlQuery>(database);
    // Rows are read once, in order: no client-side copy of the whole result.
    prepared->setForwardOnly(true);
    if (!prepared->prepare(sql)) {
        *error = prepared->lastError();
        return nullptr;
    }
    m_statements.insert(sql, prepared);
    return prepared;
}

void SqlStatementCache::clear()
{
    m_statements.clear();
}
