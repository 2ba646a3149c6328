#pragma once

#include "ApiError.h"
#include "Policy.h"
#include "TokenDraft.h"

#include <QDateTime>
#include <QJsonObject>

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
    // A create request body → a valid draft (name trimmed, scopes deduplicated).
    std::optional<TokenDraft> parseDraft(const QJsonObject &body, const QDateTime &now,
                                         ApiError *error) const;
    // How long the secret before a rotation may keep working, at most.
    static constexpr qint64 MaxGraceSeconds = 86400;
    struct Rotation
    {
        QDateTime expiresAt; // invalid: no expiry
        qint64 graceSeconds = 0;
    };
    // A rotate request body → the new expiry and the old secret's grace; lifetimeSeconds < 0
    // means the token had no expiry.
    std::optional<Rotation> parseRotation(const QJsonObject &body, const QDateTime &now,
                                          qint64 lifetimeSeconds, ApiError *error) const;

private:
    bool checkExpiry(const QDateTime &expiresAt, const QDateTime &now, ApiError *error) const;

    Policy m_policy;
};
