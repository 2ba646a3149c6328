#pragma once

#include "CreateDraft.h"
#include "DomainError.h"
#include "Policy.h"
#include "RotationDraft.h"
#include "TokenDraft.h"

#include <QDateTime>

#include <optional>

// The validation rules for token names, scopes and expiry under the server's policy.
class TokenRules
{
public:
    static constexpr int MaxNameLength = 100;
    // Clients compute expiry when the user clicks; allow for the request's travel time.
    static constexpr qint64 LifetimeSlackSeconds = 60;
    // The shortest lifetime a new or renewed token may get.
    static constexpr qint64 MinLifetimeSeconds = 60;

    explicit TokenRules(Policy policy) : m_policy(std::move(policy)) {}

    const Policy &policy() const { return m_policy; }
    // A create request → a valid draft (name trimmed and normalised, scopes deduplicated in
    // the policy's order).
    std::optional<TokenDraft> checkDraft(const CreateDraft &draft, const QDateTime &now,
                                         DomainError *error) const;
    // How long the secret before a rotation may keep working, at most.
    static constexpr qint64 MaxGraceSeconds = 86400;
    struct Rotation
    {
        QDateTime expiresAt; // invalid: no expiry
        qint64 graceSeconds = 0;
    };
    // A rotate request → the new expiry and the old secret's grace; lifetimeSeconds < 0 means
    // the token had no expiry.
    std::optional<Rotation> checkRotation(const RotationDraft &draft, const QDateTime &now,
                                          qint64 lifetimeSeconds, DomainError *error) const;

private:
    bool checkExpiry(const QDateTime &expiresAt, const QDateTime &now, DomainError *error) const;

    Policy m_policy;
};
