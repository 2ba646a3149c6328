#pragma once

#include <QHash>
#include <QList>
#include <QString>

// Counts failed logins per username + client address in a sliding window. After MaxFailures
// within the window every attempt is refused until the oldest failure leaves the window.
class LoginRateLimiter
{
public:
    static constexpr int MaxFailures = 5;
    static constexpr qint64 WindowMs = 60 * 1000;

    // Seconds until another attempt is allowed; 0 when allowed now.
    int retryAfterSeconds(const QString &key, qint64 nowMs);
    void recordFailure(const QString &key, qint64 nowMs);
    void reset(const QString &key);

private:
    void prune(const QString &key, qint64 nowMs);

    QHash<QString, QList<qint64>> m_failures;
};
