#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// The durations and dates of the command line: "90d", "24h", "30m", "2w"; expiries as a
// duration from now, a date ("2027-03-01", the end of that day in UTC) or "never".
class DurationText
{
public:
    static std::optional<qint64> seconds(const QString &text);
    // nullopt: not understood. An invalid QDateTime inside: "never".
    static std::optional<QDateTime> expiry(const QString &text, const QDateTime &now);

    DurationText() = delete;
};
