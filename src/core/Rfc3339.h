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

    Rfc3339() = delete;
};
