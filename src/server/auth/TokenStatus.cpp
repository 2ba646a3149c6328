#include "TokenStatus.h"

namespace {
std::optional<qint64> secsOrNull(const QDateTime &time)
{
    return time.isValid() ? std::optional<qint64>(time.toSecsSinceEpoch()) : std::nullopt;
}
} // namespace

Token::Status TokenStatus::at(std::optional<qint64> expiresAt, qint64 now)
{
    return expiresAt && *expiresAt <= now ? Token::Status::Expired : Token::Status::Active;
}

bool TokenStatus::graceEnded(std::optional<qint64> previousSecretValidUntil, qint64 now)
{
    return previousSecretValidUntil && *previousSecretValidUntil <= now;
}

TokenRecord TokenStatus::stamped(TokenRecord record, const QDateTime &now)
{
    Token &token = record.token;
    const qint64 secs = now.toSecsSinceEpoch();
    token.status = at(secsOrNull(token.expiresAt), secs);
    if (graceEnded(secsOrNull(token.previousSecretValidUntil), secs))
        token.previousSecretValidUntil = {};
    return record;
}
