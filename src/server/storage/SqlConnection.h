#pragma once

#include "DatabaseLocation.h"
#include "SqlCursor.h"
#include "SqlDialect.h"
#include "SqlStatementCache.h"
#include "SqliteStatement.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <QHash>

#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;
class QSqlError;

// One connection to the server's database (SQLite or PostgreSQL), used from the thread that
// opened it. Runs statements, write transactions and the per-connection setup, and survives a
// database that goes away: a statement that finds the connection lost fails with StoreError
// Unavailable, and the next statement reopens the connection first (a read outside a
// transaction is repeated at once on the new connection). exec() prepares its statement anew;
// query() keeps the statement prepared for the next run on this connection (SqlStatementCache),
// and the cache is dropped whenever the connection is closed or reopened, so nothing prepared on
// a dead connection is reused. Failures throw StoreError; no message carries the database
// password.
class SqlConnection
{
public:
    // SQLite: wait this long for another process's write lock before a statement fails.
    static constexpr int BusyTimeoutMs = 5000;
    // PostgreSQL: give up connecting, and cancel a statement, after this long. Together well
    // inside a request's 30 s.
    static constexpr int ConnectTimeoutSeconds = 5;
    static constexpr int StatementTimeoutMs = 10000;

    SqlConnection();
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    // Opens the database and prepares the connection (SQLite: private files, WAL,
    // synchronous=FULL, foreign keys). False with *error set, never holding the password.
    bool open(const DatabaseLocation &location, QString *error);
    // SQLite: checkpoints the WAL into the database file. Then closes the connection.
    void close();

    const SqlDialect &dialect() const { return m_dialect; }
    const DatabaseLocation &location() const { return m_location; }

    QSqlQuery exec(const QString &sql, const QVariantList &values = {});
    // exec() for the hot statements: sql (one fixed text per statement, values bound to its
    // '?') is prepared once per connection and reused; forward-only. The cursor finishes the
    // run when it goes out of scope.
    SqlCursor query(const QString &sql, const QVariantList &values = {});
    // SQLite only (nullptr on PostgreSQL): sql prepared once on this connection's own SQLite
    // handle, for the reads whose rows are too many for Qt SQL's per-column cost (listings).
    // Dropped with the other prepared statements when the connection is closed.
    SqliteStatement *sqliteStatement(const QString &sql);
    // exec(), but a unique violation whose message names one of constraintNames (an index, or
    // a column of it as SQLite reports them) gives nullopt instead of throwing.
    std::optional<QSqlQuery> execUnlessUnique(const QString &sql, const QVariantList &values,
                                              const QStringList &constraintNames);
    // Statements separated by ';' (QSqlQuery runs one at a time).
    void execScript(const QString &script);
    // Runs work in one write transaction; commits when it returns true, else rolls back (also
    // when it throws).
    bool transaction(const std::function<bool()> &work);

private:
    QSqlDatabase database() const;
    // Reopens a lost connection; throws Unavailable while the database cannot be reached.
    void ensureOpen();
    void configure();
    std::optional<QSqlError> run(QSqlQuery *query, const QString &sql, const QVariantList &values);
    bool prepareAndExec(QSqlQuery *query, const QString &sql, const QVariantList &values);
    // Runs attempt (once more on a new connection when the first finds the connection lost and
    // sql is repeatable outside a transaction).
    template <typename Attempt>
    std::optional<QSqlError> withReconnect(const QString &sql, const Attempt &attempt);
    std::optional<QSqlError> execCached(std::shared_ptr<QSqlQuery> *statement, const QString &sql,
                                        const QVariantList &values);
    [[noreturn]] void raise(const QSqlError &error) const;

    QString m_name;
    DatabaseLocation m_location;
    SqlDialect m_dialect;
    SqlStatementCache m_statements;
    QHash<QString, std::shared_ptr<SqliteStatement>> m_sqliteStatements;
    bool m_lost = false;
    int m_transactionDepth = 0;
};
