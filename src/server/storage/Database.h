#pragma once

#include "DatabaseLocation.h"
#include "SqlRows.h"
#include "SqlStatement.h"
#include "SqlValue.h"

#include <QString>

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>

// The server's one way to its database: named statements in, rows out, and write transactions.
// One subclass per backend (SqliteDatabase, PostgresDatabase), chosen once by open(); the table
// classes are written once over this. A backend prepares each statement once per connection,
// sorts its failures (SqlError) and, where a connection can be lost, reconnects: a statement
// that finds the connection lost throws Unavailable and the next one reopens it first. Used from
// the thread that opened it. No message carries the database password.
class Database
{
public:
    using Backend = DatabaseLocation::Backend;
    // How a write transaction reaches the disk. Relaxed: a crash may lose the last commits but
    // never breaks the database; for rows whose loss costs nothing (failed sign-ins).
    enum class Durability
    {
        Full,
        Relaxed
    };

    // The backend for location, connected and set up. nullptr with *error set (never holding the
    // password) when that fails.
    static std::unique_ptr<Database> open(const DatabaseLocation &location, QString *error);
    virtual ~Database() = default;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    virtual Backend backend() const = 0;
    // SQLite: checkpoints the WAL into the database file. Then closes the connection; statements
    // after it throw.
    virtual void close() = 0;

    // Runs statement with values bound to its '?' in order. Throws SqlError.
    SqlRows run(const SqlStatement &statement, std::initializer_list<SqlValue> values = {})
    {
        return SqlRows(execute(statement, values.begin(), int(values.size())));
    }
    // run(), but nullopt (nothing written) when the row would break the unique index named
    // uniqueIndex.
    std::optional<SqlRows> runUnlessTaken(const SqlStatement &statement, const char *uniqueIndex,
                                          std::initializer_list<SqlValue> values);
    // Runs work in one write transaction, which takes the write lock up front: commits when it
    // returns true, else rolls back (also when it throws).
    bool transaction(const std::function<bool()> &work, Durability durability = Durability::Full);

    // For migrations: DDL statements separated by ';', written in SQLite's types (INTEGER, BLOB,
    // INTEGER PRIMARY KEY AUTOINCREMENT) and run in this backend's.
    virtual void runScript(const QString &sqliteDdl) = 0;
    // Inside a write transaction: serialises schema migrations between processes (SQLite's
    // write lock already does).
    virtual void lockSchema() = 0;

protected:
    Database() = default;

    bool inTransaction() const { return m_transactionDepth > 0; }
    // Runs statement; its rows stay in the returned result until SqlRows finishes it.
    virtual SqlResult &execute(const SqlStatement &statement, const SqlValue *values,
                               int count) = 0;
    virtual void begin(Durability durability) = 0;
    virtual void end(bool commit, Durability durability) = 0;
    // After work threw: rolls back what can be rolled back, throws nothing.
    virtual void abandon(Durability durability) noexcept = 0;

private:
    int m_transactionDepth = 0;
};
