#pragma once

#include "Token.h"
#include "TokenRecord.h"

#include <QDateTime>

#include <optional>

// What a stored token is at a moment: active or expired, and whether the grace of its secret
// before a rotation has ended (an ended grace is no longer shown). The Store does not know the
// clock; the services ask here.
class TokenStatus
{
public:
    static Token::Status at(std::optional<qint64> expiresAt, qint64 now);
    static bool graceEnded(std::optional<qint64> previousSecretValidUntil, qint64 now);
    // The record with its status at now and without an ended grace.
    static TokenRecord stamped(TokenRecord record, const QDateTime &now);

    TokenStatus() = delete;
};
