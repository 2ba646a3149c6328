#include "Store.h"

#include "DatabaseFiles.h"
#include "StoreError.h"
#include "TokenRules.h"

#include <QAtomicInt>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace {
// Each migration moves the schema one version up; never edit one that has shipped. A migration
// is SQL, optionally a step in C++ (for what SQL cannot compute), then more SQL; all of it runs in
// one transaction.
enum class MigrationStep
{
    None,
    FillNameKeys
};

struct Migration
{
    const char *sql;
    MigrationStep step = MigrationStep::None;
    const char *sqlAfter = "";
};

const Migration Migrations[] = {
    // 1: initial schema
    {R"(CREATE TABLE users (id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL, password_hash TEXT NOT NULL, account_id TEXT NOT NULL,
        plan TEXT NOT NULL, created_at INTEGER NOT NULL);
    CREATE TABLE teams (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, account_id TEXT NOT NULL,
        plan TEXT NOT NULL, created_at INTEGER NOT NULL);
    CREATE TABLE memberships (team_id TEXT NOT NULL REFERENCES teams(id),
        user_id TEXT NOT NULL REFERENCES users(id), role TEXT NOT NULL,
        PRIMARY KEY (team_id, user_id));
    CREATE TABLE sessions (digest BLOB PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id),
        created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL);
    CREATE TABLE tokens (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
        owner_type TEXT NOT NULL, owner_id TEXT NOT NULL, name TEXT NOT NULL,
        scopes TEXT NOT NULL, digest BLOB NOT NULL UNIQUE, hint TEXT NOT NULL,
        created_at INTEGER NOT NULL, created_by TEXT NOT NULL REFERENCES users(id),
        expires_at INTEGER, lifetime_seconds INTEGER, last_used_at INTEGER);
    CREATE INDEX tokens_owner ON tokens (owner_type, owner_id, seq);
    CREATE TABLE demo_items (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
        owner_type TEXT NOT NULL, owner_id TEXT NOT NULL, name TEXT NOT NULL,
        created_at INTEGER NOT NULL))"},
    // 2: names unique among an owner's active tokens, enforced by the database. name_key holds
    // the name as compared (NFC) while the token claims it, NULL once it no longer does (an
    // expired token gives its name up when another token takes it).
    {"ALTER TABLE tokens ADD COLUMN name_key TEXT", MigrationStep::FillNameKeys,
     "CREATE UNIQUE INDEX tokens_active_name ON tokens (owner_type, owner_id, name_key) "
     "WHERE name_key IS NOT NULL"},
};

QVariant epochOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeOrInvalid(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString typeName(TokenOwner::Type type)
{
    return TokenOwner::typeName(type);
}

Account::Plan planFrom(const QString &text)
{
    return text == QLatin1String("paid") ? Account::Plan::Paid : Account::Plan::Free;
}

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}
} // namespace

Store::Store()
{
    static QAtomicInt counter;
    m_connection = QStringLiteral("tokendesk-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

Store::~Store()
{
    close();
    QSqlDatabase::removeDatabase(m_connection);
}

bool Store::open(const QString &path, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!db.isValid()) {
        *error =
            QStringLiteral("the Qt SQLite driver is not installed (package libqt6sql6-sqlite)");
        return false;
    }
    if (!DatabaseFiles::makePrivate(path, error))
        return false;
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open()) {
        *error = QStringLiteral("cannot open database %1: %2").arg(path, db.lastError().text());
        return false;
    }
    try {
        // An acknowledged write must survive a crash or power loss: WAL, and fsync on commit.
        QSqlQuery mode = exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        const QString journal = mode.next() ? mode.value(0).toString().toLower() : QString();
        mode.finish(); // an unfinished statement would block COMMIT in migrate()
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
        migrate();
    } catch (const StoreError &e) {
        *error =
            QStringLiteral("cannot prepare database %1: %2").arg(path, QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

void Store::close()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return;
    // Fold the WAL back into the database file, so a stopped server leaves one complete file.
    try {
        // Another process on the file may hold it busy; shutdown must stay well inside 5 s.
        exec(QStringLiteral("PRAGMA busy_timeout = 1000"));
        QSqlQuery checkpoint = exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        checkpoint.finish();
    } catch (const StoreError &e) {
        std::fprintf(stderr, "tokendesk-server: WAL checkpoint failed: %s\n", e.what());
    }
    db.close();
}

QSqlQuery Store::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.prepare(sql))
        throw StoreError(query.lastError().text().toStdString());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw StoreError(query.lastError().text().toStdString());
    return query;
}

void Store::execScript(const QString &script)
{
    // QSqlQuery runs one statement at a time.
    for (const QString &statement : script.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!statement.trimmed().isEmpty())
            exec(statement);
    }
}

void Store::fillNameKeys()
{
    // Rows from before the index may hold duplicates (two processes racing, or names equal only
    // after NFC). The oldest active token keeps its name; later active ones are renamed
    // "name (2)", "name (3)"… so that every active token stays usable and distinguishable.
    const qint64 now = nowUtc().toSecsSinceEpoch();
    QSqlQuery rows = exec(QStringLiteral(
        "SELECT id, owner_type, owner_id, name, expires_at FROM tokens ORDER BY seq"));
    struct Row
    {
        QString id, owner, name;
        bool active;
    };
    QList<Row> all;
    while (rows.next()) {
        all.append({rows.value(0).toString(),
                    rows.value(1).toString() + QLatin1Char('/') + rows.value(2).toString(),
                    rows.value(3).toString(),
                    rows.value(4).isNull() || rows.value(4).toLongLong() > now});
    }
    rows.finish();
    QSet<QString> claimed; // owner + '\n' + key
    for (const Row &row : all) {
        if (!row.active)
            continue;
        // Names are stored normalised from now on, like new ones.
        const QString base = TokenRules::normalizedName(row.name);
        QString name = base;
        for (int n = 2; claimed.contains(row.owner + QLatin1Char('\n') + name); ++n)
            name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        claimed.insert(row.owner + QLatin1Char('\n') + name);
        exec(QStringLiteral("UPDATE tokens SET name = ?, name_key = ? WHERE id = ?"),
             {name, name, row.id});
    }
}

int Store::schemaVersion()
{
    QSqlQuery current = exec(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    return current.next() && !current.value(0).isNull() ? current.value(0).toInt() : 0;
}

void Store::migrate()
{
    exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
    const int known = static_cast<int>(std::size(Migrations));
    bool migrated = true;
    while (migrated) {
        // The version is read under the write lock, so that two processes starting on one
        // database at once apply each migration exactly once.
        writeTransaction([&] {
            const int version = schemaVersion();
            if (version > known)
                throw StoreError(QStringLiteral("the database has schema version %1, but this "
                                                "tokendesk-server knows only versions up to %2; "
                                                "run a newer tokendesk-server")
                                     .arg(version)
                                     .arg(known)
                                     .toStdString());
            migrated = version < known;
            if (!migrated)
                return true;
            const Migration &migration = Migrations[version];
            execScript(QString::fromUtf8(migration.sql));
            if (migration.step == MigrationStep::FillNameKeys)
                fillNameKeys();
            execScript(QString::fromUtf8(migration.sqlAfter));
            exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), {version + 1});
            return true;
        });
    }
}

std::optional<UserRecord> Store::userByName(const QString &username)
{
    return userWhere(QStringLiteral("username"), username);
}

std::optional<UserRecord> Store::userById(const QString &id)
{
    return userWhere(QStringLiteral("id"), id);
}

std::optional<UserRecord> Store::userWhere(const QString &column, const QString &value)
{
    QSqlQuery q = exec(QStringLiteral("SELECT id, username, display_name, password_hash, "
                                      "account_id, plan FROM users WHERE %1 = ?")
                           .arg(column),
                       {value});
    if (!q.next())
        return std::nullopt;
    return UserRecord{q.value(0).toString(), q.value(1).toString(),
                      q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString(), planFrom(q.value(5).toString())};
}

void Store::insertUser(const UserRecord &user, const QDateTime &createdAt)
{
    exec(QStringLiteral("INSERT INTO users (id, username, display_name, password_hash, account_id, "
                        "plan, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
         {user.id, user.username, user.displayName, user.passwordHash, user.accountId,
          Account::planName(user.plan), createdAt.toSecsSinceEpoch()});
}

std::optional<TeamRecord> Store::teamById(const QString &id)
{
    return teamWhere(QStringLiteral("id"), id);
}

std::optional<TeamRecord> Store::teamByName(const QString &name)
{
    return teamWhere(QStringLiteral("name"), name);
}

std::optional<TeamRecord> Store::teamWhere(const QString &column, const QString &value)
{
    QSqlQuery q = exec(
        QStringLiteral("SELECT id, name, account_id, plan FROM teams WHERE %1 = ?").arg(column),
        {value});
    if (!q.next())
        return std::nullopt;
    return TeamRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      planFrom(q.value(3).toString())};
}

void Store::insertTeam(const TeamRecord &team, const QDateTime &createdAt)
{
    exec(QStringLiteral(
             "INSERT INTO teams (id, name, account_id, plan, created_at) VALUES (?, ?, ?, ?, ?)"),
         {team.id, team.name, team.accountId, Account::planName(team.plan),
          createdAt.toSecsSinceEpoch()});
}

QList<Team> Store::teamsOf(const QString &userId)
{
    QSqlQuery q = exec(QStringLiteral("SELECT t.id, t.name, m.role FROM teams t JOIN memberships m "
                                      "ON m.team_id = t.id WHERE m.user_id = ? ORDER BY t.name"),
                       {userId});
    QList<Team> teams;
    while (q.next()) {
        teams.append({q.value(0).toString(), q.value(1).toString(),
                      q.value(2).toString() == QLatin1String("admin") ? Team::Role::Admin
                                                                      : Team::Role::Member});
    }
    return teams;
}

std::optional<Team::Role> Store::roleIn(const QString &teamId, const QString &userId)
{
    QSqlQuery q =
        exec(QStringLiteral("SELECT role FROM memberships WHERE team_id = ? AND user_id = ?"),
             {teamId, userId});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString() == QLatin1String("admin") ? Team::Role::Admin : Team::Role::Member;
}

void Store::setMembership(const QString &teamId, const QString &userId, Team::Role role)
{
    exec(QStringLiteral("INSERT INTO memberships (team_id, user_id, role) VALUES (?, ?, ?) "
                        "ON CONFLICT (team_id, user_id) DO UPDATE SET role = excluded.role"),
         {teamId, userId, Team::roleName(role)});
}

void Store::insertSession(const QByteArray &digest, const QString &userId,
                          const QDateTime &createdAt, const QDateTime &expiresAt)
{
    exec(QStringLiteral(
             "INSERT INTO sessions (digest, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)"),
         {digest, userId, createdAt.toSecsSinceEpoch(), expiresAt.toSecsSinceEpoch()});
}

std::optional<SessionRecord> Store::sessionByDigest(const QByteArray &digest)
{
    QSqlQuery q =
        exec(QStringLiteral("SELECT user_id, expires_at FROM sessions WHERE digest = ?"), {digest});
    if (!q.next())
        return std::nullopt;
    return SessionRecord{q.value(0).toString(), timeOrInvalid(q.value(1))};
}

void Store::deleteSession(const QByteArray &digest)
{
    exec(QStringLiteral("DELETE FROM sessions WHERE digest = ?"), {digest});
}

void Store::deleteExpiredSessions(const QDateTime &now)
{
    exec(QStringLiteral("DELETE FROM sessions WHERE expires_at <= ?"), {now.toSecsSinceEpoch()});
}

bool Store::insertToken(TokenRecord &record, const QDateTime &now)
{
    return writeTransaction([&] { return insertTokenRow(record, now); });
}

bool Store::insertTokens(QList<TokenRecord> &records, const QDateTime &now)
{
    return writeTransaction([&] {
        for (TokenRecord &record : records) {
            if (!insertTokenRow(record, now))
                return false;
        }
        return true;
    });
}

bool Store::insertTokenRow(TokenRecord &record, const QDateTime &now)
{
    const Token &t = record.token;
    const QString key = TokenRules::normalizedName(t.name);
    releaseExpiredName(t.owner.type, t.owner.id, key, now);
    const std::optional<QSqlQuery> q = execUnlessNameTaken(
        QStringLiteral("INSERT INTO tokens (id, owner_type, owner_id, name, scopes, digest, "
                       "hint, created_at, created_by, expires_at, lifetime_seconds, "
                       "last_used_at, name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, "
                       "?)"),
        {t.id, typeName(t.owner.type), t.owner.id, t.name, t.scopes.join(QLatin1Char(' ')),
         record.secretDigest, t.hint, t.createdAt.toSecsSinceEpoch(), record.createdById,
         epochOrNull(t.expiresAt),
         record.lifetimeSeconds < 0 ? QVariant(QMetaType::fromType<qint64>())
                                    : QVariant(record.lifetimeSeconds),
         key});
    if (q)
        record.seq = q->lastInsertId().toLongLong();
    return q.has_value();
}

void Store::releaseExpiredName(TokenOwner::Type type, const QString &ownerId, const QString &key,
                               const QDateTime &now)
{
    exec(QStringLiteral("UPDATE tokens SET name_key = NULL WHERE owner_type = ? AND owner_id = ? "
                        "AND name_key = ? AND expires_at IS NOT NULL AND expires_at <= ?"),
         {typeName(type), ownerId, key, now.toSecsSinceEpoch()});
}

std::optional<QSqlQuery> Store::execUnlessNameTaken(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.prepare(sql))
        throw StoreError(query.lastError().text().toStdString());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec())
        return query;
    // SQLite names the columns of the violated index; PostgreSQL will give its SQLSTATE 23505
    // and the index name.
    const QString text = query.lastError().text();
    if (text.contains(QLatin1String("UNIQUE")) && text.contains(QLatin1String("name_key")))
        return std::nullopt;
    throw StoreError(text.toStdString());
}

bool Store::writeTransaction(const std::function<bool()> &work)
{
    // IMMEDIATE takes the write lock up front (waiting up to BusyTimeoutMs for another process),
    // so a transaction never fails half-way on a lock it could not upgrade. (SQLite's form: on
    // PostgreSQL a plain BEGIN, plus an advisory lock for migrations.)
    exec(QStringLiteral("BEGIN IMMEDIATE"));
    try {
        const bool done = work();
        exec(done ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
        return done;
    } catch (...) {
        QSqlQuery(QSqlDatabase::database(m_connection)).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

namespace {
const QString TokenColumns = QStringLiteral(
    "t.seq, t.id, t.owner_type, t.owner_id, t.name, t.scopes, t.digest, t.hint, t.created_at, "
    "t.created_by, u.username, t.expires_at, t.lifetime_seconds, t.last_used_at, "
    "COALESCE(tm.name, ou.username) FROM tokens t JOIN users u ON u.id = t.created_by "
    "LEFT JOIN teams tm ON t.owner_type = 'team' AND tm.id = t.owner_id "
    "LEFT JOIN users ou ON t.owner_type = 'user' AND ou.id = t.owner_id ");
}

TokenRecord Store::readToken(const QSqlQuery &q)
{
    TokenRecord r;
    r.seq = q.value(0).toLongLong();
    Token &t = r.token;
    t.id = q.value(1).toString();
    t.owner.type = q.value(2).toString() == QLatin1String("team") ? TokenOwner::Type::Team
                                                                  : TokenOwner::Type::User;
    t.owner.id = q.value(3).toString();
    t.name = q.value(4).toString();
    t.scopes = q.value(5).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    r.secretDigest = q.value(6).toByteArray();
    t.hint = q.value(7).toString();
    t.createdAt = timeOrInvalid(q.value(8));
    r.createdById = q.value(9).toString();
    t.createdBy = q.value(10).toString();
    t.expiresAt = timeOrInvalid(q.value(11));
    r.lifetimeSeconds = q.value(12).isNull() ? -1 : q.value(12).toLongLong();
    t.lastUsedAt = timeOrInvalid(q.value(13));
    t.owner.name = q.value(14).toString();
    // status is left for TokenService: it depends on the clock.
    return r;
}

std::optional<TokenRecord> Store::tokenById(const QString &id)
{
    QSqlQuery q =
        exec(QStringLiteral("SELECT ") + TokenColumns + QStringLiteral("WHERE t.id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return readToken(q);
}

std::optional<TokenRecord> Store::tokenByDigest(const QByteArray &digest)
{
    QSqlQuery q = exec(
        QStringLiteral("SELECT ") + TokenColumns + QStringLiteral("WHERE t.digest = ?"), {digest});
    if (!q.next())
        return std::nullopt;
    return readToken(q);
}

QList<TokenRecord> Store::tokensOf(TokenOwner::Type type, const QString &ownerId, qint64 afterSeq,
                                   int limit)
{
    QSqlQuery q = exec(QStringLiteral("SELECT ") + TokenColumns +
                           QStringLiteral("WHERE t.owner_type = ? AND t.owner_id = ? AND t.seq > ? "
                                          "ORDER BY t.seq LIMIT ?"),
                       {typeName(type), ownerId, afterSeq, limit});
    QList<TokenRecord> tokens;
    while (q.next())
        tokens.append(readToken(q));
    return tokens;
}

bool Store::replaceSecret(const TokenRecord &record, const QDateTime &now)
{
    const TokenOwner &owner = record.token.owner;
    const QString key = TokenRules::normalizedName(record.token.name);
    return writeTransaction([&] {
        // Renewing an expired token claims its name again, unless another active token has it.
        exec(QStringLiteral("UPDATE tokens SET name_key = NULL WHERE owner_type = ? AND "
                            "owner_id = ? AND name_key = ? AND id <> ? AND expires_at IS NOT NULL "
                            "AND expires_at <= ?"),
             {typeName(owner.type), owner.id, key, record.token.id, now.toSecsSinceEpoch()});
        return execUnlessNameTaken(
                   QStringLiteral("UPDATE tokens SET digest = ?, hint = ?, expires_at = ?, "
                                  "last_used_at = NULL, name_key = ? WHERE id = ?"),
                   {record.secretDigest, record.token.hint, epochOrNull(record.token.expiresAt),
                    key, record.token.id})
            .has_value();
    });
}

void Store::deleteToken(const QString &id)
{
    exec(QStringLiteral("DELETE FROM tokens WHERE id = ?"), {id});
}

void Store::touchToken(const QString &id, const QDateTime &when)
{
    exec(QStringLiteral("UPDATE tokens SET last_used_at = ? WHERE id = ?"),
         {when.toSecsSinceEpoch(), id});
}

QList<DemoItemRecord> Store::demoItems(TokenOwner::Type type, const QString &ownerId)
{
    QSqlQuery q = exec(QStringLiteral("SELECT id, name, created_at FROM demo_items WHERE "
                                      "owner_type = ? AND owner_id = ? ORDER BY seq"),
                       {typeName(type), ownerId});
    QList<DemoItemRecord> items;
    while (q.next())
        items.append({q.value(0).toString(), q.value(1).toString(), timeOrInvalid(q.value(2))});
    return items;
}

void Store::insertDemoItem(TokenOwner::Type type, const QString &ownerId,
                           const DemoItemRecord &item)
{
    exec(QStringLiteral("INSERT INTO demo_items (id, owner_type, owner_id, name, created_at) "
                        "VALUES (?, ?, ?, ?, ?)"),
         {item.id, typeName(type), ownerId, item.name, item.createdAt.toSecsSinceEpoch()});
}
