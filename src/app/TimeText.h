#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Human wording for token times: "in 5 days", "3 hours ago", "expired", with exact tooltips.
class TimeText
{
    Q_DECLARE_TR_FUNCTIONS(TimeText)
public:
    static QString relative(const QDateTime &time, const QDateTime &now);
    static QString exact(const QDateTime &time);
    static QString date(const QDateTime &time);

    TimeText() = delete;
};
