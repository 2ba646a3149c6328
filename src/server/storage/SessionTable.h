#pragma once

#include "SessionRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

class Database;

// The sessions rows, keyed by the SHA-256 of their secret.
class SessionTable
{
public:
    explicit SessionTable(Database &db) : m_db(db) {}

    void insert(const QByteArray &digest, const QString &userId, const QDateTime &createdAt,
                const QDateTime &expiresAt);
    // With its user (SessionRecord::user), in one query.
    std::optional<SessionRecord> byDigest(const QByteArray &digest);
    void remove(const QByteArray &digest);
    void removeExpired(const QDateTime &now);

private:
    Database &m_db;
};
