#pragma once

#include "Clock.h"

// The real time: QDateTime::currentDateTimeUtc(), cut to whole seconds.
class SystemClock : public Clock
{
public:
    QDateTime now() const override;
};
