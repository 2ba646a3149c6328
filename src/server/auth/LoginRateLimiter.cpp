#include "LoginRateLimiter.h"

#include "LoginFailureTable.h"

namespace {
int toSeconds(qint64 ms)
{
    return static_cast<int>((ms + 999) / 1000);
}
} // namespace

LoginRateLimiter::LoginRateLimiter(LoginFailureTable &table, QString scope, int maxFailures,
                                   qsizetype maxKeys)
    : m_table(table), m_scope(std::move(scope)), m_maxFailures(maxFailures), m_maxKeys(maxKeys)
{}

void LoginRateLimiter::purge(qint64 nowMs)
{
    // A full pass at most once per window (or when the table is full) keeps the cost amortised.
    if (nowMs < m_nextPurgeMs)
        return;
    m_nextPurgeMs = nowMs + WindowMs;
    m_table.purgeUpTo(nowMs - WindowMs);
    m_countedAtMs = -1; // the count changed
}

bool LoginRateLimiter::full(qint64 nowMs)
{
    const bool stale =
        m_countedAtMs < 0 || nowMs - m_countedAtMs >= CountEveryMs || nowMs < m_countedAtMs;
    if (!stale && m_keysEstimate < m_maxKeys)
        return false;
    m_keysEstimate = m_table.keyCount(m_scope);
    m_countedAtMs = nowMs;
    if (m_keysEstimate < m_maxKeys)
        return false;
    m_nextPurgeMs = 0; // full: purge now rather than at the next window
    purge(nowMs);
    m_keysEstimate = m_table.keyCount(m_scope);
    m_countedAtMs = nowMs;
    return m_keysEstimate >= m_maxKeys;
}

int LoginRateLimiter::retryAfterSeconds(const QString &key, qint64 nowMs)
{
    // The newest maxFailures failures in the window; fewer than that allow an attempt.
    const QList<qint64> live = m_table.failuresSince(m_scope, key, nowMs - WindowMs, m_maxFailures);
    if (!live.isEmpty()) {
        if (live.size() < m_maxFailures)
            return 0;
        // The attempt is allowed again once the oldest of them leaves the window.
        return toSeconds(live.last() + WindowMs - nowMs);
    }
    if (!full(nowMs))
        return 0;
    return toSeconds(WindowMs); // full of live keys: wait for a window to pass
}

void LoginRateLimiter::recordFailure(const QString &key, qint64 nowMs)
{
    purge(nowMs);
    if (full(nowMs) && m_table.failuresSince(m_scope, key, nowMs - WindowMs, 1).isEmpty())
        return; // retryAfterSeconds() already refuses untracked keys while full
    m_table.insert(m_scope, key, nowMs);
    ++m_keysEstimate;
    // Only the newest maxFailures times can decide a wait.
    m_table.keepNewest(m_scope, key, m_maxFailures);
}

void LoginRateLimiter::reset(const QString &key)
{
    m_table.remove(m_scope, key);
}

qsizetype LoginRateLimiter::keyCount()
{
    return m_table.keyCount(m_scope);
}
