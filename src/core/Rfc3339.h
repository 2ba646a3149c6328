#pragma once

#include <QDateTime>
#include <QString>

// Times on the wire are RFC 3339 UTC strings ("2026-11-23T10:15:00Z").
class Rfc3339
{
public:
    static QString format(const QDateTime &time);
    // Invalid QDateTime when the text is not an RFC 3339 time with an explicit offset.
    static QDateTime parse(const QString &text);
    // The time cut to whole seconds, the precision of the wire (and of the server's store).
    static QDateTime wholeSeconds(const QDateTime &time);

    // The calendar behind the wire form, for code that writes or reads it without QDateTime
    // (hot paths: a token listing holds thousands of times). Proleptic Gregorian, UTC.
    static qint64 daysFromCivil(int year, int month, int day);
    struct CivilDate
    {
        qint64 year = 1970;
        unsigned month = 1;
        unsigned day = 1;
    };
    static CivilDate civilFromDays(qint64 daysSinceEpoch);
    // secsSinceEpoch as "2026-11-23T10:15:00Z" into out (FormLength bytes, no terminator);
    // false for a year outside 0000-9999.
    static constexpr int FormLength = 20;
    static bool writeSeconds(qint64 secsSinceEpoch, char *out);

    Rfc3339() = delete;
};
