#include "Credential.h"

#include "TokenFormat.h"

Credential Credential::fromAuthorization(const QByteArray &authorization)
{
    // The scheme is case-insensitive (RFC 9110); the secret is what follows it.
    const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (authorization.size() <= scheme.size() ||
        authorization.first(scheme.size()).toLower() != scheme)
        return {};
    return fromSecret(authorization.sliced(scheme.size()).trimmed());
}

Credential Credential::fromSecret(QByteArray secret)
{
    Credential credential;
    if (secret.startsWith(TokenFormat::prefix(TokenFormat::Kind::Session)))
        credential.kind = Kind::Session;
    else if (secret.startsWith(TokenFormat::prefix(TokenFormat::Kind::ApiToken)))
        credential.kind = Kind::ApiToken;
    else if (!secret.isEmpty())
        credential.kind = Kind::Other;
    credential.secret = std::move(secret);
    return credential;
}
