#pragma once

#include "TokenRecord.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

class Store;

// The token a secret belongs to: its current secret, or the one before a rotation while that
// one's grace lasts (then TokenRecord::viaPreviousSecret). Looked up by SHA-256 digest and
// compared again in constant time, so that no timing tells digests apart.
class SecretLookup
{
public:
    enum class Columns
    {
        Authorization, // what authorizing a call needs (Store::authorizationByDigest)
        Whole,         // the whole record (Store::tokenByDigest)
    };

    explicit SecretLookup(Store &store) : m_store(store) {}

    std::optional<TokenRecord> find(const QByteArray &secret, Columns columns,
                                    const QDateTime &now) const;

private:
    Store &m_store;
};
