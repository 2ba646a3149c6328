#include "Database.h"

#include "PostgresDatabase.h"
#include "SqlError.h"
#include "SqliteDatabase.h"

std::unique_ptr<Database> Database::open(const DatabaseLocation &location, QString *error)
{
    if (location.backend() == Backend::Postgres)
        return PostgresDatabase::open(location, error);
    return SqliteDatabase::open(location, error);
}

std::optional<SqlRows> Database::runUnlessTaken(const SqlStatement &statement,
                                                const char *uniqueIndex,
                                                std::initializer_list<SqlValue> values)
{
    try {
        return run(statement, values);
    } catch (const SqlError &e) {
        if (e.failure() == SqlError::Failure::UniqueViolation &&
            e.violatedIndex() == QLatin1String(uniqueIndex))
            return std::nullopt;
        throw;
    }
}

bool Database::transaction(const std::function<bool()> &work, Durability durability)
{
    begin(durability);
    ++m_transactionDepth;
    try {
        const bool done = work();
        --m_transactionDepth;
        end(done, durability);
        return done;
    } catch (...) {
        m_transactionDepth = 0;
        abandon(durability);
        throw;
    }
}
