#include "DemoItems.h"

#include "Clock.h"
#include "IdGenerator.h"
#include "Store.h"

QList<DemoItemRecord> DemoItems::list(const ApiTokenGate::Caller &caller)
{
    const TokenOwner &owner = caller.token.token.owner;
    return m_store.demoItems(owner.type, owner.id);
}

DemoItemRecord DemoItems::add(const ApiTokenGate::Caller &caller, const QString &name)
{
    const TokenOwner &owner = caller.token.token.owner;
    DemoItemRecord item{IdGenerator::make(QStringLiteral("itm_")), name, m_clock.now()};
    m_store.insertDemoItem(owner.type, owner.id, item);
    return item;
}
