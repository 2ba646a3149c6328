#pragma once

#include <QString>

class LoginFailureTable;

// Counts failed logins per key in a sliding window, in the database (LoginFailureTable, one
// scope per limiter), so that every server instance on that database sees every failure: after
// maxFailures within the window every attempt is refused until the oldest of them leaves the
// window. The table is bounded: each key keeps at most maxFailures rows, rows whose time left the
// window are purged (at most once per window by each instance), and at most maxKeys keys are
// tracked at once.
class LoginRateLimiter
{
public:
    static constexpr qint64 WindowMs = qint64{60} * 1000;
    static constexpr qsizetype DefaultMaxKeys = 100000;

    LoginRateLimiter(LoginFailureTable &table, QString scope, int maxFailures,
                     qsizetype maxKeys = DefaultMaxKeys);

    // Seconds until another attempt is allowed; 0 when allowed now. A key that is not tracked
    // while the table is full of live keys must wait too: forgetting old keys to make room would
    // let whoever fills the table reset everyone's counters.
    int retryAfterSeconds(const QString &key, qint64 nowMs);
    // Call inside LoginFailureTable::writeTransaction() (it reads, then writes).
    void recordFailure(const QString &key, qint64 nowMs);
    void reset(const QString &key);
    qsizetype keyCount();

private:
    void purge(qint64 nowMs);
    // Whether the scope holds maxKeys keys: counted in the database when this instance's
    // estimate says it might (or the estimate is old), so that a sign-in does not scan the
    // table each time.
    bool full(qint64 nowMs);

    LoginFailureTable &m_table;
    QString m_scope;
    int m_maxFailures;
    qsizetype m_maxKeys;
    qint64 m_nextPurgeMs = 0;
    // The key count at m_countedAtMs plus the failures recorded here since (each may be a new
    // key); other instances' new keys show at the next count, at most CountEveryMs later.
    qsizetype m_keysEstimate = 0;
    qint64 m_countedAtMs = -1;
    static constexpr qint64 CountEveryMs = 1000;
};
