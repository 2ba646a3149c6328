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
    // Qt's ISO parser accepts times without an offset (local time); RFC 3339 does not.
    static const QRegularExpression shape(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (!shape.match(text).hasMatch())
        return {};
    QString normalized = text.toUpper();
    // Qt parses at most millisecond precision.
    static const QRegularExpression longFraction(QStringLiteral(R"((\.\d{3})\d+)"));
    normalized.replace(longFraction, QStringLiteral("\\1"));
    const QDateTime parsed = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}
