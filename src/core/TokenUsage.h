#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Where a token was used from (GET …/tokens/{id}/usage): its last distinct client addresses,
// newest first, each with the User-Agent last seen from it. No secret is part of it.
struct TokenUsage
{
    struct Address
    {
        QString address;
        QString userAgent; // may be empty: the client sent none
        QDateTime firstSeen;
        QDateTime lastSeen;
        friend bool operator==(const Address &, const Address &) = default;
    };

    QList<Address> addresses;

    QJsonObject toJson() const;
    static std::optional<TokenUsage> fromJson(const QJsonObject &json, QString *error = nullptr);
    friend bool operator==(const TokenUsage &, const TokenUsage &) = default;
};
