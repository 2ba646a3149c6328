#pragma once

#include "SqlResult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <optional>

// The rows of one run of a statement (Database::run). Ends the run when it goes out of scope,
// so that it holds no read snapshot (SQLite WAL: that would hide other instances' writes from
// this connection and block a later COMMIT) once the caller is done; the statement stays
// prepared for the next run. Read it before running the same statement again.
class SqlRows
{
public:
    explicit SqlRows(SqlResult &result) : m_result(&result) {}
    ~SqlRows()
    {
        if (m_result)
            m_result->finish();
    }
    SqlRows(SqlRows &&other) noexcept : m_result(other.m_result) { other.m_result = nullptr; }
    SqlRows(const SqlRows &) = delete;
    SqlRows &operator=(const SqlRows &) = delete;
    SqlRows &operator=(SqlRows &&) = delete;

    bool next() { return m_result->next(); }
    bool isNull(int column) const { return m_result->isNull(column); }
    qint64 integer(int column) const { return m_result->integer(column); }
    std::optional<qint64> integerOrNull(int column) const
    {
        if (isNull(column))
            return std::nullopt;
        return integer(column);
    }
    // A view of the text's UTF-8 bytes, valid until the next next().
    QByteArrayView text(int column) const { return m_result->bytes(column); }
    QString string(int column) const { return QString::fromUtf8(m_result->bytes(column)); }
    QByteArray blob(int column) const
    {
        if (isNull(column))
            return QByteArray();
        return m_result->bytes(column).toByteArray();
    }
    // Seconds since the epoch as UTC; invalid for NULL.
    QDateTime time(int column) const
    {
        if (isNull(column))
            return QDateTime();
        return QDateTime::fromSecsSinceEpoch(integer(column), Qt::UTC);
    }
    qint64 rowsAffected() const { return m_result->rowsAffected(); }

private:
    SqlResult *m_result;
};
