#pragma once

#include "CreateDraft.h"
#include "DomainError.h"
#include "OwnerAccess.h"
#include "RotationDraft.h"
#include "TokenRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <optional>

class Clock;
class Store;
class TokenRules;

// A token's life for its owner: created, rotated (a new secret), revoked, one or many at once.
// Who may: anyone for their own tokens; for a team's, its members create, and the token's
// creator or a team admin rotate and revoke.
class TokenLifecycle
{
public:
    TokenLifecycle(Store &store, const TokenRules &rules, const Clock &clock);
    TokenLifecycle(const TokenLifecycle &) = delete;
    TokenLifecycle &operator=(const TokenLifecycle &) = delete;

    // A new token, or a renewed one, with the only copy of its secret.
    struct Issued
    {
        TokenRecord record;
        QByteArray secret;
    };
    std::optional<Issued> create(const OwnerAccess &access, const CreateDraft &draft,
                                 DomainError *error);
    std::optional<Issued> rotate(const OwnerAccess &access, const QString &tokenId,
                                 const RotationDraft &draft, DomainError *error);
    bool revoke(const OwnerAccess &access, const QString &tokenId, DomainError *error);
    // Bulk revoke: the given tokens, or (unusedSince valid) every token of the owner not used
    // since then (never used: created before then), at most MaxBulkRevoke of them per call.
    // All or nothing: if the caller may not revoke one of them (or one of ids is not the
    // owner's), nothing is revoked and *error says why.
    static constexpr int MaxBulkIds = 100;
    static constexpr int MaxBulkRevoke = 1000;
    struct Revoked
    {
        QStringList ids;
        bool more = false; // unusedSince: more tokens match; call again
    };
    std::optional<Revoked> revokeMany(const OwnerAccess &access, const QStringList &ids,
                                      const QDateTime &unusedSince, DomainError *error);
    // Whether the token exists for the owner and the caller may rotate or revoke it.
    bool mayManage(const OwnerAccess &access, const QString &tokenId, DomainError *error);

private:
    // Whether the caller may rotate or revoke this token of the owner; *error when not.
    static bool mayChange(const OwnerAccess &access, const TokenRecord &record, DomainError *error);
    // The token with its status now, if it belongs to the owner and the caller may change it.
    std::optional<TokenRecord> managedToken(const OwnerAccess &access, const QString &id,
                                            DomainError *error);

    Store &m_store;
    const TokenRules &m_rules;
    const Clock &m_clock;
};
