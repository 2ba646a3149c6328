#include "SecretLookup.h"

#include "Store.h"
#include "TokenFormat.h"

std::optional<TokenRecord> SecretLookup::find(const QByteArray &secret, Columns columns,
                                              const QDateTime &now) const
{
    const QByteArray digest = TokenFormat::digest(secret);
    std::optional<TokenRecord> token = columns == Columns::Authorization
                                           ? m_store.authorizationByDigest(digest)
                                           : m_store.tokenByDigest(digest);
    if (token && TokenFormat::constantTimeEquals(token->secretDigest, digest))
        return token;
    // Only a secret that is not current costs this second lookup.
    token = m_store.tokenByPreviousDigest(digest, now);
    if (!token || !TokenFormat::constantTimeEquals(token->previousDigest, digest))
        return std::nullopt;
    token->viaPreviousSecret = true;
    return token;
}
