#include "LeakResponse.h"

#include "ActivityLog.h"
#include "Auth.h"
#include "Clock.h"
#include "Store.h"
#include "TokenStatus.h"

LeakResponse::LeakResponse(Store &store, Auth &auth, const Clock &clock)
    : m_store(store), m_auth(auth), m_clock(clock), m_secrets(store), m_failures(store),
      m_throttle(m_failures, QStringLiteral("identify:"))
{}

bool LeakResponse::revokeSelf(const Credential &credential, const QString &clientAddress,
                              DomainError *error)
{
    const auto record = m_auth.apiToken(credential, error);
    if (!record)
        return false;
    m_store.deleteToken(record->token.id);
    m_store.insertEvents(
        {ActivityLog::tokenEvent(QStringLiteral("token.revoked"), ActivityLog::token(record->token),
                                 record->token, clientAddress, m_clock.now())});
    return true;
}

std::optional<TokenRecord> LeakResponse::identify(const UserRecord &caller, const QString &secret,
                                                  const QString &clientAddress, DomainError *error)
{
    const QDateTime now = m_clock.now();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const int wait = m_throttle.retryAfterSeconds(caller.id, clientAddress, nowMs);
    if (wait > 0) {
        *error = DomainError::tooMany(DomainError::Kind::TooManyGuesses, wait);
        return std::nullopt;
    }
    // The same work for every input (digest, lookup, constant-time compare): the answer's
    // timing tells nothing about how close a guess was.
    std::optional<TokenRecord> record =
        m_secrets.find(secret.toUtf8(), SecretLookup::Columns::Whole, now);
    bool known = record.has_value();
    if (known) {
        const TokenOwner &owner = record->token.owner;
        known = owner.isTeam() ? m_store.roleIn(owner.id, caller.id) == Team::Role::Admin
                               : owner.id == caller.id;
    }
    if (!known) {
        m_throttle.recordFailure(caller.id, clientAddress, nowMs);
        *error = DomainError::of(DomainError::Kind::SecretNotFound);
        return std::nullopt;
    }
    m_throttle.recordSuccess(caller.id, clientAddress);
    return TokenStatus::stamped(*std::move(record), now);
}
