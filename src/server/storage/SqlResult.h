#pragma once

#include <QByteArrayView>
#include <QtGlobal>

// The rows of one run of a prepared statement, as a backend gives them (SqliteStatement,
// PostgresStatement); read through SqlRows. Columns count from 0 and are read as the database
// holds them: no conversion to QVariant.
class SqlResult
{
public:
    virtual ~SqlResult() = default;

    virtual bool next() = 0;
    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    // Text (UTF-8) or bytes; empty for NULL. Valid until the next next() or finish().
    virtual QByteArrayView bytes(int column) const = 0;
    // Rows written by the statement (an INSERT, UPDATE or DELETE).
    virtual qint64 rowsAffected() const = 0;
    // Ends the run: SQLite leaves no read snapshot open, PostgreSQL frees the result.
    virtual void finish() = 0;
};
