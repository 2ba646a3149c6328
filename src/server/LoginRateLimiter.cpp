#include "LoginRateLimiter.h"

namespace {
int toSeconds(qint64 ms)
{
    return static_cast<int>((ms + 999) / 1000);
}
} // namespace

void LoginRateLimiter::sweep(qint64 nowMs)
{
    // A full pass at most once per window (or when the table is full) keeps the cost amortised.
    if (nowMs < m_nextSweepMs && m_failures.size() < m_maxKeys)
        return;
    m_nextSweepMs = nowMs + WindowMs;
    m_failures.removeIf([nowMs](const QHash<QString, QList<qint64>>::iterator &it) {
        return nowMs - it->last() >= WindowMs;
    });
    m_failures.squeeze();
}

int LoginRateLimiter::waitMs(const QList<qint64> &failures, qint64 nowMs) const
{
    qsizetype live = 0;
    for (const qint64 at : failures) {
        if (nowMs - at < WindowMs)
            ++live;
    }
    if (live < m_maxFailures)
        return 0;
    // The attempt is allowed again once the oldest live failure leaves the window.
    return static_cast<int>(failures.at(failures.size() - live) + WindowMs - nowMs);
}

int LoginRateLimiter::retryAfterSeconds(const QString &key, qint64 nowMs)
{
    const auto it = m_failures.constFind(key);
    if (it != m_failures.constEnd())
        return toSeconds(waitMs(*it, nowMs));
    if (m_failures.size() < m_maxKeys)
        return 0;
    sweep(nowMs);
    if (m_failures.size() < m_maxKeys)
        return 0;
    return toSeconds(WindowMs); // full of live keys: wait for a window to pass
}

void LoginRateLimiter::recordFailure(const QString &key, qint64 nowMs)
{
    sweep(nowMs);
    auto it = m_failures.find(key);
    if (it == m_failures.end()) {
        if (m_failures.size() >= m_maxKeys)
            return; // retryAfterSeconds() already refuses untracked keys while full
        it = m_failures.insert(key, {});
    }
    it->append(nowMs);
    // Only the newest maxFailures times can decide a wait.
    while (it->size() > m_maxFailures)
        it->removeFirst();
}

void LoginRateLimiter::reset(const QString &key)
{
    m_failures.remove(key);
}
