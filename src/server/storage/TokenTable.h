#pragma once

#include "TokenListRow.h"
#include "TokenOwner.h"
#include "TokenRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <initializer_list>
#include <optional>

class Database;
class SqlValue;
struct SqlStatement;

// The tokens rows. Names are unique among an owner's active tokens, enforced by the database
// (the tokens_active_name index on name_key, the name as compared: TokenDraft::normalizedName).
// Call the writes that say so inside Database::transaction.
class TokenTable
{
public:
    explicit TokenTable(Database &db) : m_db(db) {}

    // Inserts the token and sets record.seq; false (nothing written) when an active token of
    // the owner has the same name after normalisation. now decides which tokens have expired.
    // Inside a transaction.
    bool insert(TokenRecord &record, const QDateTime &now);
    std::optional<TokenRecord> byId(const QString &id);
    // With the owner's account id and plan (TokenRecord::ownerAccountId, ownerPlan).
    std::optional<TokenRecord> byDigest(const QByteArray &digest);
    // What authorizing a call needs of the token with this digest, in one query that every
    // API-token call pays for: byDigest()'s record without the creator, hint, creation time,
    // lifetime, seq and previous digest.
    std::optional<TokenRecord> authorizationByDigest(const QByteArray &digest);
    // The token whose secret before its last rotation has this digest, while that secret's
    // grace lasts at now.
    std::optional<TokenRecord> byPreviousDigest(const QByteArray &digest, const QDateTime &now);
    // Calls visit with up to limit tokens of the owner with seq > afterSeq, oldest first, until
    // it returns false: one query, only the listed columns, read without allocating per token.
    void forEachOf(const TokenOwner &owner, qint64 afterSeq, int limit,
                   const std::function<bool(const TokenListRow &)> &visit);
    // New secret, hint and expiry; false (nothing written) when the token was expired and
    // another active token of the owner has taken its name meanwhile. With
    // record.token.previousSecretValidUntil set, the secret being replaced keeps working until
    // then; otherwise it stops at once. Inside a transaction.
    bool replaceSecret(const TokenRecord &record, const QDateTime &now);
    void remove(const QString &id);
    // Deletes those of ids that exist and belong to the owner; the ids deleted.
    QStringList removeOfOwner(TokenOwner::Type type, const QString &ownerId,
                              const QStringList &ids);
    // Up to limit tokens of the owner last used before `before`, or never used and created
    // before it; oldest first.
    QList<TokenRecord> unusedSince(TokenOwner::Type type, const QString &ownerId,
                                   const QDateTime &before, int limit);
    // True the first time it is called for the token (its expiry is to be logged).
    bool markExpiryLogged(const QString &tokenId);

private:
    std::optional<TokenRecord> tokenWhere(const SqlStatement &statement,
                                          std::initializer_list<SqlValue> values);

    Database &m_db;
};
