#include "EventTable.h"

#include "Database.h"

#include <limits>

namespace {
const SqlStatement InsertEvent{
    Sql::InsertEvent,
    "INSERT INTO events (id, at, action, actor_type, actor_id, actor_name, owner_type, owner_id, "
    "owner_name, token_id, token_name, address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"};
// One statement per filter combination, so that each keeps its own plan (a token's events
// through events_token).
#define TOKENDESK_EVENTS_SELECT                                                                    \
    "SELECT seq, id, at, action, actor_type, actor_id, actor_name, owner_type, owner_id, "         \
    "owner_name, token_id, token_name, address FROM events WHERE owner_type = ? AND "              \
    "owner_id = ? AND seq < ? "
#define TOKENDESK_EVENTS_ORDER "ORDER BY seq DESC LIMIT ?"
const SqlStatement EventsOf{Sql::EventsOf, TOKENDESK_EVENTS_SELECT TOKENDESK_EVENTS_ORDER};
const SqlStatement EventsOfAction{Sql::EventsOfAction,
                                  TOKENDESK_EVENTS_SELECT "AND action = ? " TOKENDESK_EVENTS_ORDER};
const SqlStatement EventsOfToken{Sql::EventsOfToken, TOKENDESK_EVENTS_SELECT
                                 "AND token_id = ? " TOKENDESK_EVENTS_ORDER};
const SqlStatement EventsOfActionAndToken{
    Sql::EventsOfActionAndToken,
    TOKENDESK_EVENTS_SELECT "AND action = ? AND token_id = ? " TOKENDESK_EVENTS_ORDER};

// Empty as NULL: a session event has no token, an unknown client no address.
SqlValue textOrNull(const QString &text)
{
    return text.isEmpty() ? SqlValue() : SqlValue(text);
}
} // namespace

void EventTable::insert(const QList<EventRecord> &events)
{
    for (const EventRecord &e : events) {
        m_db.run(InsertEvent,
                 {e.id, e.at.toSecsSinceEpoch(), e.action, e.actorType, e.actorId, e.actorName,
                  TokenOwner::typeName(e.owner.type), e.owner.id, e.owner.name,
                  textOrNull(e.tokenId), e.tokenId.isEmpty() ? SqlValue() : SqlValue(e.tokenName),
                  textOrNull(e.address)});
    }
}

QList<EventRecord> EventTable::eventsOf(TokenOwner::Type type, const QString &ownerId,
                                        qint64 beforeSeq, const QString &action,
                                        const QString &tokenId, int limit)
{
    const QString typeText = TokenOwner::typeName(type);
    const qint64 before = beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max();
    const bool byAction = !action.isEmpty();
    const bool byToken = !tokenId.isEmpty();
    SqlRows rows =
        byAction && byToken
            ? m_db.run(EventsOfActionAndToken, {typeText, ownerId, before, action, tokenId, limit})
        : byAction ? m_db.run(EventsOfAction, {typeText, ownerId, before, action, limit})
        : byToken  ? m_db.run(EventsOfToken, {typeText, ownerId, before, tokenId, limit})
                   : m_db.run(EventsOf, {typeText, ownerId, before, limit});
    QList<EventRecord> events;
    while (rows.next()) {
        EventRecord e;
        e.seq = rows.integer(0);
        e.id = rows.string(1);
        e.at = rows.time(2);
        e.action = rows.string(3);
        e.actorType = rows.string(4);
        e.actorId = rows.string(5);
        e.actorName = rows.string(6);
        e.owner.type = TokenOwner::typeFromName(rows.string(7)).value_or(TokenOwner::Type::User);
        e.owner.id = rows.string(8);
        e.owner.name = rows.string(9);
        e.tokenId = rows.string(10);
        e.tokenName = rows.string(11);
        e.address = rows.string(12);
        events.append(e);
    }
    return events;
}
