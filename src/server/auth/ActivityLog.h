#pragma once

#include "EventRecord.h"
#include "Token.h"
#include "UserRecord.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// The activity log's vocabulary: the actions and how an event is made from what happened.
// Events hold names and ids, never a secret or a digest. Store writes them.
class ActivityLog
{
public:
    static const QStringList &actions(); // every action a client may filter by

    struct Actor
    {
        QString type; // "user" or "token"
        QString id;
        QString name;
    };
    static Actor user(const UserRecord &user);
    static Actor token(const Token &token);

    // at: when it happened (the services' Clock).
    static EventRecord tokenEvent(const QString &action, const Actor &actor, const Token &token,
                                  const QString &address, const QDateTime &at);
    static EventRecord sessionEvent(const QString &action, const UserRecord &user,
                                    const QString &address, const QDateTime &at);

    ActivityLog() = delete;
};
