#pragma once

#include <QHash>
#include <QList>
#include <QString>

// Counts failed logins per key in a sliding window. After maxFailures within the window every
// attempt is refused until the oldest of them leaves the window. Memory is bounded: each key keeps
// at most maxFailures times, keys whose failures all left the window are swept, and at most
// maxKeys keys are tracked at once.
class LoginRateLimiter
{
public:
    static constexpr qint64 WindowMs = 60 * 1000;
    static constexpr qsizetype DefaultMaxKeys = 100000;

    explicit LoginRateLimiter(int maxFailures, qsizetype maxKeys = DefaultMaxKeys)
        : m_maxFailures(maxFailures), m_maxKeys(maxKeys)
    {}

    // Seconds until another attempt is allowed; 0 when allowed now. A key that is not tracked
    // while the table is full of live keys must wait too: forgetting old keys to make room would
    // let whoever fills the table reset everyone's counters.
    int retryAfterSeconds(const QString &key, qint64 nowMs);
    void recordFailure(const QString &key, qint64 nowMs);
    void reset(const QString &key);
    qsizetype keyCount() const { return m_failures.size(); }

private:
    void sweep(qint64 nowMs);
    int waitMs(const QList<qint64> &failures, qint64 nowMs) const;

    int m_maxFailures;
    qsizetype m_maxKeys;
    QHash<QString, QList<qint64>> m_failures; // oldest first, within the window
    qint64 m_nextSweepMs = 0;
};
