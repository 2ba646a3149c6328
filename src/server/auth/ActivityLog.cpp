#include "ActivityLog.h"

#include "IdGenerator.h"
#include "Rfc3339.h"

namespace {
EventRecord stampedEvent(const QString &action, const ActivityLog::Actor &actor,
                         const QString &address, const QDateTime &at)
{
    EventRecord e;
    e.id = IdGenerator::make(QStringLiteral("evt_"));
    e.at = Rfc3339::wholeSeconds(at);
    e.action = action;
    e.actorType = actor.type;
    e.actorId = actor.id;
    e.actorName = actor.name;
    e.address = address;
    return e;
}
} // namespace

const QStringList &ActivityLog::actions()
{
    static const QStringList all{QStringLiteral("token.created"),
                                 QStringLiteral("token.rotated"),
                                 QStringLiteral("token.revoked"),
                                 QStringLiteral("token.expired"),
                                 QStringLiteral("token.used_from_new_address"),
                                 QStringLiteral("session.created"),
                                 QStringLiteral("session.revoked")};
    return all;
}

ActivityLog::Actor ActivityLog::user(const UserRecord &user)
{
    return {QStringLiteral("user"), user.id, user.username};
}

ActivityLog::Actor ActivityLog::token(const Token &token)
{
    return {QStringLiteral("token"), token.id, token.name};
}

EventRecord ActivityLog::tokenEvent(const QString &action, const Actor &actor, const Token &token,
                                    const QString &address, const QDateTime &at)
{
    EventRecord e = stampedEvent(action, actor, address, at);
    e.owner = token.owner;
    e.tokenId = token.id;
    e.tokenName = token.name;
    return e;
}

EventRecord ActivityLog::sessionEvent(const QString &action, const UserRecord &user,
                                      const QString &address, const QDateTime &at)
{
    EventRecord e = stampedEvent(action, ActivityLog::user(user), address, at);
    e.owner = {TokenOwner::Type::User, user.id, user.username};
    return e;
}
