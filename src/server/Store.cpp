#include "Store.h"

#include "SqlConnection.h"
#include "SqlCursor.h"
#include "StoreError.h"
#include "StoreMigrations.h"
#include "TokenRules.h"

#include <QSqlQuery>

namespace {
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

Team::Role roleFrom(const QString &text)
{
    return text == QLatin1String("admin") ? Team::Role::Admin : Team::Role::Member;
}

// The hot statements are fixed texts, so that SqlConnection::query() prepares each once.
#define TOKENDESK_USER_COLUMNS "id, username, display_name, password_hash, account_id, plan"

// A user from TOKENDESK_USER_COLUMNS starting at column `at`.
template <typename Row> UserRecord readUser(const Row &q, int at)
{
    return UserRecord{q.value(at).toString(),     q.value(at + 1).toString(),
                      q.value(at + 2).toString(), q.value(at + 3).toString(),
                      q.value(at + 4).toString(), planFrom(q.value(at + 5).toString())};
}
} // namespace

Store::Store() : m_db(std::make_unique<SqlConnection>()) {}

Store::~Store() = default;

bool Store::open(const DatabaseLocation &location, QString *error)
{
    if (!m_db->open(location, error))
        return false;
    try {
        StoreMigrations(*m_db).apply();
    } catch (const StoreError &e) {
        *error = QStringLiteral("cannot prepare database %1: %2")
                     .arg(location.display(), QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

void Store::close()
{
    m_db->close();
}

QSqlQuery Store::exec(const QString &sql, const QVariantList &values)
{
    return m_db->exec(sql, values);
}

std::optional<UserRecord> Store::userByName(const QString &username)
{
    static const QString sql =
        QStringLiteral("SELECT " TOKENDESK_USER_COLUMNS " FROM users WHERE username = ?");
    return userWhere(sql, username);
}

std::optional<UserRecord> Store::userById(const QString &id)
{
    static const QString sql =
        QStringLiteral("SELECT " TOKENDESK_USER_COLUMNS " FROM users WHERE id = ?");
    return userWhere(sql, id);
}

std::optional<UserRecord> Store::userWhere(const QString &sql, const QString &value)
{
    SqlCursor q = m_db->query(sql, {value});
    if (!q.next())
        return std::nullopt;
    return readUser(q, 0);
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
    static const QString sql =
        QStringLiteral("SELECT id, name, account_id, plan FROM teams WHERE id = ?");
    return teamWhere(sql, id);
}

std::optional<TeamRecord> Store::teamByName(const QString &name)
{
    static const QString sql =
        QStringLiteral("SELECT id, name, account_id, plan FROM teams WHERE name = ?");
    return teamWhere(sql, name);
}

std::optional<TeamRecord> Store::teamWhere(const QString &sql, const QString &value)
{
    SqlCursor q = m_db->query(sql, {value});
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
    return roleFrom(q.value(0).toString());
}

std::optional<TeamAccessRecord> Store::teamAccess(const QString &teamId, const QString &userId)
{
    static const QString sql = QStringLiteral(
        "SELECT t.id, t.name, t.account_id, t.plan, m.role FROM teams t LEFT JOIN memberships m "
        "ON m.team_id = t.id AND m.user_id = ? WHERE t.id = ?");
    SqlCursor q = m_db->query(sql, {userId, teamId});
    if (!q.next())
        return std::nullopt;
    TeamAccessRecord access{{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             planFrom(q.value(3).toString())},
                            std::nullopt};
    if (!q.isNull(4))
        access.role = roleFrom(q.value(4).toString());
    return access;
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
    static const QString sql = QStringLiteral(
        "SELECT s.user_id, s.expires_at, u.id, u.username, u.display_name, u.password_hash, "
        "u.account_id, u.plan FROM sessions s LEFT JOIN users u ON u.id = s.user_id "
        "WHERE s.digest = ?");
    SqlCursor q = m_db->query(sql, {digest});
    if (!q.next())
        return std::nullopt;
    SessionRecord session{q.value(0).toString(), timeOrInvalid(q.value(1)), std::nullopt};
    if (!q.isNull(2))
        session.user = readUser(q, 2);
    return session;
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
    return m_db->transaction([&] { return insertTokenRow(record, now); });
}

bool Store::insertTokens(QList<TokenRecord> &records, const QDateTime &now)
{
    return m_db->transaction([&] {
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
    std::optional<QSqlQuery> q = execUnlessNameTaken(
        QStringLiteral("INSERT INTO tokens (id, owner_type, owner_id, name, scopes, digest, "
                       "hint, created_at, created_by, expires_at, lifetime_seconds, "
                       "last_used_at, name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, "
                       "?) RETURNING seq"),
        {t.id, typeName(t.owner.type), t.owner.id, t.name, t.scopes.join(QLatin1Char(' ')),
         record.secretDigest, t.hint, t.createdAt.toSecsSinceEpoch(), record.createdById,
         epochOrNull(t.expiresAt),
         record.lifetimeSeconds < 0 ? QVariant(QMetaType::fromType<qint64>())
                                    : QVariant(record.lifetimeSeconds),
         key});
    if (!q)
        return false;
    record.seq = q->next() ? q->value(0).toLongLong() : 0;
    q->finish(); // SQLite: a statement still running would block COMMIT
    return true;
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
    // SQLite names the columns of the violated index, PostgreSQL the index.
    return m_db->execUnlessUnique(
        sql, values, {QStringLiteral("tokens_active_name"), QStringLiteral("name_key")});
}

namespace {
// Columns 0-14 as readToken() reads them, then the owner's account id and plan (15, 16).
#define TOKENDESK_TOKEN_SELECT                                                                     \
    "SELECT t.seq, t.id, t.owner_type, t.owner_id, t.name, t.scopes, t.digest, t.hint, "           \
    "t.created_at, t.created_by, u.username, t.expires_at, t.lifetime_seconds, t.last_used_at, "   \
    "COALESCE(tm.name, ou.username), COALESCE(tm.account_id, ou.account_id), "                     \
    "COALESCE(tm.plan, ou.plan) FROM tokens t JOIN users u ON u.id = t.created_by "                \
    "LEFT JOIN teams tm ON t.owner_type = 'team' AND tm.id = t.owner_id "                          \
    "LEFT JOIN users ou ON t.owner_type = 'user' AND ou.id = t.owner_id "
} // namespace

template <typename Row> TokenRecord Store::readToken(const Row &q)
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
    r.ownerAccountId = q.value(15).toString();
    r.ownerPlan = planFrom(q.value(16).toString());
    // status is left for TokenService: it depends on the clock.
    return r;
}

std::optional<TokenRecord> Store::tokenById(const QString &id)
{
    static const QString sql = QStringLiteral(TOKENDESK_TOKEN_SELECT "WHERE t.id = ?");
    SqlCursor q = m_db->query(sql, {id});
    if (!q.next())
        return std::nullopt;
    return readToken(q);
}

std::optional<TokenRecord> Store::tokenByDigest(const QByteArray &digest)
{
    static const QString sql = QStringLiteral(TOKENDESK_TOKEN_SELECT "WHERE t.digest = ?");
    SqlCursor q = m_db->query(sql, {digest});
    if (!q.next())
        return std::nullopt;
    return readToken(q);
}

QList<TokenRecord> Store::tokensOf(const TokenOwner &owner, qint64 afterSeq, int limit)
{
    // Keyset pagination on tokens_owner (owner_type, owner_id, seq): a deep page costs what the
    // first does. Only the listed columns: each one read costs per row.
    static const QString sql = QStringLiteral(
        "SELECT t.seq, t.id, t.name, t.scopes, t.hint, t.created_at, u.username, t.expires_at, "
        "t.last_used_at FROM tokens t JOIN users u ON u.id = t.created_by "
        "WHERE t.owner_type = ? AND t.owner_id = ? AND t.seq > ? ORDER BY t.seq LIMIT ?");
    SqlCursor q = m_db->query(sql, {typeName(owner.type), owner.id, afterSeq, limit});
    QList<TokenRecord> tokens;
    tokens.reserve(limit);
    QString lastScopes;
    QStringList lastScopeList;
    while (q.next()) {
        TokenRecord &r = tokens.emplace_back();
        r.seq = q.value(0).toLongLong();
        Token &t = r.token;
        t.id = q.value(1).toString();
        t.name = q.value(2).toString();
        const QString scopes = q.value(3).toString();
        if (scopes != lastScopes) { // most tokens of an owner share their scopes: split once
            lastScopes = scopes;
            lastScopeList = scopes.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        t.scopes = lastScopeList;
        t.hint = q.value(4).toString();
        t.createdAt = timeOrInvalid(q.value(5));
        t.createdBy = q.value(6).toString();
        t.expiresAt = timeOrInvalid(q.value(7));
        t.lastUsedAt = timeOrInvalid(q.value(8));
        t.owner = owner;
    }
    return tokens;
}

bool Store::replaceSecret(const TokenRecord &record, const QDateTime &now)
{
    const TokenOwner &owner = record.token.owner;
    const QString key = TokenRules::normalizedName(record.token.name);
    return m_db->transaction([&] {
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
    // At most once a minute per token, decided by the row itself so that every instance on the
    // database agrees: most API-token calls then write nothing.
    static const QString sql = QStringLiteral("UPDATE tokens SET last_used_at = ? WHERE id = ? AND "
                                              "(last_used_at IS NULL OR last_used_at <= ?)");
    const qint64 at = when.toSecsSinceEpoch();
    m_db->query(sql, {at, id, at - LastUsedResolutionSeconds});
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
