#pragma once

#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

// A statement prepared on SQLite's own connection handle (the one Qt's driver opened), for the
// reads whose rows Qt SQL would slow down several times over: QSqlQuery::value() makes a
// QVariant, and a UTF-16 QString of each text column, for every column of every row. Here a
// column is read as a view of SQLite's UTF-8 bytes, valid until the next step() or reset().
// Used from the connection's thread only; reset() ends a run (the caller's scope guard), so
// that no read snapshot outlives it (see SqlCursor).
class SqliteStatement
{
public:
    // nullptr with *error set when SQLite refuses sql.
    static std::unique_ptr<SqliteStatement> prepare(sqlite3 *db, const QString &sql,
                                                    QString *error);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // index counts from 1, as SQLite's '?' do. Text is not copied: keep it alive for the run.
    void bind(int index, qint64 value);
    void bind(int index, QByteArrayView utf8);
    void bindBlob(int index, QByteArrayView bytes);
    // True when a row is ready; false at the end. Throws StoreError (Unavailable when the
    // database stayed busy or locked past the busy timeout).
    bool step();
    // Columns of the current row, counted from 0.
    qint64 integer(int column) const;
    std::optional<qint64> integerOrNull(int column) const;
    QByteArrayView text(int column) const;
    QByteArrayView blob(int column) const;
    bool isNull(int column) const;
    // Ends the run: the statement is ready for new bindings and holds no snapshot.
    void reset();

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
};
