#pragma once

#include <QDateTime>

// The time as the services and Auth see it: UTC in whole seconds, the precision of the wire and
// of the store, so that what a service compares is what it wrote. Injected (SystemClock in the
// server), so that tests move time instead of sleeping or editing rows.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};
