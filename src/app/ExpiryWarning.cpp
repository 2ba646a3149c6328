#include "ExpiryWarning.h"

bool ExpiryWarning::isSoon(const Token &token, const QDateTime &now, int warningDays)
{
    return token.expires() && !token.isExpiredAt(now) &&
           token.expiresAt <= now.addDays(warningDays);
}
