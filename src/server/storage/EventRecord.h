#pragma once

#include "TokenOwner.h"

#include <QDateTime>
#include <QString>

// One row of the activity log (append-only; never a secret): who did what to which token or
// session of which owner, from where.
struct EventRecord
{
    qint64 seq = 0; // append order, the pagination key
    QString id;
    QDateTime at;
    QString action;    // token.created, token.rotated, token.revoked, token.expired,
                       // token.used_from_new_address, session.created, session.revoked
    QString actorType; // "user" or "token"
    QString actorId;
    QString actorName;
    TokenOwner owner;
    QString tokenId; // empty for session events
    QString tokenName;
    QString address; // the client's address; empty when not known
};
