#pragma once

#include <QHash>
#include <QList>
#include <QString>

// Counts failed logins per key in a sliding window. After maxFailures within the window every
// attempt is refused until the oldest failure leaves the window.
class LoginRateLimiter
{
public:
    static constexpr qint64 WindowMs = 60 * 1000;

    explicit LoginRateLimiter(int maxFailures) : m_maxFailures(maxFailures) {}

    // Seconds until another attempt is allowed; 0 when allowed now.
    int retryAfterSeconds(const QString &key, qint64 nowMs);
    void recordFailure(const QString &key, qint64 nowMs);
    void reset(const QString &key);

private:
    void prune(const QString &key, qint64 nowMs);

    int m_maxFailures;
    QHash<QString, QList<qint64>> m_failures;
};
