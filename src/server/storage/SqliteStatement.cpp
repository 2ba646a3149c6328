#include "SqliteStatement.h"

#include "SqliteDatabase.h"

#include <sqlite3.h>

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

int SqliteStatement::start(const SqlValue *values, int count)
{
    sqlite3_reset(m_statement); // a run still open (its SqlRows not yet gone) ends here
    for (int i = 0; i < count; ++i) {
        const SqlValue &value = values[i];
        const int index = i + 1;
        switch (value.type()) {
        case SqlValue::Type::Null:
            sqlite3_bind_null(m_statement, index);
            break;
        case SqlValue::Type::Integer:
            sqlite3_bind_int64(m_statement, index, value.integer());
            break;
        case SqlValue::Type::Text:
            sqlite3_bind_text16(m_statement, index, value.text().utf16(),
                                int(value.text().size() * 2), SQLITE_TRANSIENT);
            break;
        case SqlValue::Type::Utf8:
            sqlite3_bind_text(m_statement, index, value.bytes().data(), int(value.bytes().size()),
                              SQLITE_TRANSIENT);
            break;
        case SqlValue::Type::Blob:
            sqlite3_bind_blob(m_statement, index, value.bytes().data(), int(value.bytes().size()),
                              SQLITE_TRANSIENT);
            break;
        }
    }
    const int result = sqlite3_step(m_statement);
    m_rowPending = result == SQLITE_ROW;
    m_done = result != SQLITE_ROW;
    m_changes = result == SQLITE_DONE ? sqlite3_changes64(m_db) : 0;
    return result;
}

bool SqliteStatement::next()
{
    if (m_rowPending) {
        m_rowPending = false;
        return true;
    }
    if (m_done)
        return false;
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    m_done = true;
    if (result == SQLITE_DONE) {
        m_changes = sqlite3_changes64(m_db);
        return false;
    }
    const QByteArray message(sqlite3_errmsg(m_db));
    finish();
    SqliteDatabase::raise(m_db, result, message);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView SqliteStatement::bytes(int column) const
{
    // The value first, then its length (SQLite's documented order). A blob column read as text
    // would be converted; the texts and blobs here are read as what they are stored as.
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return {data, sqlite3_column_bytes(m_statement, column)};
}

void SqliteStatement::finish()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_rowPending = false;
    m_done = true;
}
