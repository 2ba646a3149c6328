#include "PostgresStatement.h"

#include <QtEndian>

#include <libpq-fe.h>

PostgresStatement::~PostgresStatement()
{
    finish();
}

void PostgresStatement::start(pg_result *result)
{
    finish();
    m_result = result;
    m_rows = PQntuples(result);
    m_row = -1;
}

bool PostgresStatement::next()
{
    if (!m_result || m_row + 1 >= m_rows)
        return false;
    ++m_row;
    return true;
}

bool PostgresStatement::isNull(int column) const
{
    return PQgetisnull(m_result, m_row, column) != 0;
}

qint64 PostgresStatement::integer(int column) const
{
    // Binary form: big-endian, as wide as the column's type (BIGINT, INTEGER, SMALLINT, or a
    // boolean's one byte).
    const char *data = PQgetvalue(m_result, m_row, column);
    switch (PQgetlength(m_result, m_row, column)) {
    case 8:
        return qFromBigEndian<qint64>(data);
    case 4:
        return qFromBigEndian<qint32>(data);
    case 2:
        return qFromBigEndian<qint16>(data);
    case 1:
        return qint64(data[0]);
    default:
        return 0; // NULL
    }
}

QByteArrayView PostgresStatement::bytes(int column) const
{
    return {PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column)};
}

qint64 PostgresStatement::rowsAffected() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result)).toLongLong() : 0;
}

void PostgresStatement::finish()
{
    if (m_result)
        PQclear(m_result);
    m_result = nullptr;
    m_rows = 0;
    m_row = -1;
}
