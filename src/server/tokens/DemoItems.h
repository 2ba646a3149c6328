#pragma once

#include "ApiTokenGate.h"
#include "DemoItemRecord.h"

#include <QList>

class Clock;
class Store;

// The demo resource an API token calls (after ApiTokenGate): its owner's items.
class DemoItems
{
public:
    DemoItems(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}

    QList<DemoItemRecord> list(const ApiTokenGate::Caller &caller);
    DemoItemRecord add(const ApiTokenGate::Caller &caller, const QString &name);

private:
    Store &m_store;
    const Clock &m_clock;
};
