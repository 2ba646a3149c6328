#pragma once

#include "AddressUse.h"
#include "DomainError.h"
#include "OwnerAccess.h"
#include "Token.h"
#include "TokenListRow.h"

#include <QList>

#include <functional>
#include <optional>

class Clock;
class Store;

// Reading an owner's tokens: the listing and a token's usage by address. Any member of the owner
// may read them.
class TokenQueries
{
public:
    TokenQueries(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}

    // A listing page, one token at a time as the Store reads it (no copy of the page): at most
    // pageSize tokens after afterSeq, each with its status at this moment and without a grace
    // that has ended. The row is valid only during the call.
    struct PageEnd
    {
        bool more = false; // another page follows lastSeq
        qint64 lastSeq = 0;
    };
    using ListedToken = std::function<void(const TokenListRow &, Token::Status)>;
    PageEnd list(const OwnerAccess &access, qint64 afterSeq, int pageSize,
                 const ListedToken &listed);

    // The token's last UsageAddresses distinct addresses, newest first (TokenNotFound for
    // another owner's token).
    static constexpr int UsageAddresses = 10;
    std::optional<QList<AddressUse>> usage(const OwnerAccess &access, const QString &tokenId,
                                           DomainError *error);

private:
    Store &m_store;
    const Clock &m_clock;
};
