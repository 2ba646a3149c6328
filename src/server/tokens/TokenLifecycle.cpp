#include "TokenLifecycle.h"

#include "ActivityLog.h"
#include "Clock.h"
#include "IdGenerator.h"
#include "Rfc3339.h"
#include "Store.h"
#include "TokenFormat.h"
#include "TokenRules.h"
#include "TokenStatus.h"

TokenLifecycle::TokenLifecycle(Store &store, const TokenRules &rules, const Clock &clock)
    : m_store(store), m_rules(rules), m_clock(clock)
{}

bool TokenLifecycle::mayChange(const OwnerAccess &access, const TokenRecord &record,
                               DomainError *error)
{
    const bool may = !access.owner.isTeam() || record.createdById == access.caller.id ||
                     access.role == Team::Role::Admin;
    if (!may)
        *error = DomainError::of(DomainError::Kind::NotCreatorOrAdmin,
                                 {record.token.createdBy, record.token.name});
    return may;
}

std::optional<TokenRecord> TokenLifecycle::managedToken(const OwnerAccess &access,
                                                        const QString &id, DomainError *error)
{
    auto record = m_store.tokenById(id);
    if (!record || !record->token.owner.sameAs(access.owner)) {
        *error = DomainError::of(DomainError::Kind::TokenNotFound);
        return std::nullopt;
    }
    if (!mayChange(access, *record, error))
        return std::nullopt;
    return TokenStatus::stamped(*std::move(record), m_clock.now());
}

std::optional<TokenLifecycle::Issued>
TokenLifecycle::create(const OwnerAccess &access, const CreateDraft &request, DomainError *error)
{
    const QDateTime at = m_clock.now();
    const auto draft = m_rules.checkDraft(request, at, error);
    if (!draft)
        return std::nullopt;

    Issued issued{{}, TokenFormat::generate(TokenFormat::Kind::ApiToken)};
    TokenRecord &record = issued.record;
    Token &token = record.token;
    token.id = IdGenerator::make(QStringLiteral("tok_"));
    token.name = draft->name;
    token.scopes = draft->scopes;
    token.owner = access.owner;
    token.createdAt = at;
    token.createdBy = access.caller.username;
    token.expiresAt = Rfc3339::wholeSeconds(draft->expiresAt);
    token.hint = TokenFormat::hint(issued.secret);
    token.status = Token::Status::Active;
    record.secretDigest = TokenFormat::digest(issued.secret);
    record.createdById = access.caller.id;
    record.lifetimeSeconds = token.expires() ? at.secsTo(token.expiresAt) : -1;
    // The database decides uniqueness, so that concurrent creates (even from several server
    // processes) cannot both take a name.
    if (!m_store.insertToken(record, at)) {
        *error = DomainError::of(DomainError::Kind::NameTaken, {draft->name});
        return std::nullopt;
    }
    m_store.insertEvents(
        {ActivityLog::tokenEvent(QStringLiteral("token.created"), ActivityLog::user(access.caller),
                                 token, access.address, at)});
    return issued;
}

std::optional<TokenLifecycle::Issued> TokenLifecycle::rotate(const OwnerAccess &access,
                                                             const QString &tokenId,
                                                             const RotationDraft &request,
                                                             DomainError *error)
{
    auto record = managedToken(access, tokenId, error);
    if (!record)
        return std::nullopt;
    const QDateTime at = m_clock.now();
    const auto rotation = m_rules.checkRotation(request, at, record->lifetimeSeconds, error);
    if (!rotation)
        return std::nullopt;

    // An expired token's old secret stays dead: a grace only bridges a working secret.
    const bool wasActive = record->token.status == Token::Status::Active;
    Issued issued{*std::move(record), TokenFormat::generate(TokenFormat::Kind::ApiToken)};
    Token &token = issued.record.token;
    token.previousSecretValidUntil =
        rotation->graceSeconds > 0 && wasActive ? at.addSecs(rotation->graceSeconds) : QDateTime();
    token.expiresAt = Rfc3339::wholeSeconds(rotation->expiresAt);
    token.hint = TokenFormat::hint(issued.secret);
    token.lastUsedAt = {};
    token.status = Token::Status::Active;
    issued.record.secretDigest = TokenFormat::digest(issued.secret);
    // Renewing an expired token must not create a second active token of the same name.
    if (!m_store.replaceSecret(issued.record, at)) {
        *error = DomainError::of(DomainError::Kind::NameTaken, {token.name});
        return std::nullopt;
    }
    m_store.insertEvents(
        {ActivityLog::tokenEvent(QStringLiteral("token.rotated"), ActivityLog::user(access.caller),
                                 token, access.address, at)});
    return issued;
}

bool TokenLifecycle::mayManage(const OwnerAccess &access, const QString &tokenId,
                               DomainError *error)
{
    return managedToken(access, tokenId, error).has_value();
}

bool TokenLifecycle::revoke(const OwnerAccess &access, const QString &tokenId, DomainError *error)
{
    const auto record = managedToken(access, tokenId, error);
    if (!record)
        return false;
    m_store.deleteToken(record->token.id);
    m_store.insertEvents(
        {ActivityLog::tokenEvent(QStringLiteral("token.revoked"), ActivityLog::user(access.caller),
                                 record->token, access.address, m_clock.now())});
    return true;
}

std::optional<TokenLifecycle::Revoked> TokenLifecycle::revokeMany(const OwnerAccess &access,
                                                                  const QStringList &ids,
                                                                  const QDateTime &unusedSince,
                                                                  DomainError *error)
{
    QList<TokenRecord> chosen;
    Revoked revoked;
    if (unusedSince.isValid()) {
        chosen = m_store.tokensUnusedSince(access.owner.type, access.owner.id, unusedSince,
                                           MaxBulkRevoke + 1);
        revoked.more = chosen.size() > MaxBulkRevoke;
        if (revoked.more)
            chosen.removeLast();
        for (const TokenRecord &record : chosen) {
            if (!mayChange(access, record, error))
                return std::nullopt;
        }
    } else {
        // Every id is checked before anything is revoked.
        for (const QString &id : ids) {
            auto record = managedToken(access, id, error);
            if (!record)
                return std::nullopt;
            chosen.append(*std::move(record));
        }
    }
    QStringList chosenIds;
    for (const TokenRecord &record : chosen)
        chosenIds.append(record.token.id);
    revoked.ids = m_store.deleteTokens(access.owner.type, access.owner.id, chosenIds);
    const QDateTime at = m_clock.now();
    QList<EventRecord> events;
    for (const TokenRecord &record : chosen) {
        if (revoked.ids.contains(record.token.id))
            events.append(ActivityLog::tokenEvent(QStringLiteral("token.revoked"),
                                                  ActivityLog::user(access.caller), record.token,
                                                  access.address, at));
    }
    m_store.insertEvents(events);
    return revoked;
}
