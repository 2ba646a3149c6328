#include "ApiTokenGate.h"

#include "ActivityLog.h"
#include "Auth.h"
#include "Clock.h"
#include "Policy.h"
#include "Store.h"
#include "TokenStatus.h"

ApiTokenGate::ApiTokenGate(Store &store, Auth &auth, const Policy &policy, const Clock &clock)
    : m_store(store), m_auth(auth), m_policy(policy), m_clock(clock)
{}

std::optional<ApiTokenGate::Caller>
ApiTokenGate::authorize(const Credential &credential, const QString &method, const QString &path,
                        const QString &scope, DomainError *error)
{
    auto record = m_auth.apiToken(credential, error);
    if (!record)
        return std::nullopt;
    // The owner's account and plan came with the token, in the same query.
    Caller caller{TokenStatus::stamped(*std::move(record), m_clock.now()), {}, {}};
    caller.accountId = caller.token.ownerAccountId;
    caller.plan = caller.token.ownerPlan;
    if (caller.plan == Account::Plan::Free && !m_policy.allowsFreePlan(method, path)) {
        *error = DomainError::of(DomainError::Kind::PlanForbids, {method, path});
        return std::nullopt;
    }
    if (!scope.isEmpty() && !caller.token.token.scopes.contains(scope)) {
        *error = DomainError::of(DomainError::Kind::ScopeMissing, {scope});
        return std::nullopt;
    }
    return caller;
}

void ApiTokenGate::recordUse(const Caller &caller, const QString &clientAddress,
                             const QString &userAgent)
{
    // The lookup row holds the last address and the last use: the common case — the same
    // address, used within the minute — sends nothing (the UPDATE's own condition would change
    // nothing, and decides for every instance when it is sent).
    const Token &token = caller.token.token;
    const QDateTime at = m_clock.now();
    if (clientAddress == token.lastUsedAddress) {
        const QDateTime &lastUsed = token.lastUsedAt;
        if (lastUsed.isValid() &&
            lastUsed.toSecsSinceEpoch() > at.toSecsSinceEpoch() - Store::LastUsedResolutionSeconds)
            return;
        m_store.touchToken(token.id, at);
        return;
    }
    QString agent;
    for (const QChar c : userAgent) {
        if (c.unicode() >= 0x20 && c.unicode() != 0x7f)
            agent.append(c);
    }
    if (m_store.touchTokenFrom(token.id, clientAddress, agent, at))
        m_store.insertEvents(
            {ActivityLog::tokenEvent(QStringLiteral("token.used_from_new_address"),
                                     ActivityLog::token(token), token, clientAddress, at)});
}
