#pragma once

#include "Token.h"

#include <QDateTime>

// The one rule for "expires soon", used by the token table and the expiry notification alike:
// the token expires, is not expired yet, and expires within the warning window — a token with
// exactly N days left is inside a window of N days.
class ExpiryWarning
{
public:
    // The warning window when the user has not chosen one (Settings).
    static constexpr int DefaultDays = 7;

    static bool isSoon(const Token &token, const QDateTime &now, int warningDays);
    // Still valid at now, and no longer at now + seconds (tokendesk-cli --expiring-within).
    static bool expiresWithin(const Token &token, const QDateTime &now, qint64 seconds);

    ExpiryWarning() = delete;
};
