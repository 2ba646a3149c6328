#pragma once

#include "DomainError.h"
#include "EventRecord.h"
#include "OwnerAccess.h"

#include <QList>

#include <optional>

class Store;

// An owner's activity log, newest first: personal for anyone, a team's for its admins only.
class TokenActivity
{
public:
    explicit TokenActivity(Store &store) : m_store(store) {}

    struct EventPage
    {
        QList<EventRecord> events;
        bool more = false; // another page follows the last event's seq
    };
    // Up to pageSize events before beforeSeq (0: from the newest); action and tokenId filter
    // when not empty.
    std::optional<EventPage> events(const OwnerAccess &access, qint64 beforeSeq,
                                    const QString &action, const QString &tokenId, int pageSize,
                                    DomainError *error);

private:
    Store &m_store;
};
