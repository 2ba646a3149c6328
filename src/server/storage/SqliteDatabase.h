#pragma once

#include "Database.h"
#include "SqliteStatement.h"

#include <QByteArray>

#include <array>
#include <memory>

struct sqlite3;

// Database on a SQLite file, opened by the server itself through libsqlite3: private files
// (DatabaseFiles), WAL and synchronous=FULL required, foreign keys on, a 5 s wait for another
// process's write lock (past it, a statement fails Busy). A file does not go away, so there is
// no reconnecting here.
class SqliteDatabase final : public Database
{
public:
    // Wait this long for another process's write lock before a statement fails.
    static constexpr int BusyTimeoutMs = 5000;

    static std::unique_ptr<SqliteDatabase> open(const DatabaseLocation &location, QString *error);
    ~SqliteDatabase() override;

    Backend backend() const override { return Backend::Sqlite; }
    void close() override;
    void runScript(const QString &sqliteDdl) override;
    void lockSchema() override {} // BEGIN IMMEDIATE holds the write lock

    // Throws the SqlError for result, the code a call on db returned with message: every SQLite
    // failure is sorted here.
    [[noreturn]] static void raise(sqlite3 *db, int result, const QByteArray &message);

protected:
    SqlResult &execute(const SqlStatement &statement, const SqlValue *values, int count) override;
    void begin(Durability durability) override;
    void end(bool commit, Durability durability) override;
    void abandon(Durability durability) noexcept override;

private:
    explicit SqliteDatabase(sqlite3 *db) : m_db(db) {}

    // For a unique violation: the index SQLite names only by its columns.
    static QString uniqueIndexOf(sqlite3 *db, const QByteArray &message);

    // WAL, synchronous=FULL, foreign keys.
    void configure();
    // A statement of the backend's own (pragmas, transaction control), run to its end.
    void command(const char *sql);
    // The first column of the first row of sql.
    QByteArray value(const char *sql);
    [[noreturn]] void raise(int result, const QByteArray &message) { raise(m_db, result, message); }

    sqlite3 *m_db;
    std::array<std::unique_ptr<SqliteStatement>, size_t(Sql::Count)> m_statements;
};
