#include "TimeText.h"

#include <QLocale>

QString TimeText::relative(const QDateTime &time, const QDateTime &now)
{
    const qint64 seconds = now.secsTo(time);
    const qint64 magnitude = qAbs(seconds);
    const bool future = seconds >= 0;
    if (magnitude < 60)
        return future ? tr("in less than a minute") : tr("just now");
    // Whole phrases with %n: languages differ in both the plural and the phrase around it
    // ("vor 3 Tagen", "il y a 3 jours"). The English singulars come from tokendesk_en.ts.
    if (magnitude < 3600) {
        const int n = static_cast<int>(magnitude / 60);
        return future ? tr("in %n minutes", nullptr, n) : tr("%n minutes ago", nullptr, n);
    }
    if (magnitude < 86400) {
        // nearest: "in 30 days", not "in 29 days"
        const int n = static_cast<int>((magnitude + 1800) / 3600);
        return future ? tr("in %n hours", nullptr, n) : tr("%n hours ago", nullptr, n);
    }
    const int n = static_cast<int>((magnitude + 43200) / 86400);
    return future ? tr("in %n days", nullptr, n) : tr("%n days ago", nullptr, n);
}

QString TimeText::exact(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

QString TimeText::date(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
}
