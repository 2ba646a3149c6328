#pragma once

#include "TokenOwner.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// One entry of the activity log (GET /api/v1/me/events, /teams/{id}/events): what happened to a
// token or session, when, by whom and from which address. The log never holds a secret.
struct TokenEvent
{
    struct Actor
    {
        QString type; // "user" or "token" (a leaked token revoked with itself)
        QString id;
        QString name;
        friend bool operator==(const Actor &, const Actor &) = default;
    };

    QString id;
    QDateTime at;
    QString action; // e.g. "token.created"; unknown actions are kept and shown as they are
    Actor actor;
    TokenOwner owner;
    QString tokenId; // empty: the event is not about a token (e.g. session.created)
    QString tokenName;
    QString address; // empty: none recorded

    bool hasToken() const { return !tokenId.isEmpty(); }
    QJsonObject toJson() const;
    static std::optional<TokenEvent> fromJson(const QJsonObject &json, QString *error = nullptr);
    friend bool operator==(const TokenEvent &, const TokenEvent &) = default;
};
