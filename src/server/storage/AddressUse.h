#pragma once

#include <QDateTime>
#include <QString>

// One client address a token was used from (its usage history).
struct AddressUse
{
    QString address;
    QString userAgent;
    QDateTime firstSeen;
    QDateTime lastSeen;
};
