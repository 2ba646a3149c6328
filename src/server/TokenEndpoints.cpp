#include "TokenEndpoints.h"

#include "Auth.h"
#include "IdGenerator.h"
#include "JsonBody.h"
#include "Rfc3339.h"
#include "Router.h"
#include "Store.h"
#include "TokenFormat.h"
#include "TokenRules.h"

#include <QJsonArray>

namespace {
ApiResponse notFound()
{
    return ApiResponse::error(404, QStringLiteral("not_found"),
                              QStringLiteral("No such token. It may have been deleted already."));
}

ApiResponse nameTaken(const QString &name)
{
    return ApiResponse::error(409, QStringLiteral("name_taken"),
                              QStringLiteral("An active token named \"%1\" already exists. "
                                             "Choose another name.")
                                  .arg(name),
                              QStringLiteral("name"));
}

QString encodePageToken(qint64 seq)
{
    return QString::fromLatin1(QByteArray::number(seq).toBase64(QByteArray::Base64UrlEncoding |
                                                                QByteArray::OmitTrailingEquals));
}

std::optional<qint64> decodePageToken(const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    bool ok = false;
    const qint64 seq = decoded ? decoded.decoded.toLongLong(&ok) : 0;
    if (!ok || seq < 0)
        return std::nullopt;
    return seq;
}
} // namespace

TokenEndpoints::TokenEndpoints(Router &router, Store &store, Auth &auth, const TokenRules &rules)
    : m_store(store), m_auth(auth), m_rules(rules)
{
    addRoutes(router, QStringLiteral("/api/v1/me/tokens"), false);
    addRoutes(router, QStringLiteral("/api/v1/teams/{}/tokens"), true);
}

void TokenEndpoints::addRoutes(Router &router, const QString &base, bool team)
{
    const auto bind = [this, team](Action action) {
        return [this, team, action](const ApiRequest &req) {
            ApiResponse failure;
            const auto access = team ? teamAccess(req, &failure) : personalAccess(req, &failure);
            return access ? (this->*action)(*access, req) : failure;
        };
    };
    router.addRoute("GET", base, bind(&TokenEndpoints::list));
    router.addRoute("POST", base, bind(&TokenEndpoints::create));
    router.addRoute("POST", base + QStringLiteral("/{}/rotate"), bind(&TokenEndpoints::rotate));
    router.addRoute("DELETE", base + QStringLiteral("/{}"), bind(&TokenEndpoints::remove));
}

std::optional<TokenEndpoints::Access> TokenEndpoints::personalAccess(const ApiRequest &req,
                                                                     ApiResponse *failure)
{
    ApiError error;
    const auto user = m_auth.sessionUser(req.authorization, &error);
    if (!user) {
        *failure = ApiResponse::error(error);
        return std::nullopt;
    }
    return Access{*user, {TokenOwner::Type::User, user->id, user->username}, user->accountId, {}};
}

std::optional<TokenEndpoints::Access> TokenEndpoints::teamAccess(const ApiRequest &req,
                                                                 ApiResponse *failure)
{
    ApiError error;
    const auto user = m_auth.sessionUser(req.authorization, &error);
    if (!user) {
        *failure = ApiResponse::error(error);
        return std::nullopt;
    }
    const auto team = m_store.teamById(req.args.value(0));
    if (!team) {
        *failure =
            ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("No such team."));
        return std::nullopt;
    }
    const auto role = m_store.roleIn(team->id, user->id);
    if (!role) {
        *failure = ApiResponse::error(
            403, QStringLiteral("forbidden"),
            QStringLiteral("You are not a member of the team \"%1\".").arg(team->name));
        return std::nullopt;
    }
    return Access{*user, {TokenOwner::Type::Team, team->id, team->name}, team->accountId, role};
}

std::optional<TokenRecord> TokenEndpoints::managedToken(const Access &access, const QString &id,
                                                        ApiResponse *failure)
{
    auto record = m_store.tokenById(id);
    if (!record || record->token.owner.type != access.owner.type ||
        record->token.owner.id != access.owner.id) {
        *failure = notFound();
        return std::nullopt;
    }
    const bool mayManage = !access.owner.isTeam() || record->createdById == access.caller.id ||
                           access.role == Team::Role::Admin;
    if (!mayManage) {
        *failure = ApiResponse::error(
            403, QStringLiteral("forbidden"),
            QStringLiteral("Only the token's creator (%1) or a team admin can change it.")
                .arg(record->token.createdBy));
        return std::nullopt;
    }
    return record;
}

ApiResponse TokenEndpoints::list(const Access &access, const ApiRequest &req)
{
    int pageSize = DefaultPageSize;
    if (req.query.hasQueryItem(QStringLiteral("page_size"))) {
        bool ok = false;
        pageSize = req.query.queryItemValue(QStringLiteral("page_size")).toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > MaxPageSize)
            return ApiResponse::invalid(
                QStringLiteral("page_size"),
                QStringLiteral("page_size must be between 1 and %1.").arg(MaxPageSize));
    }
    qint64 after = 0;
    const QString pageToken = req.query.queryItemValue(QStringLiteral("page_token"));
    if (!pageToken.isEmpty()) {
        const auto seq = decodePageToken(pageToken);
        if (!seq)
            return ApiResponse::invalid(
                QStringLiteral("page_token"),
                QStringLiteral("page_token is not one this server issued."));
        after = *seq;
    }
    // One extra row tells whether another page follows.
    QList<TokenRecord> records =
        m_store.tokensOf(access.owner.type, access.owner.id, after, pageSize + 1);
    const bool more = records.size() > pageSize;
    if (more)
        records.removeLast();
    QJsonArray tokens;
    for (const TokenRecord &record : records)
        tokens.append(record.token.toJson());
    const QJsonValue next =
        more ? QJsonValue(encodePageToken(records.last().seq)) : QJsonValue(QJsonValue::Null);
    return ApiResponse::json(
        200, {{QStringLiteral("tokens"), tokens}, {QStringLiteral("next_page_token"), next}});
}

ApiResponse TokenEndpoints::create(const Access &access, const ApiRequest &req)
{
    ApiError error;
    const auto body = JsonBody::parse(req.body, false, &error);
    if (!body)
        return ApiResponse::error(error);
    const QDateTime now = Rfc3339::wholeSeconds(QDateTime::currentDateTimeUtc());
    const auto draft = m_rules.parseDraft(*body, now, &error);
    if (!draft)
        return ApiResponse::error(error);

    const QByteArray secret = TokenFormat::generate(TokenFormat::Kind::ApiToken);
    TokenRecord record;
    Token &token = record.token;
    token.id = IdGenerator::make(QStringLiteral("tok_"));
    token.name = draft->name;
    token.scopes = draft->scopes;
    token.owner = access.owner;
    token.createdAt = now;
    token.createdBy = access.caller.username;
    token.expiresAt = Rfc3339::wholeSeconds(draft->expiresAt);
    token.hint = TokenFormat::hint(secret);
    record.secretDigest = TokenFormat::digest(secret);
    record.createdById = access.caller.id;
    record.lifetimeSeconds = token.expires() ? now.secsTo(token.expiresAt) : -1;
    // The database decides uniqueness, so that concurrent creates (even from several server
    // processes) cannot both take a name.
    if (!m_store.insertToken(record, now))
        return nameTaken(draft->name);
    return ApiResponse::json(201, {{QStringLiteral("token"), token.toJson()},
                                   {QStringLiteral("secret"), QString::fromLatin1(secret)},
                                   {QStringLiteral("account_id"), access.accountId}});
}

ApiResponse TokenEndpoints::rotate(const Access &access, const ApiRequest &req)
{
    ApiResponse failure;
    auto record = managedToken(access, req.args.value(access.owner.isTeam() ? 1 : 0), &failure);
    if (!record)
        return failure;
    ApiError error;
    const auto body = JsonBody::parse(req.body, true, &error);
    if (!body)
        return ApiResponse::error(error);
    const QDateTime now = Rfc3339::wholeSeconds(QDateTime::currentDateTimeUtc());
    const auto expiresAt = m_rules.parseRotation(*body, now, record->lifetimeSeconds, &error);
    if (!expiresAt)
        return ApiResponse::error(error);

    const QByteArray secret = TokenFormat::generate(TokenFormat::Kind::ApiToken);
    Token &token = record->token;
    token.expiresAt = Rfc3339::wholeSeconds(*expiresAt);
    token.hint = TokenFormat::hint(secret);
    token.lastUsedAt = {};
    token.status = Token::Status::Active;
    record->secretDigest = TokenFormat::digest(secret);
    // Renewing an expired token must not create a second active token of the same name.
    if (!m_store.replaceSecret(*record, now))
        return nameTaken(token.name);
    return ApiResponse::json(201, {{QStringLiteral("token"), token.toJson()},
                                   {QStringLiteral("secret"), QString::fromLatin1(secret)},
                                   {QStringLiteral("account_id"), access.accountId}});
}

ApiResponse TokenEndpoints::remove(const Access &access, const ApiRequest &req)
{
    ApiResponse failure;
    const auto record =
        managedToken(access, req.args.value(access.owner.isTeam() ? 1 : 0), &failure);
    if (!record)
        return failure;
    m_store.deleteToken(record->token.id);
    return ApiResponse::noContent();
}
