#pragma once

#include "SqlResult.h"

#include <QByteArray>

struct pg_result;

// One statement's slot on a PostgresDatabase's connection: whether it is prepared there, and its
// current run's result (SqlResult), fetched whole in binary form: a column is read as the bytes
// the server sent (integers in network order, text as UTF-8), so reading a row allocates nothing.
class PostgresStatement final : public SqlResult
{
public:
    PostgresStatement() = default;
    ~PostgresStatement() override;
    PostgresStatement(const PostgresStatement &) = delete;
    PostgresStatement &operator=(const PostgresStatement &) = delete;

    // The name it is prepared under; empty until then (and again after a reconnect).
    const QByteArray &preparedName() const { return m_name; }
    void setPrepared(QByteArray name) { m_name = std::move(name); }
    // Takes ownership of result, a successful run's.
    void start(pg_result *result);

    bool next() override;
    bool isNull(int column) const override;
    qint64 integer(int column) const override;
    QByteArrayView bytes(int column) const override;
    qint64 rowsAffected() const override;
    void finish() override;

private:
    QByteArray m_name;
    pg_result *m_result = nullptr;
    int m_rows = 0;
    int m_row = -1;
};
