#pragma once

#include <QList>
#include <QString>

#include <functional>

class Database;
class Store;

// The login_failures rows (schema migration 3): one row per failed sign-in per rate-limit scope,
// in the server's database, so that every server instance on that database counts the same
// failures. Rows only — the window, limits and caps are LoginRateLimiter's. Times are
// milliseconds since the epoch, given by the caller. Failures throw StoreError.
class LoginFailureTable
{
public:
    explicit LoginFailureTable(Database &db) : m_db(&db) {}
    // On the store's database, found at each call: the services make theirs before the store
    // is opened.
    explicit LoginFailureTable(Store &store) : m_store(&store) {}
    LoginFailureTable(const LoginFailureTable &) = delete;
    LoginFailureTable &operator=(const LoginFailureTable &) = delete;

    // The newest (at most limit) failure times of the key after sinceMs, newest first.
    QList<qint64> failuresSince(const QString &scope, const QString &key, qint64 sinceMs,
                                int limit);
    void insert(const QString &scope, const QString &key, qint64 atMs);
    // Deletes all but the key's newest keep rows.
    void keepNewest(const QString &scope, const QString &key, int keep);
    void remove(const QString &scope, const QString &key);
    // Deletes every row (of any scope) at or before atMs.
    void purgeUpTo(qint64 atMs);
    // Distinct keys with rows in the scope.
    qsizetype keyCount(const QString &scope);
    // Rows in the scope (for tests of the bounds).
    qsizetype rowCount(const QString &scope);

    // Runs work in one write transaction (one commit, no flush of its own); rolls back if it
    // throws.
    void writeTransaction(const std::function<void()> &work);

private:
    Database &db();

    Database *m_db = nullptr;
    Store *m_store = nullptr;
};
