#include "SqlConnection.h"

#include "DatabaseFiles.h"
#include "StoreError.h"

#include <QAtomicInt>
#include <QDeadlineTimer>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <sqlite3.h>

#include <cstdio>
#include <mutex>

namespace {
// Safe to repeat on a new connection when the old one turned out to be gone: it wrote nothing.
bool repeatable(const QString &sql)
{
    const QString start = sql.trimmed().left(6).toUpper();
    return start == QLatin1String("SELECT") || start == QLatin1String("BEGIN ") ||
           sql.trimmed().compare(QLatin1String("BEGIN"), Qt::CaseInsensitive) == 0;
}
} // namespace

SqlConnection::SqlConnection()
{
    static QAtomicInt counter;
    m_name = QStringLiteral("tokendesk-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

SqlConnection::~SqlConnection()
{
    close();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase SqlConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

namespace {
// Process-wide SQLite settings, made once before the first connection opens (sqlite3_config
// refuses them later). Memory statistics off: SQLite would otherwise take a global mutex on
// every allocation, and a token lookup makes dozens of them. More lookaside slots per
// connection: the per-statement allocations of the hot lookups come from there instead of
// malloc.
void configureSqliteOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        sqlite3_config(SQLITE_CONFIG_LOOKASIDE, 1200, 500);
    });
}
} // namespace

bool SqlConnection::open(const DatabaseLocation &location, QString *error)
{
    m_location = location;
    m_dialect = SqlDialect(location.backend());
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_name);
    if (!db.isValid()) {
        *error = QStringLiteral("the Qt %1 driver is not installed (package %2)")
                     .arg(m_dialect.driverName(), m_dialect.driverPackage());
        return false;
    }
    if (m_dialect.isSqlite()) {
        configureSqliteOnce();
        if (!DatabaseFiles::makePrivate(location.path(), error))
            return false;
        db.setDatabaseName(location.path());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    } else {
        db.setHostName(location.host());
        db.setPort(location.port());
        db.setUserName(location.user());
        db.setPassword(location.password());
        db.setDatabaseName(location.databaseName());
        // No request may hang on the database: bounded connecting, statements, lock waits, and
        // a peer that stops answering (keepalives, unacknowledged data).
        QStringList options{QStringLiteral("connect_timeout=%1").arg(ConnectTimeoutSeconds),
                            QStringLiteral("options='-c statement_timeout=%1 -c lock_timeout=%1'")
                                .arg(StatementTimeoutMs),
                            QStringLiteral("keepalives=1"),
                            QStringLiteral("keepalives_idle=5"),
                            QStringLiteral("keepalives_interval=2"),
                            QStringLiteral("keepalives_count=3"),
                            QStringLiteral("tcp_user_timeout=%1").arg(StatementTimeoutMs),
                            QStringLiteral("application_name=tokendesk-server")};
        if (!location.sslMode().isEmpty())
            options << QStringLiteral("sslmode=%1").arg(location.sslMode());
        db.setConnectOptions(options.join(QLatin1Char(';')));
    }
    if (!db.open()) {
        *error = m_location.redact(QStringLiteral("cannot open database %1: %2")
                                       .arg(location.display(), db.lastError().text().trimmed()));
        return false;
    }
    // Servers starting at once on a new SQLite file race for the lock that switching it to WAL
    // takes, and SQLite reports that race at once instead of waiting (waiting could deadlock):
    // try again for as long as a statement would wait. Only at start, before anything is served.
    QDeadlineTimer deadline(BusyTimeoutMs);
    for (;;) {
        try {
            configure();
            return true;
        } catch (const StoreError &e) {
            if (!e.unavailable() || !m_dialect.isSqlite() || deadline.hasExpired()) {
                *error = QStringLiteral("cannot prepare database %1: %2")
                             .arg(location.display(), QString::fromUtf8(e.what()));
                return false;
            }
            QThread::msleep(20);
        }
    }
}

void SqlConnection::configure()
{
    if (!m_dialect.isSqlite())
        return; // everything PostgreSQL needs is in the connect options
    // An acknowledged write must survive a crash or power loss: WAL, and fsync on commit.
    QSqlQuery mode = exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    const QString journal = mode.next() ? mode.value(0).toString().toLower() : QString();
    mode.finish(); // an unfinished statement would block a later COMMIT
    if (journal != QLatin1String("wal"))
        throw StoreError(QStringLiteral("SQLite did not switch to WAL mode (journal_mode is "
                                        "\"%1\"); put the database on a local file system")
                             .arg(journal)
                             .toStdString());
    exec(QStringLiteral("PRAGMA synchronous=FULL"));
    QSqlQuery sync = exec(QStringLiteral("PRAGMA synchronous"));
    const bool full = sync.next() && sync.value(0).toInt() == 2;
    sync.finish();
    if (!full)
        throw StoreError("SQLite did not accept synchronous=FULL");
    exec(QStringLiteral("PRAGMA foreign_keys=ON"));
}

void SqlConnection::close()
{
    m_statements.clear();
    m_sqliteStatements.clear(); // finalized before the handle closes
    QSqlDatabase db = database();
    if (!db.isOpen())
        return;
    if (m_dialect.isSqlite()) {
        // Fold the WAL back into the database file, so a stopped server leaves one complete file.
        try {
            // Another process on the file may hold it busy; shutdown must stay well inside 5 s.
            exec(QStringLiteral("PRAGMA busy_timeout = 1000"));
            QSqlQuery checkpoint = exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            checkpoint.finish();
        } catch (const StoreError &e) {
            std::fprintf(stderr, "tokendesk-server: WAL checkpoint failed: %s\n", e.what());
        }
    }
    db.close();
}

void SqlConnection::ensureOpen()
{
    if (!m_lost)
        return;
    // Statements prepared on the lost connection do not exist on the new one.
    m_statements.clear();
    m_sqliteStatements.clear();
    QSqlDatabase db = database();
    db.close();
    if (!db.open())
        throw StoreError(
            m_location
                .redact(QStringLiteral("cannot reconnect to %1: %2")
                            .arg(m_location.display(), db.lastError().text().trimmed()))
                .toStdString(),
            StoreError::Kind::Unavailable);
    m_lost = false;
    std::fprintf(stderr, "tokendesk-server: reconnected to the database\n");
    try {
        configure();
    } catch (...) {
        m_lost = true;
        throw;
    }
}

bool SqlConnection::prepareAndExec(QSqlQuery *query, const QString &sql, const QVariantList &values)
{
    *query = QSqlQuery(database());
    // PostgreSQL prepares only queries and DML (not BEGIN, COMMIT or DDL); those take no values.
    if (values.isEmpty())
        return query->exec(sql);
    if (!query->prepare(sql))
        return false;
    for (const QVariant &value : values)
        query->addBindValue(value);
    return query->exec();
}

template <typename Attempt>
std::optional<QSqlError> SqlConnection::withReconnect(const QString &sql, const Attempt &attempt)
{
    ensureOpen();
    std::optional<QSqlError> error = attempt();
    if (!error || m_dialect.classify(*error) != SqlDialect::Failure::ConnectionLost)
        return error;
    m_lost = true;
    std::fprintf(stderr, "tokendesk-server: lost the database connection: %s\n",
                 qPrintable(m_location.redact(error->text().trimmed())));
    if (m_transactionDepth > 0 || !repeatable(sql))
        return error;
    // The database may have restarted since the last request: one more try on a new connection,
    // so that the first request after it is back does not fail.
    ensureOpen();
    error = attempt();
    if (error && m_dialect.classify(*error) == SqlDialect::Failure::ConnectionLost)
        m_lost = true;
    return error;
}

std::optional<QSqlError> SqlConnection::run(QSqlQuery *query, const QString &sql,
                                            const QVariantList &values)
{
    return withReconnect(sql, [&]() -> std::optional<QSqlError> {
        if (prepareAndExec(query, sql, values))
            return std::nullopt;
        return query->lastError();
    });
}

std::optional<QSqlError> SqlConnection::execCached(std::shared_ptr<QSqlQuery> *statement,
                                                   const QString &sql, const QVariantList &values)
{
    QSqlError prepareError;
    *statement = m_statements.statement(database(), sql, &prepareError);
    if (!*statement)
        return prepareError;
    QSqlQuery &q = **statement;
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values[i]);
    if (q.exec())
        return std::nullopt;
    const QSqlError error = q.lastError();
    // Let go of it now: a reconnect drops the cache, and with it the last reference.
    statement->reset();
    return error;
}

void SqlConnection::raise(const QSqlError &error) const
{
    const SqlDialect::Failure failure = m_dialect.classify(error);
    const bool unavailable =
        failure == SqlDialect::Failure::Busy || failure == SqlDialect::Failure::ConnectionLost;
    QString text = error.text().trimmed();
    if (!error.nativeErrorCode().isEmpty() && !text.contains(error.nativeErrorCode()))
        text += QStringLiteral(" [%1]").arg(error.nativeErrorCode());
    throw StoreError(m_location.redact(text).toStdString(),
                     unavailable ? StoreError::Kind::Unavailable : StoreError::Kind::Failed);
}

QSqlQuery SqlConnection::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query;
    if (const std::optional<QSqlError> error = run(&query, sql, values))
        raise(*error);
    return query;
}

SqlCursor SqlConnection::query(const QString &sql, const QVariantList &values)
{
    std::shared_ptr<QSqlQuery> statement;
    if (const std::optional<QSqlError> error =
            withReconnect(sql, [&] { return execCached(&statement, sql, values); }))
        raise(*error);
    return SqlCursor(std::move(statement));
}

SqliteStatement *SqlConnection::sqliteStatement(const QString &sql)
{
    if (!m_dialect.isSqlite())
        return nullptr;
    ensureOpen();
    if (const auto found = m_sqliteStatements.constFind(sql); found != m_sqliteStatements.cend())
        return found->get();
    const QVariant handle = database().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw StoreError("the Qt SQLite driver gave no SQLite handle");
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    QString error;
    std::shared_ptr<SqliteStatement> statement = SqliteStatement::prepare(db, sql, &error);
    if (!statement)
        throw StoreError(error.toStdString());
    return m_sqliteStatements.insert(sql, statement)->get();
}

std::optional<QSqlQuery> SqlConnection::execUnlessUnique(const QString &sql,
                                                         const QVariantList &values,
                                                         const QStringList &constraintNames)
{
    QSqlQuery query;
    const std::optional<QSqlError> error = run(&query, sql, values);
    if (!error)
        return query;
    if (m_dialect.classify(*error) == SqlDialect::Failure::UniqueViolation) {
        const QString text = error->text();
        for (const QString &name : constraintNames) {
            if (text.contains(name))
                return std::nullopt;
        }
    }
    raise(*error);
}

void SqlConnection::execScript(const QString &script)
{
    for (const QString &statement : script.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!statement.trimmed().isEmpty())
            exec(statement);
    }
}

bool SqlConnection::transaction(const std::function<bool()> &work)
{
    exec(m_dialect.beginWrite());
    ++m_transactionDepth;
    try {
        const bool done = work();
        --m_transactionDepth;
        exec(done ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
        return done;
    } catch (...) {
        m_transactionDepth = 0;
        if (!m_lost)
            QSqlQuery(database()).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}
