#pragma once

#include "TokenOwner.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// An API token as listed: everything but the secret, which exists only once, at creation.
struct Token
{
    enum class Status
    {
        Active,
        Expired
    };

    QString id;
    QString name;
    QStringList scopes;
    TokenOwner owner;
    QDateTime createdAt;
    QString createdBy;    // username of the creator
    QDateTime expiresAt;  // invalid: never expires
    QDateTime lastUsedAt; // invalid: never used
    QString hint;
    Status status = Status::Active;
    // Set while a rotation's grace lasts: until then the secret before the rotation still works.
    QDateTime previousSecretValidUntil;
    QString lastUsedAddress; // the client address of the last use; empty: none recorded

    bool expires() const { return expiresAt.isValid(); }
    bool isExpiredAt(const QDateTime &now) const { return expires() && expiresAt <= now; }

    QJsonObject toJson() const;
    static std::optional<Token> fromJson(const QJsonObject &json, QString *error = nullptr);
    friend bool operator==(const Token &, const Token &) = default;
};
