#include "Store.h"

#include "Database.h"
#include "DemoItemTable.h"
#include "EventTable.h"
#include "LoginFailureTable.h"
#include "SessionTable.h"
#include "StoreError.h"
#include "StoreMigrations.h"
#include "TeamTable.h"
#include "TokenTable.h"
#include "UserTable.h"

Store::Store() = default;

Store::~Store()
{
    close();
}

bool Store::open(const DatabaseLocation &location, QString *error)
{
    close();
    std::unique_ptr<Database> db = Database::open(location, error);
    if (!db)
        return false;
    try {
        StoreMigrations(*db).apply();
    } catch (const StoreError &e) {
        *error = location.redact(QStringLiteral("cannot prepare database %1: %2")
                                     .arg(location.display(), QString::fromUtf8(e.what())));
        return false;
    }
    m_db = std::move(db);
    m_users = std::make_unique<UserTable>(*m_db);
    m_sessions = std::make_unique<SessionTable>(*m_db);
    m_teams = std::make_unique<TeamTable>(*m_db);
    m_tokens = std::make_unique<TokenTable>(*m_db);
    m_usage = std::make_unique<UsageTable>(*m_db);
    m_events = std::make_unique<EventTable>(*m_db);
    m_loginFailures = std::make_unique<LoginFailureTable>(*m_db);
    m_demoItems = std::make_unique<DemoItemTable>(*m_db);
    return true;
}

void Store::close()
{
    if (m_db)
        m_db->close();
}

std::optional<UserRecord> Store::userByName(const QString &username)
{
    return m_users->byName(username);
}

std::optional<UserRecord> Store::userById(const QString &id)
{
    return m_users->byId(id);
}

bool Store::insertUser(const UserRecord &user, const QDateTime &createdAt)
{
    return m_users->insert(user, createdAt);
}

std::optional<TeamRecord> Store::teamById(const QString &id)
{
    return m_teams->byId(id);
}

std::optional<TeamRecord> Store::teamByName(const QString &name)
{
    return m_teams->byName(name);
}

bool Store::insertTeam(const TeamRecord &team, const QDateTime &createdAt)
{
    return m_teams->insert(team, createdAt);
}

QList<Team> Store::teamsOf(const QString &userId)
{
    return m_teams->teamsOf(userId);
}

std::optional<Team::Role> Store::roleIn(const QString &teamId, const QString &userId)
{
    return m_teams->roleIn(teamId, userId);
}

std::optional<TeamAccessRecord> Store::teamAccess(const QString &teamId, const QString &userId)
{
    return m_teams->access(teamId, userId);
}

void Store::setMembership(const QString &teamId, const QString &userId, Team::Role role)
{
    m_teams->setMembership(teamId, userId, role);
}

void Store::insertSession(const QByteArray &digest, const QString &userId,
                          const QDateTime &createdAt, const QDateTime &expiresAt)
{
    m_sessions->insert(digest, userId, createdAt, expiresAt);
}

std::optional<SessionRecord> Store::sessionByDigest(const QByteArray &digest)
{
    return m_sessions->byDigest(digest);
}

void Store::deleteSession(const QByteArray &digest)
{
    m_sessions->remove(digest);
}

void Store::deleteExpiredSessions(const QDateTime &now)
{
    m_sessions->removeExpired(now);
}

bool Store::insertToken(TokenRecord &record, const QDateTime &now)
{
    return m_db->transaction([&] { return m_tokens->insert(record, now); });
}

bool Store::insertTokens(QList<TokenRecord> &records, const QDateTime &now)
{
    return m_db->transaction([&] {
        for (TokenRecord &record : records) {
            if (!m_tokens->insert(record, now))
                return false;
        }
        return true;
    });
}

std::optional<TokenRecord> Store::tokenById(const QString &id)
{
    return m_tokens->byId(id);
}

std::optional<TokenRecord> Store::tokenByDigest(const QByteArray &digest)
{
    return m_tokens->byDigest(digest);
}

std::optional<TokenRecord> Store::authorizationByDigest(const QByteArray &digest)
{
    return m_tokens->authorizationByDigest(digest);
}

std::optional<TokenRecord> Store::tokenByPreviousDigest(const QByteArray &digest,
                                                        const QDateTime &now)
{
    return m_tokens->byPreviousDigest(digest, now);
}

void Store::forEachTokenOf(const TokenOwner &owner, qint64 afterSeq, int limit,
                           const std::function<bool(const TokenListRow &)> &visit)
{
    m_tokens->forEachOf(owner, afterSeq, limit, visit);
}

bool Store::replaceSecret(const TokenRecord &record, const QDateTime &now)
{
    return m_db->transaction([&] { return m_tokens->replaceSecret(record, now); });
}

void Store::deleteToken(const QString &id)
{
    m_db->transaction([&] {
        m_tokens->remove(id);
        m_usage->forget(id);
        return true;
    });
}

QList<TokenRecord> Store::tokensUnusedSince(TokenOwner::Type type, const QString &ownerId,
                                            const QDateTime &before, int limit)
{
    return m_tokens->unusedSince(type, ownerId, before, limit);
}

QStringList Store::deleteTokens(TokenOwner::Type type, const QString &ownerId,
                                const QStringList &ids)
{
    QStringList deleted;
    if (ids.isEmpty())
        return deleted;
    m_db->transaction([&] {
        deleted = m_tokens->removeOfOwner(type, ownerId, ids);
        for (const QString &id : std::as_const(deleted))
            m_usage->forget(id);
        return true;
    });
    return deleted;
}

void Store::touchToken(const QString &id, const QDateTime &when)
{
    m_usage->touch(id, when);
}

bool Store::touchTokenFrom(const QString &id, const QString &address, const QString &userAgent,
                           const QDateTime &when)
{
    bool added = false;
    m_db->transaction([&] {
        added = m_usage->touchFrom(id, address, userAgent, when);
        return true;
    });
    return added;
}

QList<AddressUse> Store::addressesOf(const QString &tokenId, int limit)
{
    return m_usage->addressesOf(tokenId, limit);
}

void Store::insertEvents(const QList<EventRecord> &events)
{
    if (events.isEmpty())
        return;
    m_db->transaction([&] {
        m_events->insert(events);
        return true;
    });
}

QList<EventRecord> Store::eventsOf(TokenOwner::Type type, const QString &ownerId, qint64 beforeSeq,
                                   const QString &action, const QString &tokenId, int limit)
{
    return m_events->eventsOf(type, ownerId, beforeSeq, action, tokenId, limit);
}

bool Store::markExpiryLogged(const QString &tokenId)
{
    return m_tokens->markExpiryLogged(tokenId);
}

QList<DemoItemRecord> Store::demoItems(TokenOwner::Type type, const QString &ownerId)
{
    return m_demoItems->itemsOf(type, ownerId);
}

void Store::insertDemoItem(TokenOwner::Type type, const QString &ownerId,
                           const DemoItemRecord &item)
{
    m_demoItems->insert(type, ownerId, item);
}
