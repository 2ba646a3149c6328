#include "TimeText.h"

#include <QLocale>

QString TimeText::relative(const QDateTime &time, const QDateTime &now)
{
    const qint64 seconds = now.secsTo(time);
    const qint64 magnitude = qAbs(seconds);
    const bool future = seconds >= 0;
    QString amount;
    if (magnitude < 60)
        return future ? tr("in less than a minute") : tr("just now");
    // Spelled out per unit rather than "%n day(s)", which needs a loaded English .qm to read well.
    if (magnitude < 3600) {
        const qint64 n = magnitude / 60;
        amount = n == 1 ? tr("1 minute") : tr("%1 minutes").arg(n);
    } else if (magnitude < 86400) {
        const qint64 n = (magnitude + 1800) / 3600; // nearest: "in 30 days", not "in 29 days"
        amount = n == 1 ? tr("1 hour") : tr("%1 hours").arg(n);
    } else {
        const qint64 n = (magnitude + 43200) / 86400;
        amount = n == 1 ? tr("1 day") : tr("%1 days").arg(n);
    }
    return future ? tr("in %1").arg(amount) : tr("%1 ago").arg(amount);
}

QString TimeText::exact(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

QString TimeText::date(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
}
