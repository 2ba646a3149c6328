#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// The secret format shared by server and app: prefix + 32 random base62 characters + 6 base62
// characters of CRC32 over the random part. The checksum lets scanners (and our own input
// validation) reject a mistyped or truncated secret offline, before any network call.
class TokenFormat
{
public:
    enum class Kind
    {
        ApiToken,
        Session
    };

    static constexpr int RandomLength = 32;
    static constexpr int ChecksumLength = 6;
    static constexpr int PrefixLength = 4;
    static constexpr int TotalLength = PrefixLength + RandomLength + ChecksumLength;

    static QByteArray prefix(Kind kind);
    // A new secret from the system's cryptographic random source.
    static QByteArray generate(Kind kind);
    // What a string is, offline: not this kind of secret at all (prefix, length or alphabet),
    // shaped like one but with a checksum that does not match (a typo or a forgery), or valid.
    enum class Shape
    {
        Foreign,
        BadChecksum,
        Valid
    };
    static Shape shapeOf(QByteArrayView secret, Kind kind);
    // Prefix, length, alphabet and checksum all valid.
    static bool isWellFormed(QByteArrayView secret, Kind kind);
    // "tdk_AbCd…wxyz": enough to recognise a token, useless to an attacker.
    static QString hint(QByteArrayView secret);
    // SHA-256 of the secret: the only form the server stores.
    static QByteArray digest(QByteArrayView secret);
    // Equality in time independent of where the inputs differ.
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

    static quint32 crc32(QByteArrayView data);
    static QByteArray base62(quint64 value, int width);

    TokenFormat() = delete;
};
