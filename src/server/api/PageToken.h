#pragma once

#include <QString>

#include <optional>

// The listing's opaque page token: the last listed token's seq, base64url without padding.
class PageToken
{
public:
    static QString encode(qint64 seq);
    // The seq in a token this server issued; nullopt for anything else.
    static std::optional<qint64> decode(const QString &token);

    PageToken() = delete;
};
