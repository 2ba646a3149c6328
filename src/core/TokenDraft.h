#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// What the user asks for when creating a token (the body of POST …/tokens).
struct TokenDraft
{
    QString name;
    QStringList scopes;
    QDateTime expiresAt; // invalid: no expiry

    QJsonObject toJson() const;
};
