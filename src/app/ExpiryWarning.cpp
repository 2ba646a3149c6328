#include "ExpiryWarning.h"

bool ExpiryWarning::isSoon(const Token &token, const QDateTime &now, int warningDays)
{
    return expiresWithin(token, now, qint64(warningDays) * 24 * 3600);
}

bool ExpiryWarning::expiresWithin(const Token &token, const QDateTime &now, qint64 seconds)
{
    return token.expires() && !token.isExpiredAt(now) && token.expiresAt <= now.addSecs(seconds);
}
