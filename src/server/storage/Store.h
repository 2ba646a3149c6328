#pragma once

#include "AddressUse.h"
#include "DatabaseLocation.h"
#include "DemoItemRecord.h"
#include "EventRecord.h"
#include "SessionRecord.h"
#include "Team.h"
#include "TeamAccessRecord.h"
#include "TeamRecord.h"
#include "TokenListRow.h"
#include "TokenRecord.h"
#include "UsageTable.h"
#include "UserRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class Database;
class DemoItemTable;
class EventTable;
class LoginFailureTable;
class SessionTable;
class TeamTable;
class TokenTable;
class UserTable;

// The server's database and its tables: rows in, rows out (no JSON, no policy, no clock). Owns the
// Database (the backend chosen by open()) and one table class per aggregate, each given that
// database; StoreMigrations creates and migrates the schema on open. The row methods forward to
// the tables. Failures after open() throw StoreError (Unavailable while the database cannot be
// reached).
class Store
{
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Opens the database and migrates the schema; refuses a schema newer than this build knows.
    // SQLite: creates the database privately (folder 0700, files 0600), requires WAL and
    // synchronous=FULL.
    bool open(const DatabaseLocation &location, QString *error);
    // SQLite: checkpoints the WAL into the database file. Closes it (also done on destruction).
    void close();
    // After a successful open(), until close().
    Database &database() { return *m_db; }
    UserTable &users() { return *m_users; }
    SessionTable &sessions() { return *m_sessions; }
    TeamTable &teams() { return *m_teams; }
    TokenTable &tokens() { return *m_tokens; }
    UsageTable &usage() { return *m_usage; }
    EventTable &events() { return *m_events; }
    LoginFailureTable &loginFailures() { return *m_loginFailures; }
    DemoItemTable &demoItemTable() { return *m_demoItems; }

    // Users, teams, memberships
    std::optional<UserRecord> userByName(const QString &username);
    std::optional<UserRecord> userById(const QString &id);
    // Both false (nothing written) when the name is taken, e.g. by another instance meanwhile.
    bool insertUser(const UserRecord &user, const QDateTime &createdAt);
    std::optional<TeamRecord> teamById(const QString &id);
    std::optional<TeamRecord> teamByName(const QString &name);
    bool insertTeam(const TeamRecord &team, const QDateTime &createdAt);
    QList<Team> teamsOf(const QString &userId);
    std::optional<Team::Role> roleIn(const QString &teamId, const QString &userId);
    // The team and userId's role in it, in one query.
    std::optional<TeamAccessRecord> teamAccess(const QString &teamId, const QString &userId);
    void setMembership(const QString &teamId, const QString &userId, Team::Role role);

    // Sessions, keyed by the SHA-256 of their secret
    void insertSession(const QByteArray &digest, const QString &userId, const QDateTime &createdAt,
                       const QDateTime &expiresAt);
    // With its user (SessionRecord::user), in one query.
    std::optional<SessionRecord> sessionByDigest(const QByteArray &digest);
    void deleteSession(const QByteArray &digest);
    void deleteExpiredSessions(const QDateTime &now);

    // Tokens
    // Inserts the token and sets record.seq; false (nothing written) when an active token of
    // the owner has the same name after normalisation. now decides which tokens have expired.
    bool insertToken(TokenRecord &record, const QDateTime &now);
    // Many tokens in one transaction (the admin seed): all or none.
    bool insertTokens(QList<TokenRecord> &records, const QDateTime &now);
    std::optional<TokenRecord> tokenById(const QString &id);
    // With the owner's account id and plan (TokenRecord::ownerAccountId, ownerPlan).
    std::optional<TokenRecord> tokenByDigest(const QByteArray &digest);
    // What authorizing a call needs of the token with this digest, in one query that every
    // API-token call pays for: tokenByDigest's record without the creator (createdById,
    // createdBy), hint, creation time, lifetime, seq and previous digest.
    std::optional<TokenRecord> authorizationByDigest(const QByteArray &digest);
    // The token whose secret before its last rotation has this digest, while that secret's
    // grace lasts at now.
    std::optional<TokenRecord> tokenByPreviousDigest(const QByteArray &digest,
                                                     const QDateTime &now);
    // Calls visit with up to limit tokens of the owner with seq > afterSeq, oldest first, until
    // it returns false: one query, only the listed columns, read straight from the backend's
    // row, so nothing is allocated per token.
    void forEachTokenOf(const TokenOwner &owner, qint64 afterSeq, int limit,
                        const std::function<bool(const TokenListRow &)> &visit);
    // New secret, hint and expiry; false (nothing written) when the token was expired and
    // another active token of the owner has taken its name meanwhile. With
    // record.token.previousSecretValidUntil set, the secret being replaced keeps working until
    // then; otherwise it stops at once (as does any earlier one still in its grace).
    bool replaceSecret(const TokenRecord &record, const QDateTime &now);
    void deleteToken(const QString &id);
    // Up to limit tokens of the owner last used before `before`, or never used and created
    // before it; oldest first.
    QList<TokenRecord> tokensUnusedSince(TokenOwner::Type type, const QString &ownerId,
                                         const QDateTime &before, int limit);
    // Deletes those of ids that still exist and belong to the owner, in one transaction; the
    // ids deleted.
    QStringList deleteTokens(TokenOwner::Type type, const QString &ownerId, const QStringList &ids);
    // Records a use: last_used_at is moved only when it is unset or this many seconds old.
    static constexpr qint64 LastUsedResolutionSeconds = UsageTable::LastUsedResolutionSeconds;
    void touchToken(const QString &id, const QDateTime &when);
    // A use from an address other than the token's last one, recorded at once (not coalesced):
    // the address row (added, or its last_seen and user agent moved) and the token's
    // last_used_at and last_used_address. True when the token had not used the address before.
    static constexpr int MaxAddressesPerToken = UsageTable::MaxAddressesPerToken;
    bool touchTokenFrom(const QString &id, const QString &address, const QString &userAgent,
                        const QDateTime &when);
    // The token's most recently seen addresses, newest first.
    QList<AddressUse> addressesOf(const QString &tokenId, int limit);

    // Activity log
    void insertEvents(const QList<EventRecord> &events);
    // Up to limit events of the owner with seq < beforeSeq (0: from the newest), newest first;
    // action and tokenId filter when not empty.
    QList<EventRecord> eventsOf(TokenOwner::Type type, const QString &ownerId, qint64 beforeSeq,
                                const QString &action, const QString &tokenId, int limit);
    // True the first time it is called for the token (its expiry is to be logged).
    bool markExpiryLogged(const QString &tokenId);

    // Demo resource
    QList<DemoItemRecord> demoItems(TokenOwner::Type type, const QString &ownerId);
    void insertDemoItem(TokenOwner::Type type, const QString &ownerId, const DemoItemRecord &item);

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<UserTable> m_users;
    std::unique_ptr<SessionTable> m_sessions;
    std::unique_ptr<TeamTable> m_teams;
    std::unique_ptr<TokenTable> m_tokens;
    std::unique_ptr<UsageTable> m_usage;
    std::unique_ptr<EventTable> m_events;
    std::unique_ptr<LoginFailureTable> m_loginFailures;
    std::unique_ptr<DemoItemTable> m_demoItems;
};
