#include "DurationText.h"

#include <QRegularExpression>

std::optional<qint64> DurationText::seconds(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})([mhdw])$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed().toLower());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 count = match.captured(1).toLongLong();
    switch (match.captured(2).at(0).toLatin1()) {
    case 'm':
        return count * 60;
    case 'h':
        return count * 3600;
    case 'd':
        return count * 24 * 3600;
    default:
        return count * 7 * 24 * 3600;
    }
}

std::optional<QDateTime> DurationText::expiry(const QString &text, const QDateTime &now)
{
    if (text.trimmed().compare(QLatin1String("never"), Qt::CaseInsensitive) == 0)
        return QDateTime();
    if (const std::optional<qint64> span = seconds(text))
        return now.addSecs(*span);
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, QTime(23, 59, 59), Qt::UTC);
}
