#pragma once

#include "AddressUse.h"

#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// How tokens are used: the token_addresses rows (each distinct client address of a token) and
// the token's last use (tokens.last_used_at, last_used_address).
class UsageTable
{
public:
    explicit UsageTable(Database &db) : m_db(db) {}

    // Records a use: last_used_at is moved only when it is unset or this many seconds old.
    static constexpr qint64 LastUsedResolutionSeconds = 60;
    void touch(const QString &tokenId, const QDateTime &when);
    // A use from an address other than the token's last one, recorded at once (not coalesced):
    // the address row (added, or its last_seen and user agent moved) and the token's
    // last_used_at and last_used_address. True when the token had not used the address before.
    // Inside a transaction.
    static constexpr int MaxAddressesPerToken = 100;
    bool touchFrom(const QString &tokenId, const QString &address, const QString &userAgent,
                   const QDateTime &when);
    // The token's most recently seen addresses, newest first.
    QList<AddressUse> addressesOf(const QString &tokenId, int limit);
    // Deletes the token's address rows (the token is being deleted).
    void forget(const QString &tokenId);

private:
    Database &m_db;
};
