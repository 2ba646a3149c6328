// TokenFormat: a well-formed secret has the length, prefix and checksum of the format; hint never
// reveals more than its ends; a checksum fixed up from the input's random part is accepted.
#include "FuzzSupport.h"
#include "TokenFormat.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray secret = fuzz::bytes(data, size);
    for (const auto kind : {TokenFormat::Kind::ApiToken, TokenFormat::Kind::Session}) {
        if (TokenFormat::isWellFormed(secret, kind)) {
            FUZZ_CHECK(secret.size() == TokenFormat::TotalLength);
            FUZZ_CHECK(secret.startsWith(TokenFormat::prefix(kind)));
            const QByteArray random =
                secret.mid(TokenFormat::PrefixLength, TokenFormat::RandomLength);
            FUZZ_CHECK(secret.endsWith(
                TokenFormat::base62(TokenFormat::crc32(random), TokenFormat::ChecksumLength)));
        }
    }
    const QString hint = TokenFormat::hint(secret);
    FUZZ_CHECK(hint.size() <= 16);
    FUZZ_CHECK(TokenFormat::digest(secret).size() == 32);
    FUZZ_CHECK(TokenFormat::constantTimeEquals(secret, secret));
    // The input's first 32 bytes as a random part: well-formed exactly when all are base62.
    if (secret.size() >= TokenFormat::RandomLength) {
        const QByteArray random = secret.first(TokenFormat::RandomLength);
        const QByteArray fixed =
            TokenFormat::prefix(TokenFormat::Kind::ApiToken) + random +
            TokenFormat::base62(TokenFormat::crc32(random), TokenFormat::ChecksumLength);
        bool base62 = true;
        for (const char c : random)
            base62 = base62 &&
                     ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
        FUZZ_CHECK(TokenFormat::isWellFormed(fixed, TokenFormat::Kind::ApiToken) == base62);
        FUZZ_CHECK(!TokenFormat::isWellFormed(fixed, TokenFormat::Kind::Session));
    }
    return 0;
}
