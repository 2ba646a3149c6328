#include "Store.h"

#include "SqlConnection.h"
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
const QString TokenColumns = QStringLiteral(
    "t.seq, t.id, t.owner_type, t.owner_id, t.name, t.scopes, t.digest, t.hint, t.created_at, "
    "t.created_by, u.username, t.expires_at, t.lifetime_seconds, t.last_used_at, "
    "COALESCE(tm.name, ou.username), t.previous_digest, t.previous_valid_until FROM tokens t JOIN "
    "users u ON u.id = t.created_by "
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
    r.previousDigest = q.value(15).toByteArray();
    t.previousSecretValidUntil = timeOrInvalid(q.value(16));
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

std::optional<TokenRecord> Store::tokenByPreviousDigest(const QByteArray &digest,
                                                        const QDateTime &now)
{
    QSqlQuery q = exec(QStringLiteral("SELECT ") + TokenColumns +
                           QStringLiteral("WHERE t.previous_digest = ? AND "
                                          "t.previous_valid_until > ?"),
                       {digest, now.toSecsSinceEpoch()});
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
    return m_db->transaction([&] {
        // Renewing an expired token claims its name again, unless another active token has it.
        exec(QStringLiteral("UPDATE tokens SET name_key = NULL WHERE owner_type = ? AND "
                            "owner_id = ? AND name_key = ? AND id <> ? AND expires_at IS NOT NULL "
                            "AND expires_at <= ?"),
             {typeName(owner.type), owner.id, key, record.token.id, now.toSecsSinceEpoch()});
        // The secret being replaced is the row's own digest at this moment, so that concurrent
        // rotations keep a consistent pair.
        const QDateTime graceUntil = record.token.previousSecretValidUntil;
        const QString previous =
            graceUntil.isValid()
                ? QStringLiteral("previous_digest = digest, previous_valid_until = ?")
                : QStringLiteral("previous_digest = NULL, previous_valid_until = NULL");
        QVariantList values;
        if (graceUntil.isValid())
            values.append(graceUntil.toSecsSinceEpoch());
        values << record.secretDigest << record.token.hint << epochOrNull(record.token.expiresAt)
               << key << record.token.id;
        return execUnlessNameTaken(QStringLiteral("UPDATE tokens SET ") + previous +
                                       QStringLiteral(", digest = ?, hint = ?, expires_at = ?, "
                                                      "last_used_at = NULL, name_key = ? "
                                                      "WHERE id = ?"),
                                   values)
            .has_value();
    });
}

void Store::deleteToken(const QString &id)
{
    exec(QStringLiteral("DELETE FROM tokens WHERE id = ?"), {id});
}

QList<TokenRecord> Store::tokensUnusedSince(TokenOwner::Type type, const QString &ownerId,
                                            const QDateTime &before, int limit)
{
    QSqlQuery q = exec(QStringLiteral("SELECT ") + TokenColumns +
                           QStringLiteral("WHERE t.owner_type = ? AND t.owner_id = ? AND "
                                          "COALESCE(t.last_used_at, t.created_at) < ? "
                                          "ORDER BY t.seq LIMIT ?"),
                       {typeName(type), ownerId, before.toSecsSinceEpoch(), limit});
    QList<TokenRecord> tokens;
    while (q.next())
        tokens.append(readToken(q));
    return tokens;
}

QStringList Store::deleteTokens(TokenOwner::Type type, const QString &ownerId,
                                const QStringList &ids)
{
    QStringList deleted;
    if (ids.isEmpty())
        return deleted;
    m_db->transaction([&] {
        QStringList marks;
        QVariantList values{typeName(type), ownerId};
        for (const QString &id : ids) {
            marks.append(QStringLiteral("?"));
            values.append(id);
        }
        QSqlQuery q = exec(QStringLiteral("DELETE FROM tokens WHERE owner_type = ? AND "
                                          "owner_id = ? AND id IN (%1) RETURNING id")
                               .arg(marks.join(QLatin1Char(','))),
                           values);
        while (q.next())
            deleted.append(q.value(0).toString());
        q.finish();
        return true;
    });
    return deleted;
}

void Store::touchToken(const QString &id, const QDateTime &when)
{
    // At most once a minute per token, decided by the row itself so that every instance on the
    // database agrees: most API-token calls then write nothing.
    const qint64 at = when.toSecsSinceEpoch();
    exec(QStringLiteral("UPDATE tokens SET last_used_at = ? WHERE id = ? AND "
                        "(last_used_at IS NULL OR last_used_at <= ?)"),
         {at, id, at - LastUsedResolutionSeconds});
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
