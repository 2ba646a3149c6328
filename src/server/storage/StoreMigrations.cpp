#include "StoreMigrations.h"

#include "Database.h"
#include "StoreError.h"
#include "TokenDraft.h"

#include <QDateTime>
#include <QList>
#include <QSet>

#include <iterator>

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
    // 3: failed sign-ins, shared by every server instance on this database (LoginFailureTable).
    {R"(CREATE TABLE login_failures (id TEXT PRIMARY KEY, scope TEXT NOT NULL,
        throttle_key TEXT NOT NULL, at_ms BIGINT NOT NULL);
    CREATE INDEX login_failures_key ON login_failures (scope, throttle_key, at_ms);
    CREATE INDEX login_failures_at ON login_failures (at_ms))"},
    // 4: rotation with grace: the secret before the last rotation keeps working until
    // previous_valid_until (both NULL when there is no grace).
    {R"(ALTER TABLE tokens ADD COLUMN previous_digest BLOB;
    ALTER TABLE tokens ADD COLUMN previous_valid_until INTEGER;
    CREATE INDEX tokens_previous_digest ON tokens (previous_digest)
        WHERE previous_digest IS NOT NULL)"},
    // 5: the activity log (append-only, no secrets; names copied so that the log outlives the
    // token), and whether a token's expiry has been logged.
    {R"(CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
        at INTEGER NOT NULL, action TEXT NOT NULL, actor_type TEXT NOT NULL,
        actor_id TEXT NOT NULL, actor_name TEXT NOT NULL, owner_type TEXT NOT NULL,
        owner_id TEXT NOT NULL, owner_name TEXT NOT NULL, token_id TEXT, token_name TEXT,
        address TEXT);
    CREATE INDEX events_owner ON events (owner_type, owner_id, seq);
    CREATE INDEX events_token ON events (token_id, seq);
    ALTER TABLE tokens ADD COLUMN expiry_logged INTEGER)"},
    // 6: usage by address: each distinct client address of a token (first and last seen, the
    // user agent of the latest switch to it), and the address of the token's last use.
    {R"(CREATE TABLE token_addresses (token_id TEXT NOT NULL, address TEXT NOT NULL,
        user_agent TEXT NOT NULL, first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL,
        PRIMARY KEY (token_id, address));
    CREATE INDEX token_addresses_recent ON token_addresses (token_id, last_seen);
    ALTER TABLE tokens ADD COLUMN last_used_address TEXT)"},
};
const SqlStatement SchemaVersion{Sql::SchemaVersion, "SELECT MAX(version) FROM schema_version"};
const SqlStatement InsertSchemaVersion{Sql::InsertSchemaVersion,
                                       "INSERT INTO schema_version (version) VALUES (?)"};
const SqlStatement MigrationTokenNames{
    Sql::MigrationTokenNames,
    "SELECT id, owner_type, owner_id, name, expires_at FROM tokens ORDER BY seq"};
const SqlStatement MigrationSetTokenName{Sql::MigrationSetTokenName,
                                         "UPDATE tokens SET name = ?, name_key = ? WHERE id = ?"};
} // namespace

int StoreMigrations::latestVersion()
{
    return static_cast<int>(std::size(Migrations));
}

int StoreMigrations::schemaVersion()
{
    SqlRows current = m_db.run(SchemaVersion);
    return current.next() ? int(current.integerOrNull(0).value_or(0)) : 0;
}

void StoreMigrations::apply()
{
    const int known = latestVersion();
    bool migrated = true;
    while (migrated) {
        // The version is read under the lock, so that two processes starting on one database at
        // once apply each migration exactly once (and never race to create schema_version).
        m_db.transaction([&] {
            m_db.lockSchema();
            m_db.runScript(QStringLiteral(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
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
            m_db.runScript(QString::fromUtf8(migration.sql));
            if (migration.step == MigrationStep::FillNameKeys)
                fillNameKeys();
            if (*migration.sqlAfter)
                m_db.runScript(QString::fromUtf8(migration.sqlAfter));
            m_db.run(InsertSchemaVersion, {version + 1});
            return true;
        });
    }
}

void StoreMigrations::fillNameKeys()
{
    // Rows from before the index may hold duplicates (two processes racing, or names equal only
    // after NFC). The oldest active token keeps its name; later active ones are renamed
    // "name (2)", "name (3)"… so that every active token stays usable and distinguishable.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    struct Row
    {
        QString id, owner, name;
        bool active;
    };
    QList<Row> all;
    {
        SqlRows rows = m_db.run(MigrationTokenNames);
        while (rows.next()) {
            all.append({rows.string(0), rows.string(1) + QLatin1Char('/') + rows.string(2),
                        rows.string(3), rows.integerOrNull(4).value_or(now + 1) > now});
        }
    }
    QSet<QString> claimed; // owner + '\n' + key
    for (const Row &row : all) {
        if (!row.active)
            continue;
        // Names are stored normalised from now on, like new ones.
        const QString base = TokenDraft::normalizedName(row.name);
        QString name = base;
        for (int n = 2; claimed.contains(row.owner + QLatin1Char('\n') + name); ++n)
            name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        claimed.insert(row.owner + QLatin1Char('\n') + name);
        m_db.run(MigrationSetTokenName, {name, name, row.id});
    }
}
