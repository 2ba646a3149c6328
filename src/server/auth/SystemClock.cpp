#include "SystemClock.h"

#include "Rfc3339.h"

QDateTime SystemClock::now() const
{
    return Rfc3339::wholeSeconds(QDateTime::currentDateTimeUtc());
}
