#include "SqliteDatabase.h"

#include "DatabaseFiles.h"
#include "SqlError.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

#include <sqlite3.h>

#include <cstdio>
#include <mutex>

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

std::unique_ptr<SqliteDatabase> SqliteDatabase::open(const DatabaseLocation &location,
                                                     QString *error)
{
    configureSqliteOnce();
    if (!DatabaseFiles::makePrivate(location.path(), error))
        return nullptr;
    sqlite3 *db = nullptr;
    // One thread uses a connection: no per-call mutex.
    const int opened =
        sqlite3_open_v2(QFile::encodeName(location.path()).constData(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (opened != SQLITE_OK) {
        *error = QStringLiteral("cannot open database %1: %2")
                     .arg(location.display(),
                          QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(opened)));
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, BusyTimeoutMs);
    std::unique_ptr<SqliteDatabase> database(new SqliteDatabase(db));
    // Servers starting at once on a new file race for the lock that switching it to WAL takes,
    // and SQLite reports that race at once instead of waiting (waiting could deadlock): try
    // again for as long as a statement would wait. Only at start, before anything is served.
    QDeadlineTimer deadline(BusyTimeoutMs);
    for (;;) {
        try {
            database->configure();
            return database;
        } catch (const StoreError &e) {
            if (!e.unavailable() || deadline.hasExpired()) {
                *error = QStringLiteral("cannot prepare database %1: %2")
                             .arg(location.display(), QString::fromUtf8(e.what()));
                return nullptr;
            }
            QThread::msleep(20);
        }
    }
}

SqliteDatabase::~SqliteDatabase()
{
    close();
}

void SqliteDatabase::configure()
{
    // An acknowledged write must survive a crash or power loss: WAL, and fsync on commit.
    const QByteArray journal = value("PRAGMA journal_mode=WAL").toLower();
    if (journal != "wal")
        throw StoreError(QStringLiteral("SQLite did not switch to WAL mode (journal_mode is "
                                        "\"%1\"); put the database on a local file system")
                             .arg(QString::fromUtf8(journal))
                             .toStdString());
    command("PRAGMA synchronous=FULL");
    if (value("PRAGMA synchronous") != "2")
        throw StoreError("SQLite did not accept synchronous=FULL");
    command("PRAGMA foreign_keys=ON");
}

void SqliteDatabase::close()
{
    if (!m_db)
        return;
    for (std::unique_ptr<SqliteStatement> &statement : m_statements)
        statement.reset(); // finalized before the connection closes
    // Fold the WAL back into the database file, so a stopped server leaves one complete file.
    try {
        // Another process on the file may hold it busy; shutdown must stay well inside 5 s.
        command("PRAGMA busy_timeout = 1000");
        value("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const StoreError &e) {
        std::fprintf(stderr, "tokendesk-server: WAL checkpoint failed: %s\n", e.what());
    }
    sqlite3_close(m_db);
    m_db = nullptr;
}

void SqliteDatabase::command(const char *sql)
{
    if (!m_db)
        throw StoreError("the database is closed");
    char *message = nullptr;
    const int result = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    const QByteArray text(message);
    sqlite3_free(message);
    if (result != SQLITE_OK)
        raise(result, text);
}

QByteArray SqliteDatabase::value(const char *sql)
{
    if (!m_db)
        throw StoreError("the database is closed");
    sqlite3_stmt *statement = nullptr;
    int result = sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
    QByteArray text;
    if (result == SQLITE_OK) {
        result = sqlite3_step(statement);
        if (result == SQLITE_ROW)
            text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
    }
    const QByteArray message(sqlite3_errmsg(m_db));
    sqlite3_finalize(statement);
    if (result != SQLITE_ROW && result != SQLITE_DONE && result != SQLITE_OK)
        raise(result, message);
    return text;
}

void SqliteDatabase::raise(sqlite3 *db, int result, const QByteArray &message)
{
    const int primary = result & 0xff;
    SqlError::Failure failure = SqlError::Failure::Other;
    QString index;
    if (result == SQLITE_CONSTRAINT_UNIQUE || result == SQLITE_CONSTRAINT_PRIMARYKEY) {
        failure = SqlError::Failure::UniqueViolation;
        index = uniqueIndexOf(db, message);
    } else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
        failure = SqlError::Failure::Busy;
    }
    throw SqlError(QStringLiteral("%1 [%2]")
                       .arg(QString::fromUtf8(message.isEmpty() ? sqlite3_errstr(result)
                                                                : message.constData()))
                       .arg(result)
                       .toStdString(),
                   failure, index);
}

QString SqliteDatabase::uniqueIndexOf(sqlite3 *db, const QByteArray &message)
{
    // "UNIQUE constraint failed: tokens.owner_type, tokens.owner_id, tokens.name_key": the
    // table's unique index on exactly those columns, in that order.
    const qsizetype colon = message.indexOf(": ");
    if (colon < 0)
        return QString();
    QByteArray table;
    QByteArrayList columns;
    for (const QByteArray &column : message.mid(colon + 2).split(',')) {
        const QByteArray qualified = column.trimmed();
        const qsizetype dot = qualified.indexOf('.');
        table = qualified.left(dot);
        columns.append(qualified.mid(dot + 1));
    }
    sqlite3_stmt *statement = nullptr;
    const char *sql = "SELECT il.name, group_concat(ii.name, ',') FROM pragma_index_list(?) il, "
                      "pragma_index_info(il.name) ii WHERE il.\"unique\" = 1 GROUP BY il.name";
    QString found;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_text(statement, 1, table.constData(), int(table.size()), SQLITE_TRANSIENT);
        const QByteArray wanted = columns.join(',');
        while (found.isEmpty() && sqlite3_step(statement) == SQLITE_ROW) {
            if (wanted == reinterpret_cast<const char *>(sqlite3_column_text(statement, 1)))
                found = QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        }
    }
    sqlite3_finalize(statement);
    return found;
}

SqlResult &SqliteDatabase::execute(const SqlStatement &statement, const SqlValue *values, int count)
{
    if (!m_db)
        throw StoreError("the database is closed");
    std::unique_ptr<SqliteStatement> &slot = m_statements[size_t(statement.name)];
    if (!slot) {
        sqlite3_stmt *prepared = nullptr;
        const int result = sqlite3_prepare_v3(m_db, statement.text, -1, SQLITE_PREPARE_PERSISTENT,
                                              &prepared, nullptr);
        if (result != SQLITE_OK) {
            sqlite3_finalize(prepared);
            raise(result, sqlite3_errmsg(m_db));
        }
        slot = std::make_unique<SqliteStatement>(m_db, prepared);
    }
    const int result = slot->start(values, count);
    if (result != SQLITE_ROW && result != SQLITE_DONE) {
        const QByteArray message(sqlite3_errmsg(m_db));
        slot->finish();
        raise(result, message);
    }
    return *slot;
}

void SqliteDatabase::begin(Durability durability)
{
    // These rows need no fsync of their own: a later durable commit makes them durable too.
    if (durability == Durability::Relaxed)
        command("PRAGMA synchronous=NORMAL");
    try {
        // The write lock up front, so that a transaction never fails half-way on a lock it
        // could not upgrade, and its reads cannot be overtaken by another process's commit.
        command("BEGIN IMMEDIATE");
    } catch (...) {
        if (durability == Durability::Relaxed)
            command("PRAGMA synchronous=FULL");
        throw;
    }
}

void SqliteDatabase::end(bool commit, Durability durability)
{
    command(commit ? "COMMIT" : "ROLLBACK");
    if (durability == Durability::Relaxed)
        command("PRAGMA synchronous=FULL");
}

void SqliteDatabase::abandon(Durability durability) noexcept
{
    if (!m_db)
        return;
    // Finished statements hold no lock; ROLLBACK fails harmlessly when COMMIT already ended it.
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    if (durability == Durability::Relaxed)
        sqlite3_exec(m_db, "PRAGMA synchronous=FULL", nullptr, nullptr, nullptr);
}

void SqliteDatabase::runScript(const QString &sqliteDdl)
{
    command(sqliteDdl.toUtf8().constData());
}
