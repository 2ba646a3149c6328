#include "SessionTable.h"

#include "Database.h"
#include "UserTable.h"

namespace {
const SqlStatement InsertSession{
    Sql::InsertSession,
    "INSERT INTO sessions (digest, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)"};
const SqlStatement SessionByDigest{
    Sql::SessionByDigest,
    "SELECT s.user_id, s.expires_at, u.id, u.username, u.display_name, u.password_hash, "
    "u.account_id, u.plan FROM sessions s LEFT JOIN users u ON u.id = s.user_id "
    "WHERE s.digest = ?"};
const SqlStatement DeleteSession{Sql::DeleteSession, "DELETE FROM sessions WHERE digest = ?"};
const SqlStatement DeleteExpiredSessions{Sql::DeleteExpiredSessions,
                                         "DELETE FROM sessions WHERE expires_at <= ?"};
} // namespace

void SessionTable::insert(const QByteArray &digest, const QString &userId,
                          const QDateTime &createdAt, const QDateTime &expiresAt)
{
    m_db.run(InsertSession,
             {digest, userId, createdAt.toSecsSinceEpoch(), expiresAt.toSecsSinceEpoch()});
}

std::optional<SessionRecord> SessionTable::byDigest(const QByteArray &digest)
{
    SqlRows row = m_db.run(SessionByDigest, {digest});
    if (!row.next())
        return std::nullopt;
    SessionRecord session{row.string(0), row.time(1), std::nullopt};
    if (!row.isNull(2))
        session.user = UserTable::read(row, 2);
    return session;
}

void SessionTable::remove(const QByteArray &digest)
{
    m_db.run(DeleteSession, {digest});
}

void SessionTable::removeExpired(const QDateTime &now)
{
    m_db.run(DeleteExpiredSessions, {now.toSecsSinceEpoch()});
}
