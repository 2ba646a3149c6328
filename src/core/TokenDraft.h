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

    // The form in which names are stored and compared: Unicode NFC, so that look-alikes made of
    // different code point sequences ("é" as one code point or as e + combining accent) collide.
    static QString normalizedName(const QString &name);

    QJsonObject toJson() const;
};
