#pragma once

#include "SqlResult.h"
#include "SqlValue.h"

struct sqlite3;
struct sqlite3_stmt;

// One statement prepared on a SqliteDatabase's connection, and its current run (SqlResult): a
// column is read straight from SQLite (text as a view of its UTF-8 bytes), so reading a row
// allocates nothing. The first step is taken by start(), so that the statement's failure
// surfaces where SqliteDatabase sorts it.
class SqliteStatement final : public SqlResult
{
public:
    // Takes ownership of statement.
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}
    ~SqliteStatement() override;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Binds values (copied) and takes the first step: SQLITE_ROW, SQLITE_DONE or the error code,
    // after which the statement is reset.
    int start(const SqlValue *values, int count);

    bool next() override;
    bool isNull(int column) const override;
    qint64 integer(int column) const override;
    QByteArrayView bytes(int column) const override;
    qint64 rowsAffected() const override { return m_changes; }
    void finish() override;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    bool m_rowPending = false; // start() has stepped onto a row that next() has not given yet
    bool m_done = true;
    qint64 m_changes = 0;
};
