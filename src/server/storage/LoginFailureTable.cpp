#include "LoginFailureTable.h"

#include "Database.h"
#include "Store.h"

#include <QRandomGenerator>

namespace {
const SqlStatement LoginFailuresSince{Sql::LoginFailuresSince,
                                      "SELECT at_ms FROM login_failures WHERE scope = ? AND "
                                      "throttle_key = ? AND at_ms > ? ORDER BY at_ms DESC LIMIT ?"};
const SqlStatement InsertLoginFailure{
    Sql::InsertLoginFailure,
    "INSERT INTO login_failures (id, scope, throttle_key, at_ms) VALUES (?, ?, ?, ?)"};
const SqlStatement KeepNewestLoginFailures{
    Sql::KeepNewestLoginFailures,
    "DELETE FROM login_failures WHERE scope = ? AND throttle_key = ? AND id NOT IN (SELECT id "
    "FROM login_failures WHERE scope = ? AND throttle_key = ? ORDER BY at_ms DESC, id DESC "
    "LIMIT ?)"};
const SqlStatement RemoveLoginFailures{
    Sql::RemoveLoginFailures, "DELETE FROM login_failures WHERE scope = ? AND throttle_key = ?"};
const SqlStatement PurgeLoginFailures{Sql::PurgeLoginFailures,
                                      "DELETE FROM login_failures WHERE at_ms <= ?"};
const SqlStatement LoginFailureKeyCount{
    Sql::LoginFailureKeyCount,
    "SELECT COUNT(DISTINCT throttle_key) FROM login_failures WHERE scope = ?"};
const SqlStatement LoginFailureRowCount{Sql::LoginFailureRowCount,
                                        "SELECT COUNT(*) FROM login_failures WHERE scope = ?"};

// Rows need a unique id of their own: two failures of one key may share a millisecond, and the
// trim in keepNewest() must still be able to tell them apart. Random, so instances never collide.
QString newRowId()
{
    quint64 words[2];
    QRandomGenerator::system()->fillRange(words);
    return QString::number(words[0], 16) + QLatin1Char('-') + QString::number(words[1], 16);
}
} // namespace

Database &LoginFailureTable::db()
{
    return m_db ? *m_db : m_store->database();
}

QList<qint64> LoginFailureTable::failuresSince(const QString &scope, const QString &key,
                                               qint64 sinceMs, int limit)
{
    SqlRows rows = db().run(LoginFailuresSince, {scope, key, sinceMs, limit});
    QList<qint64> times;
    while (rows.next())
        times.append(rows.integer(0));
    return times;
}

void LoginFailureTable::insert(const QString &scope, const QString &key, qint64 atMs)
{
    db().run(InsertLoginFailure, {newRowId(), scope, key, atMs});
}

void LoginFailureTable::keepNewest(const QString &scope, const QString &key, int keep)
{
    db().run(KeepNewestLoginFailures, {scope, key, scope, key, keep});
}

void LoginFailureTable::remove(const QString &scope, const QString &key)
{
    db().run(RemoveLoginFailures, {scope, key});
}

void LoginFailureTable::purgeUpTo(qint64 atMs)
{
    db().run(PurgeLoginFailures, {atMs});
}

qsizetype LoginFailureTable::keyCount(const QString &scope)
{
    SqlRows row = db().run(LoginFailureKeyCount, {scope});
    return row.next() ? row.integer(0) : 0;
}

qsizetype LoginFailureTable::rowCount(const QString &scope)
{
    SqlRows row = db().run(LoginFailureRowCount, {scope});
    return row.next() ? row.integer(0) : 0;
}

void LoginFailureTable::writeTransaction(const std::function<void()> &work)
{
    // These rows need no flush of their own: a failure lost to a power cut lets one more guess
    // through, nothing else. (Every other write stays fully durable; a later durable commit makes
    // this one durable too.) Without the flush, a failed sign-in costs a fraction of a
    // millisecond instead of a disk flush. The transaction takes the write lock up front, so the
    // reads inside cannot be overtaken by another process's commit.
    db().transaction(
        [&] {
            work();
            return true;
        },
        Database::Durability::Relaxed);
}
