#pragma once

#include <QHash>
#include <QSqlError>
#include <QString>

#include <memory>

class QSqlDatabase;
class QSqlQuery;

// The statements one connection has prepared, keyed by their SQL text, so that a hot statement
// is parsed (SQLite) or PREPAREd (PostgreSQL) once per connection instead of once per request.
// Each is forward-only. A prepared statement belongs to the connection that prepared it: clear()
// before that connection is closed or reopened, so that nothing prepared on a dead connection is
// reused (a cursor still holding one keeps it alive, but only until it goes out of scope).
class SqlStatementCache
{
public:
    SqlStatementCache();
    ~SqlStatementCache();
    SqlStatementCache(const SqlStatementCache &) = delete;
    SqlStatementCache &operator=(const SqlStatementCache &) = delete;

    // The cached statement for sql, prepared on database first if there is none; nullptr with
    // *error set when the database refuses it (a failed preparation is not kept).
    std::shared_ptr<QSqlQuery> statement(const QSqlDatabase &database, const QString &sql,
                                         QSqlError *error);
    void clear();
    qsizetype size() const { return m_statements.size(); }

private:
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};
