#include "TokenService.h"

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
    : m_store(store), m_auth(auth), m_rules(rules)
{}

QDateTime TokenService::now()
{
    return Rfc3339::wholeSeconds(QDateTime::currentDateTimeUtc());
}

TokenRecord TokenService::stamped(TokenRecord record, const QDateTime &at)
{
    record.token.status =
        record.token.isExpiredAt(at) ? Token::Status::Expired : Token::Status::Active;
    return record;
}

std::optional<TokenService::Access> TokenService::personalAccess(const QByteArray &authorization,
                                                                 ApiError *error)
{
    const auto user = m_auth.sessionUser(authorization, error);
    if (!user)
        return std::nullopt;
    return Access{*user, {TokenOwner::Type::User, user->id, user->username}, user->accountId, {}};
}

std::optional<TokenService::Access> TokenService::teamAccess(const QByteArray &authorization,
                                                             const QString &teamId, ApiError *error)
{
    const auto user = m_auth.sessionUser(authorization, error);
    if (!user)
        return std::nullopt;
    const auto team = m_store.teamById(teamId);
    if (!team) {
        *error = ApiError::http(404, QStringLiteral("not_found"), QStringLiteral("No such team."));
        return std::nullopt;
    }
    const auto role = m_store.roleIn(team->id, user->id);
    if (!role) {
        *error = ApiError::http(
            403, QStringLiteral("forbidden"),
            QStringLiteral("You are not a member of the team \"%1\".").arg(team->name));
        return std::nullopt;
    }
    return Access{*user, {TokenOwner::Type::Team, team->id, team->name}, team->accountId, role};
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
    const bool mayManage = !access.owner.isTeam() || record->createdById == access.caller.id ||
                           access.role == Team::Role::Admin;
    if (!mayManage) {
        *error = ApiError::http(
            403, QStringLiteral("forbidden"),
            QStringLiteral("Only the token's creator (%1) or a team admin can change it.")
                .arg(record->token.createdBy));
        return std::nullopt;
    }
    return stamped(*std::move(record), now());
}

TokenService::Page TokenService::list(const Access &access, qint64 afterSeq, int pageSize)
{
    // One extra row tells whether another page follows.
    Page page;
    const QDateTime at = now();
    for (TokenRecord &record :
         m_store.tokensOf(access.owner.type, access.owner.id, afterSeq, pageSize + 1))
        page.tokens.append(stamped(std::move(record), at));
    page.more = page.tokens.size() > pageSize;
    if (page.more)
        page.tokens.removeLast();
    return page;
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
    const auto expiresAt = m_rules.parseRotation(body, at, record->lifetimeSeconds, error);
    if (!expiresAt)
        return std::nullopt;

    Issued issued{*std::move(record), TokenFormat::generate(TokenFormat::Kind::ApiToken)};
    Token &token = issued.record.token;
    token.expiresAt = Rfc3339::wholeSeconds(*expiresAt);
    token.hint = TokenFormat::hint(issued.secret);
    token.lastUsedAt = {};
    token.status = Token::Status::Active;
    issued.record.secretDigest = TokenFormat::digest(issued.secret);
    // Renewing an expired token must not create a second active token of the same name.
    if (!m_store.replaceSecret(issued.record, at)) {
        *error = nameTaken(token.name);
        return std::nullopt;
    }
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
    return true;
}

std::optional<TokenService::Caller> TokenService::authorize(const QByteArray &authorization,
                                                            const QByteArray &method,
                                                            const QString &path,
                                                            const QString &scope, ApiError *error)
{
    const auto record = m_auth.apiToken(authorization, error);
    if (!record)
        return std::nullopt;
    Caller caller{stamped(*record, now()), {}, Account::Plan::Free};
    const TokenOwner &owner = record->token.owner;
    if (owner.isTeam()) {
        const auto team = m_store.teamById(owner.id);
        caller.accountId = team ? team->accountId : QString();
        caller.plan = team ? team->plan : Account::Plan::Free;
    } else {
        const auto user = m_store.userById(owner.id);
        caller.accountId = user ? user->accountId : QString();
        caller.plan = user ? user->plan : Account::Plan::Free;
    }
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

void TokenService::recordUse(const Caller &caller)
{
    // Only successful requests count as a use of the token.
    m_store.touchToken(caller.token.token.id, QDateTime::currentDateTimeUtc());
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
