#include "TokenTable.h"

#include "Database.h"
#include "TokenDraft.h"

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

const SqlStatement InsertToken{
    Sql::InsertToken,
    "INSERT INTO tokens (id, owner_type, owner_id, name, scopes, digest, hint, created_at, "
    "created_by, expires_at, lifetime_seconds, last_used_at, name_key) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?) RETURNING seq"};
// An expired token of the owner that still claims the name gives it up.
const SqlStatement ReleaseExpiredName{
    Sql::ReleaseExpiredName,
    "UPDATE tokens SET name_key = NULL WHERE owner_type = ? AND owner_id = ? AND name_key = ? "
    "AND expires_at IS NOT NULL AND expires_at <= ?"};
const SqlStatement ReleaseExpiredNameOfOthers{
    Sql::ReleaseExpiredNameOfOthers,
    "UPDATE tokens SET name_key = NULL WHERE owner_type = ? AND owner_id = ? AND name_key = ? "
    "AND id <> ? AND expires_at IS NOT NULL AND expires_at <= ?"};
const SqlStatement TokenById{Sql::TokenById, TOKENDESK_TOKEN_SELECT "WHERE t.id = ?"};
const SqlStatement TokenByDigest{Sql::TokenByDigest, TOKENDESK_TOKEN_SELECT "WHERE t.digest = ?"};
const SqlStatement AuthorizationByDigest{
    Sql::AuthorizationByDigest, "SELECT " TOKENDESK_AUTHORIZATION_COLUMNS
                                "FROM tokens t " TOKENDESK_OWNER_JOINS "WHERE t.digest = ?"};
const SqlStatement TokenByPreviousDigest{
    Sql::TokenByPreviousDigest,
    TOKENDESK_TOKEN_SELECT "WHERE t.previous_digest = ? AND t.previous_valid_until > ?"};
// Keyset pagination on tokens_owner (owner_type, owner_id, seq): a deep page costs what the
// first does. Only the listed columns: each one read costs per row.
const SqlStatement TokensOfOwner{
    Sql::TokensOfOwner,
    "SELECT t.seq, t.id, t.name, t.scopes, t.hint, t.created_at, u.username, t.expires_at, "
    "t.last_used_at, t.previous_valid_until, t.last_used_address FROM tokens t "
    "JOIN users u ON u.id = t.created_by "
    "WHERE t.owner_type = ? AND t.owner_id = ? AND t.seq > ? ORDER BY t.seq LIMIT ?"};
// The secret being replaced is the row's own digest at this moment, so that concurrent
// rotations keep a consistent pair.
const SqlStatement ReplaceSecretWithGrace{
    Sql::ReplaceSecretWithGrace,
    "UPDATE tokens SET previous_digest = digest, previous_valid_until = ?, digest = ?, hint = ?, "
    "expires_at = ?, last_used_at = NULL, last_used_address = NULL, expiry_logged = NULL, "
    "name_key = ? WHERE id = ?"};
const SqlStatement ReplaceSecretAtOnce{
    Sql::ReplaceSecretAtOnce,
    "UPDATE tokens SET previous_digest = NULL, previous_valid_until = NULL, digest = ?, hint = ?, "
    "expires_at = ?, last_used_at = NULL, last_used_address = NULL, expiry_logged = NULL, "
    "name_key = ? WHERE id = ?"};
const SqlStatement DeleteToken{Sql::DeleteToken, "DELETE FROM tokens WHERE id = ?"};
const SqlStatement DeleteTokenOfOwner{
    Sql::DeleteTokenOfOwner,
    "DELETE FROM tokens WHERE owner_type = ? AND owner_id = ? AND id = ? RETURNING id"};
const SqlStatement TokensUnusedSince{
    Sql::TokensUnusedSince,
    TOKENDESK_TOKEN_SELECT "WHERE t.owner_type = ? AND t.owner_id = ? AND "
                           "COALESCE(t.last_used_at, t.created_at) < ? ORDER BY t.seq LIMIT ?"};
const SqlStatement MarkExpiryLogged{
    Sql::MarkExpiryLogged,
    "UPDATE tokens SET expiry_logged = 1 WHERE id = ? AND expiry_logged IS NULL"};

constexpr const char *ActiveNameIndex = "tokens_active_name";

TokenRecord readAuthorization(const SqlRows &row)
{
    TokenRecord r;
    Token &t = r.token;
    t.id = row.string(0);
    t.owner.type = TokenOwner::typeFromName(row.string(1)).value_or(TokenOwner::Type::User);
    t.owner.id = row.string(2);
    t.name = row.string(3);
    t.scopes = row.string(4).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    r.secretDigest = row.blob(5);
    t.expiresAt = row.time(6);
    t.lastUsedAt = row.time(7);
    t.owner.name = row.string(8);
    r.ownerAccountId = row.string(9);
    r.ownerPlan = Account::planFromName(row.string(10)).value_or(Account::Plan::Free);
    t.previousSecretValidUntil = row.time(11);
    t.lastUsedAddress = row.string(12);
    // status is left for TokenService: it depends on the clock.
    return r;
}

TokenRecord readToken(const SqlRows &row)
{
    TokenRecord r = readAuthorization(row);
    Token &t = r.token;
    r.seq = row.integer(13);
    t.hint = row.string(14);
    t.createdAt = row.time(15);
    r.createdById = row.string(16);
    t.createdBy = row.string(17);
    r.lifetimeSeconds = row.integerOrNull(18).value_or(-1);
    r.previousDigest = row.blob(19);
    return r;
}
} // namespace

bool TokenTable::insert(TokenRecord &record, const QDateTime &now)
{
    const Token &t = record.token;
    const QString key = TokenDraft::normalizedName(t.name);
    const QString type = TokenOwner::typeName(t.owner.type);
    m_db.run(ReleaseExpiredName, {type, t.owner.id, key, now.toSecsSinceEpoch()});
    std::optional<SqlRows> row = m_db.runUnlessTaken(
        InsertToken, ActiveNameIndex,
        {t.id, type, t.owner.id, t.name, t.scopes.join(QLatin1Char(' ')), record.secretDigest,
         t.hint, t.createdAt.toSecsSinceEpoch(), record.createdById, SqlValue::epoch(t.expiresAt),
         record.lifetimeSeconds < 0 ? SqlValue() : SqlValue(record.lifetimeSeconds), key});
    if (!row)
        return false;
    record.seq = row->next() ? row->integer(0) : 0;
    return true;
}

std::optional<TokenRecord> TokenTable::tokenWhere(const SqlStatement &statement,
                                                  std::initializer_list<SqlValue> values)
{
    SqlRows row = m_db.run(statement, values);
    if (!row.next())
        return std::nullopt;
    return readToken(row);
}

std::optional<TokenRecord> TokenTable::byId(const QString &id)
{
    return tokenWhere(TokenById, {id});
}

std::optional<TokenRecord> TokenTable::byDigest(const QByteArray &digest)
{
    return tokenWhere(TokenByDigest, {digest});
}

std::optional<TokenRecord> TokenTable::authorizationByDigest(const QByteArray &digest)
{
    SqlRows row = m_db.run(AuthorizationByDigest, {digest});
    if (!row.next())
        return std::nullopt;
    return readAuthorization(row);
}

std::optional<TokenRecord> TokenTable::byPreviousDigest(const QByteArray &digest,
                                                        const QDateTime &now)
{
    return tokenWhere(TokenByPreviousDigest, {digest, now.toSecsSinceEpoch()});
}

void TokenTable::forEachOf(const TokenOwner &owner, qint64 afterSeq, int limit,
                           const std::function<bool(const TokenListRow &)> &visit)
{
    SqlRows rows =
        m_db.run(TokensOfOwner, {TokenOwner::typeName(owner.type), owner.id, afterSeq, limit});
    TokenListRow row;
    while (rows.next()) {
        row.seq = rows.integer(0);
        row.id = rows.text(1);
        row.name = rows.text(2);
        row.scopes = rows.text(3);
        row.hint = rows.text(4);
        row.createdAt = rows.integer(5);
        row.createdBy = rows.text(6);
        row.expiresAt = rows.integerOrNull(7);
        row.lastUsedAt = rows.integerOrNull(8);
        row.previousSecretValidUntil = rows.integerOrNull(9);
        row.lastUsedAddress = rows.text(10);
        if (!visit(row))
            return;
    }
}

bool TokenTable::replaceSecret(const TokenRecord &record, const QDateTime &now)
{
    const Token &t = record.token;
    const QString key = TokenDraft::normalizedName(t.name);
    // Renewing an expired token claims its name again, unless another active token has it.
    m_db.run(ReleaseExpiredNameOfOthers,
             {TokenOwner::typeName(t.owner.type), t.owner.id, key, t.id, now.toSecsSinceEpoch()});
    if (t.previousSecretValidUntil.isValid()) {
        return m_db
            .runUnlessTaken(ReplaceSecretWithGrace, ActiveNameIndex,
                            {t.previousSecretValidUntil.toSecsSinceEpoch(), record.secretDigest,
                             t.hint, SqlValue::epoch(t.expiresAt), key, t.id})
            .has_value();
    }
    return m_db
        .runUnlessTaken(ReplaceSecretAtOnce, ActiveNameIndex,
                        {record.secretDigest, t.hint, SqlValue::epoch(t.expiresAt), key, t.id})
        .has_value();
}

void TokenTable::remove(const QString &id)
{
    m_db.run(DeleteToken, {id});
}

QStringList TokenTable::removeOfOwner(TokenOwner::Type type, const QString &ownerId,
                                      const QStringList &ids)
{
    const QString typeText = TokenOwner::typeName(type);
    QStringList deleted;
    for (const QString &id : ids) {
        SqlRows row = m_db.run(DeleteTokenOfOwner, {typeText, ownerId, id});
        if (row.next())
            deleted.append(row.string(0));
    }
    return deleted;
}

QList<TokenRecord> TokenTable::unusedSince(TokenOwner::Type type, const QString &ownerId,
                                           const QDateTime &before, int limit)
{
    SqlRows rows = m_db.run(
        TokensUnusedSince, {TokenOwner::typeName(type), ownerId, before.toSecsSinceEpoch(), limit});
    QList<TokenRecord> tokens;
    while (rows.next())
        tokens.append(readToken(rows));
    return tokens;
}

bool TokenTable::markExpiryLogged(const QString &tokenId)
{
    return m_db.run(MarkExpiryLogged, {tokenId}).rowsAffected() == 1;
}
