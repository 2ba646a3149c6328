#include "LoginRateLimiter.h"

void LoginRateLimiter::prune(const QString &key, qint64 nowMs)
{
    auto it = m_failures.find(key);
    if (it == m_failures.end())
        return;
    it->removeIf([nowMs](qint64 at) { return nowMs - at >= WindowMs; });
    if (it->isEmpty())
        m_failures.erase(it);
}

int LoginRateLimiter::retryAfterSeconds(const QString &key, qint64 nowMs)
{
    prune(key, nowMs);
    const QList<qint64> failures = m_failures.value(key);
    if (failures.size() < m_maxFailures)
        return 0;
    const qint64 waitMs = failures.first() + WindowMs - nowMs;
    return static_cast<int>((waitMs + 999) / 1000);
}

void LoginRateLimiter::recordFailure(const QString &key, qint64 nowMs)
{
    prune(key, nowMs);
    m_failures[key].append(nowMs);
}

void LoginRateLimiter::reset(const QString &key)
{
    m_failures.remove(key);
}
