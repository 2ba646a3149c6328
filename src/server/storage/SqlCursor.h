#pragma once

#include <QSqlQuery>
#include <QVariant>

#include <memory>

// The rows of one run of a cached statement (SqlConnection::query). Finishes the statement when
// it goes out of scope, so that it holds no read snapshot (SQLite WAL: that would hide other
// instances' writes from this connection and block a later COMMIT) and no half-read result
// (PostgreSQL) once the caller is done; the statement itself stays prepared for the next run.
// Read it before running another statement on the same connection.
class SqlCursor
{
public:
    explicit SqlCursor(std::shared_ptr<QSqlQuery> query) : m_query(std::move(query)) {}
    ~SqlCursor()
    {
        if (m_query)
            m_query->finish();
    }
    SqlCursor(SqlCursor &&other) noexcept = default;
    SqlCursor(const SqlCursor &) = delete;
    SqlCursor &operator=(const SqlCursor &) = delete;
    SqlCursor &operator=(SqlCursor &&) = delete;

    bool next() { return m_query->next(); }
    QVariant value(int index) const { return m_query->value(index); }
    bool isNull(int index) const { return m_query->isNull(index); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }

private:
    std::shared_ptr<QSqlQuery> m_query;
};
