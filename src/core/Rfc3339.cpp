#include "Rfc3339.h"

#include <QRegularExpression>

QString Rfc3339::format(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime Rfc3339::wholeSeconds(const QDateTime &time)
{
    return time.isValid() ? QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC)
                          : QDateTime();
}

QDateTime Rfc3339::parse(const QString &text)
{
    // Qt's ISO parser accepts times without an offset (local time); RFC 3339 does not. ASCII
    // digits only: \d would also match other scripts' digits.
    static const QRegularExpression shape(
        QStringLiteral(
            R"(^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (!shape.match(text).hasMatch())
        return {};
    QString normalized = text.toUpper();
    // Qt parses at most millisecond precision.
    static const QRegularExpression longFraction(QStringLiteral(R"((\.[0-9]{3})[0-9]+)"));
    normalized.replace(longFraction, QStringLiteral("\\1"));
    QDateTime parsed = QDateTime::fromString(normalized, Qt::ISODateWithMs).toUTC();
    // An offset can carry 0001-01-01 or 9999-12-31 out of the four-digit years (found by
    // fuzz_rfc3339: format() would write a time parse() refuses).
    if (!parsed.isValid() || parsed.date().year() < 1 || parsed.date().year() > 9999)
        return {};
    return parsed;
}
