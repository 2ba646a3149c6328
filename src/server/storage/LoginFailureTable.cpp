#include "LoginFailureTable.h"

#include "SqlConnection.h"
#include "Store.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
// Rows need a unique id of their own: two failures of one key may share a millisecond, and the
// trim in keepNewest() must still be able to tell them apart. Random, so instances never collide.
QString newRowId()
{
    quint64 words[2];
    QRandomGenerator::system()->fillRange(words);
    return QString::number(words[0], 16) + QLatin1Char('-') + QString::number(words[1], 16);
}
} // namespace

LoginFailureTable::LoginFailureTable(Store &store) : m_store(store) {}

QList<qint64> LoginFailureTable::failuresSince(const QString &scope, const QString &key,
                                               qint64 sinceMs, int limit)
{
    QSqlQuery q = m_store.connection().exec(
        QStringLiteral("SELECT at_ms FROM login_failures WHERE scope = ? AND "
                       "throttle_key = ? AND at_ms > ? ORDER BY at_ms DESC LIMIT ?"),
        {scope, key, sinceMs, limit});
    QList<qint64> times;
    while (q.next())
        times.append(q.value(0).toLongLong());
    return times;
}

void LoginFailureTable::insert(const QString &scope, const QString &key, qint64 atMs)
{
    m_store.connection().exec(
        QStringLiteral(
            "INSERT INTO login_failures (id, scope, throttle_key, at_ms) VALUES (?, ?, ?, ?)"),
        {newRowId(), scope, key, atMs});
}

void LoginFailureTable::keepNewest(const QString &scope, const QString &key, int keep)
{
    m_store.connection().exec(
        QStringLiteral("DELETE FROM login_failures WHERE scope = ? AND throttle_key = ? AND id NOT "
                       "IN (SELECT id FROM login_failures WHERE scope = ? AND throttle_key = ? "
                       "ORDER BY at_ms DESC, id DESC LIMIT ?)"),
        {scope, key, scope, key, keep});
}

void LoginFailureTable::remove(const QString &scope, const QString &key)
{
    m_store.connection().exec(
        QStringLiteral("DELETE FROM login_failures WHERE scope = ? AND throttle_key = ?"),
        {scope, key});
}

void LoginFailureTable::purgeUpTo(qint64 atMs)
{
    m_store.connection().exec(QStringLiteral("DELETE FROM login_failures WHERE at_ms <= ?"),
                              {atMs});
}

qsizetype LoginFailureTable::keyCount(const QString &scope)
{
    QSqlQuery q = m_store.connection().exec(
        QStringLiteral("SELECT COUNT(DISTINCT throttle_key) FROM login_failures "
                       "WHERE scope = ?"),
        {scope});
    return q.next() ? q.value(0).toLongLong() : 0;
}

qsizetype LoginFailureTable::rowCount(const QString &scope)
{
    QSqlQuery q = m_store.connection().exec(
        QStringLiteral("SELECT COUNT(*) FROM login_failures WHERE scope = ?"), {scope});
    return q.next() ? q.value(0).toLongLong() : 0;
}

void LoginFailureTable::writeTransaction(const std::function<void()> &work)
{
    SqlConnection &db = m_store.connection();
    const bool sqlite = db.dialect().isSqlite();
    // These rows need no fsync of their own: a failure lost to a power cut lets one more guess
    // through, nothing else. (Every other write keeps synchronous=FULL; a later durable commit
    // makes this one durable too.) Without the fsync, a failed sign-in costs a fraction of a
    // millisecond instead of a disk flush.
    if (sqlite)
        db.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    try {
        // SqlConnection::transaction takes SQLite's write lock up front (BEGIN IMMEDIATE), so
        // the reads inside cannot be overtaken by another process's commit.
        db.transaction([&] {
            if (!sqlite)
                db.exec(QStringLiteral("SET LOCAL synchronous_commit TO OFF"));
            work();
            return true;
        });
    } catch (...) {
        if (sqlite)
            db.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        throw;
    }
    if (sqlite)
        db.exec(QStringLiteral("PRAGMA synchronous=FULL"));
}
