#include "TokenService.h"

#include "ActivityLog.h"
#include "Auth.h"
#include "IdGenerator.h"
#include "Rfc3339.h"
#include "Store.h"
#include "TokenFormat.h"
#include "TokenRules.h"

namespace {
ApiError notFound()
{
    return ApiError::http(404, QStringLiteral("not_found"),
                          QStringLiteral("No such token. It may have been deleted already."));
}

ApiError nameTaken(const QString &name)
{
    return ApiError::http(409, QStringLiteral("name_taken"),
                          QStringLiteral("An active token named \"%1\" already exists. "
                                         "Choose another name.")
                              .arg(name),
                          QStringLiteral("name"));
}
} // namespace

TokenService::TokenService(Store &store, Auth &auth, const TokenRules &rules)
    : m_store(store), m_auth(auth), m_rules(rules), m_identifyFailures(store),
      m_identifyThrottle(m_identifyFailures, QStringLiteral("identify:"))
{}

QDateTime TokenService::now()
{
    return Rfc3339::wholeSeconds(QDateTime::currentDateTimeUtc());
}

void TokenService::stamp(TokenRecord &record, const QDateTime &at)
{
    record.token.status =
        record.token.isExpiredAt(at) ? Token::Status::Expired : Token::Status::Active;
    // A grace that has ended is no longer shown.
    if (record.token.previousSecretValidUntil.isValid() &&
        record.token.previousSecretValidUntil <= at)
        record.token.previousSecretValidUntil = {};
}

TokenRecord TokenService::stamped(TokenRecord record, const QDateTime &at)
{
    stamp(record, at);
    return record;
}

std::optional<TokenService::Access> TokenService::personalAccess(const QByteArray &authorization,
                                                                 ApiError *error)
{
    const auto user = m_auth.sessionUser(authorization, error);
    if (!user)
        return std::nullopt;
    return Access{
        *user, {TokenOwner::Type::User, user->id, user->username}, user->accountId, {}, {}};
}

std::optional<TokenService::Access> TokenService::teamAccess(const QByteArray &authorization,
                                                             const QString &teamId, ApiError *error)
{
    const auto user = m_auth.sessionUser(authorization, error);
    if (!user)
        return std::nullopt;
    const auto membership = m_store.teamAccess(teamId, user->id);
    if (!membership) {
        *error = ApiError::http(404, QStringLiteral("not_found"), QStringLiteral("No such team."));
        return std::nullopt;
    }
    const TeamRecord *team = &membership->team;
    const std::optional<Team::Role> role = membership->role;
    if (!role) {
        *error = ApiError::http(
            403, QStringLiteral("forbidden"),
            QStringLiteral("You are not a member of the team \"%1\".").arg(team->name));
        return std::nullopt;
    }
    return Access{*user, {TokenOwner::Type::Team, team->id, team->name}, team->accountId, role, {}};
}

std::optional<TokenRecord> TokenService::managedToken(const Access &access, const QString &id,
                                                      ApiError *error)
{
    auto record = m_store.tokenById(id);
    if (!record || record->token.owner.type != access.owner.type ||
        record->token.owner.id != access.owner.id) {
        *error = notFound();
        return std::nullopt;
    }
    if (!mayChange(access, *record, error))
        return std::nullopt;
    return stamped(*std::move(record), now());
}

bool TokenService::mayChange(const Access &access, const TokenRecord &record, ApiError *error)
{
    const bool may = !access.owner.isTeam() || record.createdById == access.caller.id ||
                     access.role == Team::Role::Admin;
    if (!may) {
        *error = ApiError::http(403, QStringLiteral("forbidden"),
                                QStringLiteral("Only the token's creator (%1) or a team admin "
                                               "can change \"%2\".")
                                    .arg(record.token.createdBy, record.token.name));
    }
    return may;
}

TokenService::PageEnd TokenService::list(const Access &access, qint64 afterSeq, int pageSize,
                                         const ListedToken &listed)
{
    // One extra row tells whether another page follows.
    PageEnd end;
    const qint64 at = now().toSecsSinceEpoch();
    int count = 0;
    m_store.forEachTokenOf(access.owner, afterSeq, pageSize + 1, [&](const TokenListRow &row) {
        if (count == pageSize) {
            end.more = true;
            return false;
        }
        ++count;
        end.lastSeq = row.seq;
        // As stamp() decides for a TokenRecord.
        const bool expired = row.expiresAt && *row.expiresAt <= at;
        if (row.previousSecretValidUntil && *row.previousSecretValidUntil <= at) {
            TokenListRow shown = row;
            shown.previousSecretValidUntil.reset();
            listed(shown, expired ? Token::Status::Expired : Token::Status::Active);
        } else {
            listed(row, expired ? Token::Status::Expired : Token::Status::Active);
        }
        return true;
    });
    return end;
}

std::optional<TokenService::Issued> TokenService::create(const Access &access,
                                                         const QJsonObject &body, ApiError *error)
{
    const QDateTime at = now();
    const auto draft = m_rules.parseDraft(body, at, error);
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
        *error = nameTaken(draft->name);
        return std::nullopt;
    }
    m_store.insertEvents({ActivityLog::tokenEvent(
        QStringLiteral("token.created"), ActivityLog::user(access.caller), token, access.address)});
    return issued;
}

std::optional<TokenService::Issued> TokenService::rotate(const Access &access,
                                                         const QString &tokenId,
                                                         const QJsonObject &body, ApiError *error)
{
    auto record = managedToken(access, tokenId, error);
    if (!record)
        return std::nullopt;
    const QDateTime at = now();
    const auto rotation = m_rules.parseRotation(body, at, record->lifetimeSeconds, error);
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
        *error = nameTaken(token.name);
        return std::nullopt;
    }
    m_store.insertEvents({ActivityLog::tokenEvent(
        QStringLiteral("token.rotated"), ActivityLog::user(access.caller), token, access.address)});
    return issued;
}

bool TokenService::mayManage(const Access &access, const QString &tokenId, ApiError *error)
{
    return managedToken(access, tokenId, error).has_value();
}

bool TokenService::revoke(const Access &access, const QString &tokenId, ApiError *error)
{
    const auto record = managedToken(access, tokenId, error);
    if (!record)
        return false;
    m_store.deleteToken(record->token.id);
    m_store.insertEvents(
        {ActivityLog::tokenEvent(QStringLiteral("token.revoked"), ActivityLog::user(access.caller),
                                 record->token, access.address)});
    return true;
}

std::optional<TokenService::Revoked> TokenService::revokeMany(const Access &access,
                                                              const QStringList &ids,
                                                              const QDateTime &unusedSince,
                                                              ApiError *error)
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
    QList<EventRecord> events;
    for (const TokenRecord &record : chosen) {
        if (revoked.ids.contains(record.token.id))
            events.append(ActivityLog::tokenEvent(QStringLiteral("token.revoked"),
                                                  ActivityLog::user(access.caller), record.token,
                                                  access.address));
    }
    m_store.insertEvents(events);
    return revoked;
}

bool TokenService::revokeSelf(const QByteArray &authorization, const QString &clientAddress,
                              ApiError *error)
{
    const auto record = m_auth.apiToken(authorization, error);
    if (!record)
        return false;
    m_store.deleteToken(record->token.id);
    m_store.insertEvents(
        {ActivityLog::tokenEvent(QStringLiteral("token.revoked"), ActivityLog::token(record->token),
                                 record->token, clientAddress)});
    return true;
}

std::optional<TokenService::EventPage> TokenService::events(const Access &access, qint64 beforeSeq,
                                                            const QString &action,
                                                            const QString &tokenId, int pageSize,
                                                            ApiError *error)
{
    if (access.owner.isTeam() && access.role != Team::Role::Admin) {
        *error = ApiError::http(403, QStringLiteral("forbidden"),
                                QStringLiteral("Only team admins can see the team's activity."));
        return std::nullopt;
    }
    // One extra row tells whether another page follows.
    EventPage page;
    page.events = m_store.eventsOf(access.owner.type, access.owner.id, beforeSeq, action, tokenId,
                                   pageSize + 1);
    page.more = page.events.size() > pageSize;
    if (page.more)
        page.events.removeLast();
    return page;
}

std::optional<TokenRecord> TokenService::identify(const UserRecord &caller, const QString &secret,
                                                  const QString &clientAddress, ApiError *error,
                                                  int *retryAfterSeconds)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const int wait = m_identifyThrottle.retryAfterSeconds(caller.id, clientAddress, nowMs);
    if (wait > 0) {
        *retryAfterSeconds = wait;
        *error = ApiError::http(429, QStringLiteral("rate_limited"),
                                QStringLiteral("Too many secrets that were not found. Try again "
                                               "in %1 seconds.")
                                    .arg(wait));
        return std::nullopt;
    }
    // The same work for every input (digest, lookup, constant-time compare): the answer's
    // timing tells nothing about how close a guess was.
    const QByteArray digest = TokenFormat::digest(secret.toUtf8());
    std::optional<TokenRecord> record = m_store.tokenByDigest(digest);
    bool known = record && TokenFormat::constantTimeEquals(record->secretDigest, digest);
    if (!known) {
        record = m_store.tokenByPreviousDigest(digest, QDateTime::currentDateTimeUtc());
        known = record && TokenFormat::constantTimeEquals(record->previousDigest, digest);
    }
    if (known) {
        const TokenOwner &owner = record->token.owner;
        known = owner.isTeam() ? m_store.roleIn(owner.id, caller.id) == Team::Role::Admin
                               : owner.id == caller.id;
    }
    if (!known) {
        m_identifyThrottle.recordFailure(caller.id, clientAddress, nowMs);
        *error = ApiError::http(404, QStringLiteral("not_found"),
                                QStringLiteral("This secret is not one of your tokens or of a "
                                               "team you administer (or it was revoked)."));
        return std::nullopt;
    }
    m_identifyThrottle.recordSuccess(caller.id, clientAddress);
    return stamped(*std::move(record), now());
}

std::optional<TokenService::Caller> TokenService::authorize(const QByteArray &authorization,
                                                            const QByteArray &method,
                                                            const QString &path,
                                                            const QString &scope, ApiError *error)
{
    const auto record = m_auth.apiToken(authorization, error);
    if (!record)
        return std::nullopt;
    // The owner's account and plan came with the token, in the same query.
    Caller caller{stamped(*record, now()), record->ownerAccountId, record->ownerPlan};
    const QString methodName = QString::fromLatin1(method);
    if (caller.plan == Account::Plan::Free && !m_rules.policy().allowsFreePlan(methodName, path)) {
        *error = ApiError::http(
            403, QStringLiteral("plan_restricted"),
            QStringLiteral("The free plan does not include %1 %2. Upgrade to call it.")
                .arg(methodName, path));
        return std::nullopt;
    }
    if (!scope.isEmpty() && !record->token.scopes.contains(scope)) {
        *error = ApiError::http(403, QStringLiteral("insufficient_scope"),
                                QStringLiteral("This token lacks the \"%1\" scope.").arg(scope));
        return std::nullopt;
    }
    return caller;
}

void TokenService::recordUse(const Caller &caller, const QString &clientAddress,
                             const QString &userAgent)
{
    // Only successful requests count as a use of the token. The lookup row holds the last
    // address and the last use: the common case — the same address, used within the minute —
    // sends nothing (the UPDATE's own condition would change nothing, and decides for every
    // instance when it is sent).
    const Token &token = caller.token.token;
    const QDateTime at = QDateTime::currentDateTimeUtc();
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
                                     ActivityLog::token(token), token, clientAddress)});
}

std::optional<QList<AddressUse>> TokenService::usage(const Access &access, const QString &tokenId,
                                                     ApiError *error)
{
    const auto record = m_store.tokenById(tokenId);
    if (!record || record->token.owner.type != access.owner.type ||
        record->token.owner.id != access.owner.id) {
        *error = notFound();
        return std::nullopt;
    }
    return m_store.addressesOf(tokenId, UsageAddresses);
}

QList<DemoItemRecord> TokenService::demoItems(const Caller &caller)
{
    const TokenOwner &owner = caller.token.token.owner;
    return m_store.demoItems(owner.type, owner.id);
}

DemoItemRecord TokenService::addDemoItem(const Caller &caller, const QString &name)
{
    const TokenOwner &owner = caller.token.token.owner;
    DemoItemRecord item{IdGenerator::make(QStringLiteral("itm_")), name, now()};
    m_store.insertDemoItem(owner.type, owner.id, item);
    return item;
}
