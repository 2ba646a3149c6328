#pragma once

#include <QString>

// Opaque random ids ("tok_" + 16 base62 characters) and account ids (32 hex digits).
class IdGenerator
{
public:
    static QString make(const QString &prefix);
    static QString accountId();

    IdGenerator() = delete;
};
