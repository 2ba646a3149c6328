#include "Store.h"

#include "SqlConnection.h"
#include "SqlCursor.h"
#include "StoreError.h"
#include "StoreMigrations.h"
#include "TokenDraft.h"

#include <QScopeGuard>
#include <QSqlQuery>

#include <limits>

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

bool Store::insertUser(const UserRecord &user, const QDateTime &createdAt)
{
    return exec(QStringLiteral("INSERT INTO users (id, username, display_name, password_hash, "
                               "account_id, plan, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT (username) DO NOTHING"),
                {user.id, user.username, user.displayName, user.passwordHash, user.accountId,
                 Account::planName(user.plan), createdAt.toSecsSinceEpoch()})
               .numRowsAffected() == 1;
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

bool Store::insertTeam(const TeamRecord &team, const QDateTime &createdAt)
{
    return exec(QStringLiteral("INSERT INTO teams (id, name, account_id, plan, created_at) "
                               "VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING"),
                {team.id, team.name, team.accountId, Account::planName(team.plan),
                 createdAt.toSecsSinceEpoch()})
               .numRowsAffected() == 1;
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
    const QString key = TokenDraft::normalizedName(t.name);
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
// What authorizing a call reads of a token (readAuthorization(), columns 0-12): with the owner's
// name, account id and plan, and the rotation grace and the last address. The owner joins never
// filter: a token has exactly one owner.
#define TOKENDESK_AUTHORIZATION_COLUMNS                                                            \
    "t.id, t.owner_type, t.owner_id, t.name, t.scopes, t.digest, t.expires_at, t.last_used_at, "   \
    "COALESCE(tm.name, ou.username), COALESCE(tm.account_id, ou.account_id), "                     \
    "COALESCE(tm.plan, ou.plan), t.previous_valid_until, t.last_used_address "
#define TOKENDESK_OWNER_JOINS                                                                      \
    "LEFT JOIN teams tm ON t.owner_type = 'team' AND tm.id = t.owner_id "                          \
    "LEFT JOIN users ou ON t.owner_type = 'user' AND ou.id = t.owner_id "
// The whole record (readToken()): the authorization columns, then what only listings, identify
// and rotation need (13-19), the creator's name among them.
#define TOKENDESK_TOKEN_SELECT                                                                     \
    "SELECT " TOKENDESK_AUTHORIZATION_COLUMNS ", t.seq, t.hint, t.created_at, t.created_by, "      \
    "u.username, t.lifetime_seconds, t.previous_digest FROM tokens t "                             \
    "JOIN users u ON u.id = t.created_by " TOKENDESK_OWNER_JOINS
#define TOKENDESK_AUTHORIZATION_SELECT                                                             \
    "SELECT " TOKENDESK_AUTHORIZATION_COLUMNS "FROM tokens t " TOKENDESK_OWNER_JOINS
} // namespace

namespace {
// readToken()'s and readAuthorization()'s columns from either kind of row: Qt SQL's (SqlCursor,
// QSqlQuery: PostgreSQL, and the statements that are not hot) and SQLite's own statement (the
// lookups behind every API-token call).
template <typename QtRow> QString text(const QtRow &q, int i)
{
    return q.value(i).toString();
}
QString text(const SqliteStatement &s, int i)
{
    return QString::fromUtf8(s.text(i));
}
template <typename QtRow> QByteArray blob(const QtRow &q, int i)
{
    return q.value(i).toByteArray();
}
QByteArray blob(const SqliteStatement &s, int i)
{
    return s.blob(i).toByteArray();
}
template <typename QtRow> qint64 integer(const QtRow &q, int i)
{
    return q.value(i).toLongLong();
}
template <typename QtRow> QDateTime timeAt(const QtRow &q, int i)
{
    return timeOrInvalid(q.value(i));
}
QDateTime timeAt(const SqliteStatement &s, int i)
{
    return s.isNull(i) ? QDateTime() : QDateTime::fromSecsSinceEpoch(s.integer(i), Qt::UTC);
}
} // namespace

template <typename Row> TokenRecord Store::readAuthorization(const Row &q)
{
    TokenRecord r;
    Token &t = r.token;
    t.id = text(q, 0);
    t.owner.type =
        text(q, 1) == QLatin1String("team") ? TokenOwner::Type::Team : TokenOwner::Type::User;
    t.owner.id = text(q, 2);
    t.name = text(q, 3);
    t.scopes = text(q, 4).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    r.secretDigest = blob(q, 5);
    t.expiresAt = timeAt(q, 6);
    t.lastUsedAt = timeAt(q, 7);
    t.owner.name = text(q, 8);
    r.ownerAccountId = text(q, 9);
    r.ownerPlan = planFrom(text(q, 10));
    t.previousSecretValidUntil = timeAt(q, 11);
    t.lastUsedAddress = text(q, 12);
    // status is left for TokenService: it depends on the clock.
    return r;
}

template <typename Row> TokenRecord Store::readToken(const Row &q)
{
    TokenRecord r = readAuthorization(q);
    Token &t = r.token;
    r.seq = integer(q, 13);
    t.hint = text(q, 14);
    t.createdAt = timeAt(q, 15);
    r.createdById = text(q, 16);
    t.createdBy = text(q, 17);
    r.lifetimeSeconds = q.isNull(18) ? -1 : integer(q, 18);
    r.previousDigest = blob(q, 19);
    return r;
}

std::optional<TokenRecord> Store::tokenWhere(const QString &sql, const QVariantList &values)
{
    SqlCursor q = m_db->query(sql, values);
    if (!q.next())
        return std::nullopt;
    return readToken(q);
}

std::optional<TokenRecord> Store::tokenById(const QString &id)
{
    static const QString sql = QStringLiteral(TOKENDESK_TOKEN_SELECT "WHERE t.id = ?");
    return tokenWhere(sql, {id});
}

std::optional<TokenRecord> Store::tokenByDigest(const QByteArray &digest)
{
    static const QString sql = QStringLiteral(TOKENDESK_TOKEN_SELECT "WHERE t.digest = ?");
    return tokenWhere(sql, {digest});
}

std::optional<TokenRecord> Store::authorizationByDigest(const QByteArray &digest)
{
    // Every call made with an API token starts here: SQLite reads it through its own handle.
    static const QString sql = QStringLiteral(TOKENDESK_AUTHORIZATION_SELECT "WHERE t.digest = ?");
    if (SqliteStatement *s = m_db->sqliteStatement(sql)) {
        const auto done = qScopeGuard([s] { s->reset(); });
        s->bindBlob(1, digest);
        if (!s->step())
            return std::nullopt;
        return readAuthorization(*s);
    }
    SqlCursor q = m_db->query(sql, {digest});
    if (!q.next())
        return std::nullopt;
    return readAuthorization(q);
}

std::optional<TokenRecord> Store::tokenByPreviousDigest(const QByteArray &digest,
                                                        const QDateTime &now)
{
    static const QString sql = QStringLiteral(
        TOKENDESK_TOKEN_SELECT "WHERE t.previous_digest = ? AND t.previous_valid_until > ?");
    return tokenWhere(sql, {digest, now.toSecsSinceEpoch()});
}

void Store::forEachTokenOf(const TokenOwner &owner, qint64 afterSeq, int limit,
                           const std::function<bool(const TokenListRow &)> &visit)
{
    // Keyset pagination on tokens_owner (owner_type, owner_id, seq): a deep page costs what the
    // first does. Only the listed columns: each one read costs per row.
    static const QString sql = QStringLiteral(
        "SELECT t.seq, t.id, t.name, t.scopes, t.hint, t.created_at, u.username, t.expires_at, "
        "t.last_used_at, t.previous_valid_until, t.last_used_address FROM tokens t "
        "JOIN users u ON u.id = t.created_by "
        "WHERE t.owner_type = ? AND t.owner_id = ? AND t.seq > ? ORDER BY t.seq LIMIT ?");
    const QString type = typeName(owner.type);
    TokenListRow row;
    if (SqliteStatement *s = m_db->sqliteStatement(sql)) {
        const QByteArray typeText = type.toUtf8();
        const QByteArray ownerText = owner.id.toUtf8();
        const auto done = qScopeGuard([s] { s->reset(); });
        s->bind(1, typeText);
        s->bind(2, ownerText);
        s->bind(3, afterSeq);
        s->bind(4, qint64(limit));
        while (s->step()) {
            row.seq = s->integer(0);
            row.id = s->text(1);
            row.name = s->text(2);
            row.scopes = s->text(3);
            row.hint = s->text(4);
            row.createdAt = s->integer(5);
            row.createdBy = s->text(6);
            row.expiresAt = s->integerOrNull(7);
            row.lastUsedAt = s->integerOrNull(8);
            row.previousSecretValidUntil = s->integerOrNull(9);
            row.lastUsedAddress = s->text(10);
            if (!visit(row))
                return;
        }
        return;
    }
    // PostgreSQL: the same row through Qt SQL, its texts back in UTF-8.
    SqlCursor q = m_db->query(sql, {type, owner.id, afterSeq, limit});
    const auto optionalInteger = [&q](int column) -> std::optional<qint64> {
        if (q.isNull(column))
            return std::nullopt;
        return q.value(column).toLongLong();
    };
    while (q.next()) {
        const QByteArray id = q.value(1).toString().toUtf8();
        const QByteArray name = q.value(2).toString().toUtf8();
        const QByteArray scopes = q.value(3).toString().toUtf8();
        const QByteArray hint = q.value(4).toString().toUtf8();
        const QByteArray createdBy = q.value(6).toString().toUtf8();
        const QByteArray address = q.value(10).toString().toUtf8();
        row.seq = q.value(0).toLongLong();
        row.id = id;
        row.name = name;
        row.scopes = scopes;
        row.hint = hint;
        row.createdAt = q.value(5).toLongLong();
        row.createdBy = createdBy;
        row.expiresAt = optionalInteger(7);
        row.lastUsedAt = optionalInteger(8);
        row.previousSecretValidUntil = optionalInteger(9);
        row.lastUsedAddress = address;
        if (!visit(row))
            return;
    }
}

bool Store::replaceSecret(const TokenRecord &record, const QDateTime &now)
{
    const TokenOwner &owner = record.token.owner;
    const QString key = TokenDraft::normalizedName(record.token.name);
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
        return execUnlessNameTaken(
                   QStringLiteral("UPDATE tokens SET ") + previous +
                       QStringLiteral(", digest = ?, hint = ?, expires_at = ?, "
                                      "last_used_at = NULL, "
                                      "last_used_address = NULL, expiry_logged = NULL, "
                                      "name_key = ? "
                                      "WHERE id = ?"),
                   values)
            .has_value();
    });
}

void Store::deleteToken(const QString &id)
{
    m_db->transaction([&] {
        exec(QStringLiteral("DELETE FROM tokens WHERE id = ?"), {id});
        exec(QStringLiteral("DELETE FROM token_addresses WHERE token_id = ?"), {id});
        return true;
    });
}

QList<TokenRecord> Store::tokensUnusedSince(TokenOwner::Type type, const QString &ownerId,
                                            const QDateTime &before, int limit)
{
    QSqlQuery q =
        exec(QStringLiteral(TOKENDESK_TOKEN_SELECT "WHERE t.owner_type = ? AND t.owner_id = ? AND "
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
        for (const QString &id : deleted)
            exec(QStringLiteral("DELETE FROM token_addresses WHERE token_id = ?"), {id});
        return true;
    });
    return deleted;
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

void Store::insertEvents(const QList<EventRecord> &events)
{
    if (events.isEmpty())
        return;
    m_db->transaction([&] {
        for (const EventRecord &e : events) {
            exec(QStringLiteral("INSERT INTO events (id, at, action, actor_type, actor_id, "
                                "actor_name, owner_type, owner_id, owner_name, token_id, "
                                "token_name, address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {e.id, e.at.toSecsSinceEpoch(), e.action, e.actorType, e.actorId, e.actorName,
                  typeName(e.owner.type), e.owner.id, e.owner.name,
                  e.tokenId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : e.tokenId,
                  e.tokenId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : e.tokenName,
                  e.address.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : e.address});
        }
        return true;
    });
}

QList<EventRecord> Store::eventsOf(TokenOwner::Type type, const QString &ownerId, qint64 beforeSeq,
                                   const QString &action, const QString &tokenId, int limit)
{
    QString sql = QStringLiteral(
        "SELECT seq, id, at, action, actor_type, actor_id, actor_name, owner_type, owner_id, "
        "owner_name, token_id, token_name, address FROM events WHERE owner_type = ? AND "
        "owner_id = ? AND seq < ?");
    QVariantList values{typeName(type), ownerId,
                        beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max()};
    if (!action.isEmpty()) {
        sql += QStringLiteral(" AND action = ?");
        values.append(action);
    }
    if (!tokenId.isEmpty()) {
        sql += QStringLiteral(" AND token_id = ?");
        values.append(tokenId);
    }
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    values.append(limit);
    QSqlQuery q = exec(sql, values);
    QList<EventRecord> events;
    while (q.next()) {
        EventRecord e;
        e.seq = q.value(0).toLongLong();
        e.id = q.value(1).toString();
        e.at = timeOrInvalid(q.value(2));
        e.action = q.value(3).toString();
        e.actorType = q.value(4).toString();
        e.actorId = q.value(5).toString();
        e.actorName = q.value(6).toString();
        e.owner.type = q.value(7).toString() == QLatin1String("team") ? TokenOwner::Type::Team
                                                                      : TokenOwner::Type::User;
        e.owner.id = q.value(8).toString();
        e.owner.name = q.value(9).toString();
        e.tokenId = q.value(10).toString();
        e.tokenName = q.value(11).toString();
        e.address = q.value(12).toString();
        events.append(e);
    }
    return events;
}

bool Store::markExpiryLogged(const QString &tokenId)
{
    QSqlQuery q = exec(QStringLiteral("UPDATE tokens SET expiry_logged = 1 WHERE id = ? AND "
                                      "expiry_logged IS NULL"),
                       {tokenId});
    return q.numRowsAffected() == 1;
}

bool Store::touchTokenFrom(const QString &id, const QString &address, const QString &userAgent,
                           const QDateTime &when)
{
    const qint64 at = when.toSecsSinceEpoch();
    // A request without User-Agent gives a null QString, which would bind as NULL.
    const QString agent = userAgent.isNull() ? QStringLiteral("") : userAgent;
    bool added = false;
    m_db->transaction([&] {
        QSqlQuery insert =
            exec(QStringLiteral("INSERT INTO token_addresses (token_id, address, user_agent, "
                                "first_seen, last_seen) VALUES (?, ?, ?, ?, ?) "
                                "ON CONFLICT (token_id, address) DO NOTHING"),
                 {id, address, agent, at, at});
        added = insert.numRowsAffected() == 1;
        insert.finish();
        if (added) {
            // Bounded: the newest MaxAddressesPerToken addresses of a token are kept.
            exec(QStringLiteral("DELETE FROM token_addresses WHERE token_id = ? AND address NOT "
                                "IN (SELECT address FROM token_addresses WHERE token_id = ? "
                                "ORDER BY last_seen DESC, address LIMIT ?)"),
                 {id, id, MaxAddressesPerToken});
        } else {
            exec(QStringLiteral("UPDATE token_addresses SET last_seen = ?, user_agent = ? "
                                "WHERE token_id = ? AND address = ?"),
                 {at, agent, id, address});
        }
        exec(QStringLiteral("UPDATE tokens SET last_used_at = ?, last_used_address = ? "
                            "WHERE id = ?"),
             {at, address, id});
        return true;
    });
    return added;
}

QList<AddressUse> Store::addressesOf(const QString &tokenId, int limit)
{
    // The address of the last use was last seen at last_used_at (same-address uses write only
    // the token's row, and that at most once a minute).
    QSqlQuery q =
        exec(QStringLiteral("SELECT a.address, a.user_agent, a.first_seen, CASE WHEN "
                            "t.last_used_address = a.address AND t.last_used_at > a.last_seen THEN "
                            "t.last_used_at ELSE a.last_seen END AS seen FROM token_addresses a "
                            "JOIN tokens t ON t.id = a.token_id WHERE a.token_id = ? "
                            "ORDER BY seen DESC, a.address LIMIT ?"),
             {tokenId, limit});
    QList<AddressUse> uses;
    while (q.next())
        uses.append({q.value(0).toString(), q.value(1).toString(), timeOrInvalid(q.value(2)),
                     timeOrInvalid(q.value(3))});
    return uses;
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
