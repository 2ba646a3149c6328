#pragma once

#include "Database.h"
#include "PostgresStatement.h"

#include <array>
#include <memory>

struct pg_conn;
struct pg_result;

// Database on a PostgreSQL server through libpq: statements prepared once per connection (the
// SQL's '?' numbered $1, $2, … here), values sent and rows received in binary form where that
// saves a conversion. No request may hang on it: connecting, statements and lock waits are
// bounded, and a peer that stops answering is noticed (keepalives, unacknowledged data).
// Survives a server that goes away: a statement that finds the connection lost throws
// Unavailable, the next statement reconnects first (and prepares its statements anew), and a
// read outside a transaction is repeated at once on the new connection.
class PostgresDatabase final : public Database
{
public:
    // Give up connecting, and cancel a statement, after this long. Together well inside a
    // request's 30 s.
    static constexpr int ConnectTimeoutSeconds = 5;
    static constexpr int StatementTimeoutMs = 10000;

    static std::unique_ptr<PostgresDatabase> open(const DatabaseLocation &location, QString *error);
    ~PostgresDatabase() override;

    Backend backend() const override { return Backend::Postgres; }
    void close() override;
    void runScript(const QString &sqliteDdl) override;
    void lockSchema() override;

protected:
    SqlResult &execute(const SqlStatement &statement, const SqlValue *values, int count) override;
    void begin(Durability durability) override;
    void end(bool commit, Durability durability) override;
    void abandon(Durability durability) noexcept override;

private:
    explicit PostgresDatabase(const DatabaseLocation &location) : m_location(location) {}

    // A new connection; false with *error set (redacted).
    bool connect(QString *error);
    // Reconnects a lost connection; throws Unavailable while the server cannot be reached.
    void ensureOpen();
    // Runs attempt, and once more on a new connection when the first finds the connection lost
    // and repeatable is true (it wrote nothing). Returns a successful result or throws.
    template <typename Attempt> pg_result *withReconnect(bool repeatable, const Attempt &attempt);
    pg_result *prepareAndRun(PostgresStatement &slot, const SqlStatement &statement,
                             const SqlValue *values, int count);
    // A statement of the backend's own (transaction control, DDL), not prepared.
    void command(const char *sql, bool repeatable);
    // The failure of result (nullptr: the client's own), its message redacted.
    [[noreturn]] void raise(pg_result *result);

    DatabaseLocation m_location;
    pg_conn *m_connection = nullptr;
    bool m_lost = false;
    int m_connections = 0; // connections made: names prepared statements uniquely
    std::array<PostgresStatement, size_t(Sql::Count)> m_statements;
};
