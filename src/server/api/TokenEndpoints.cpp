#include "TokenEndpoints.h"

#include "ActivityLog.h"
#include "ApiRoutes.h"
#include "Credential.h"
#include "ErrorResponses.h"
#include "JsonBody.h"
#include "JsonObjectReader.h"
#include "PageToken.h"
#include "Rfc3339.h"
#include "TokenBodies.h"
#include "TokenJsonWriter.h"
#include "TokenServices.h"

#include <QJsonArray>

namespace {
// The token in the path: after the team id for team routes.
QString tokenIdOf(const OwnerAccess &access, const ApiRequest &req)
{
    return req.args.value(access.owner.isTeam() ? 1 : 0);
}

ApiResponse issuedResponse(const TokenLifecycle::Issued &issued, const QString &accountId)
{
    return ApiResponse::json(
        201, TokenJsonWriter::issued(issued.record.token, issued.secret, accountId));
}
} // namespace

TokenEndpoints::TokenEndpoints(ApiRoutes &router, TokenServices &services) : m_services(services)
{
    addRoutes(router, QStringLiteral("/api/v1/me/tokens"), false);
    addRoutes(router, QStringLiteral("/api/v1/teams/{}/tokens"), true);
    router.addRoute(
        "POST", QStringLiteral("/api/v1/me/tokens/identify"), [this](const ApiRequest &req) {
            DomainError error;
            const auto access = m_services.access.personal(
                Credential::fromAuthorization(req.authorization), req.client.toString(), &error);
            return access ? identify(*access, req) : ErrorResponses::response(error);
        });
}

ApiResponse TokenEndpoints::identify(const Access &access, const ApiRequest &req)
{
    ApiError error;
    const auto body = JsonBody::parse(req.body, false, &error);
    if (!body)
        return ApiResponse::error(error);
    JsonObjectReader r(*body);
    const QString secret = r.string(QStringLiteral("secret"));
    if (r.ok() && (secret.isEmpty() || secret.size() > LeakResponse::MaxSecretLength))
        r.fail(QStringLiteral("secret"), QStringLiteral("secret must be 1 to %1 characters.")
                                             .arg(LeakResponse::MaxSecretLength));
    if (!r.ok())
        return ApiResponse::invalid(r.errorField(), r.errorMessage());
    DomainError refused;
    const auto record = m_services.leaks.identify(access.caller, secret, access.address, &refused);
    if (!record)
        return ErrorResponses::response(refused);
    return ApiResponse::json(200, TokenJsonWriter::token(record->token));
}

void TokenEndpoints::addRoutes(ApiRoutes &router, const QString &base, bool team)
{
    const auto bind = [this, team](Action action) {
        return [this, team, action](const ApiRequest &req) {
            DomainError error;
            const Credential session = Credential::fromAuthorization(req.authorization);
            const QString address = req.client.toString();
            const auto access =
                team ? m_services.access.team(session, req.args.value(0), address, &error)
                     : m_services.access.personal(session, address, &error);
            if (!access)
                return ErrorResponses::response(error);
            return (this->*action)(*access, req);
        };
    };
    router.addRoute("GET", base, bind(&TokenEndpoints::list));
    router.addRoute("POST", base, bind(&TokenEndpoints::create));
    router.addRoute("POST", base + QStringLiteral("/{}/rotate"), bind(&TokenEndpoints::rotate));
    router.addRoute("DELETE", base + QStringLiteral("/{}"), bind(&TokenEndpoints::remove));
    router.addRoute("POST", base + QStringLiteral("/revoke"), bind(&TokenEndpoints::revokeMany));
    router.addRoute("GET", base + QStringLiteral("/{}/usage"), bind(&TokenEndpoints::usage));
    // The activity log: /api/v1/me/events, /api/v1/teams/{}/events.
    QString events = base;
    events.replace(QStringLiteral("/tokens"), QStringLiteral("/events"));
    router.addRoute("GET", events, bind(&TokenEndpoints::events));
}

std::optional<ApiResponse> TokenEndpoints::readPage(const ApiRequest &req, int *pageSize,
                                                    qint64 *seq)
{
    *pageSize = DefaultPageSize;
    if (req.query.hasQueryItem(QStringLiteral("page_size"))) {
        bool ok = false;
        *pageSize = req.query.queryItemValue(QStringLiteral("page_size")).toInt(&ok);
        if (!ok || *pageSize < 1 || *pageSize > MaxPageSize)
            return ApiResponse::invalid(
                QStringLiteral("page_size"),
                QStringLiteral("page_size must be between 1 and %1.").arg(MaxPageSize));
    }
    *seq = 0;
    const QString pageToken = req.query.queryItemValue(QStringLiteral("page_token"));
    if (!pageToken.isEmpty()) {
        const auto decoded = PageToken::decode(pageToken);
        if (!decoded)
            return ApiResponse::invalid(
                QStringLiteral("page_token"),
                QStringLiteral("page_token is not one this server issued."));
        *seq = *decoded;
    }
    return std::nullopt;
}

namespace {
QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject eventJson(const EventRecord &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("at"), Rfc3339::format(e.at)},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("actor"), QJsonObject{{QStringLiteral("type"), e.actorType},
                                                  {QStringLiteral("id"), e.actorId},
                                                  {QStringLiteral("name"), e.actorName}}},
            {QStringLiteral("owner"), e.owner.toJson()},
            {QStringLiteral("token"),
             e.tokenId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                 : QJsonValue(QJsonObject{{QStringLiteral("id"), e.tokenId},
                                                          {QStringLiteral("name"), e.tokenName}})},
            {QStringLiteral("address"), textOrNull(e.address)}};
}
} // namespace

ApiResponse TokenEndpoints::events(const Access &access, const ApiRequest &req)
{
    int pageSize = 0;
    qint64 before = 0;
    if (const auto refused = readPage(req, &pageSize, &before))
        return *refused;
    const QString action = req.query.queryItemValue(QStringLiteral("action"));
    if (req.query.hasQueryItem(QStringLiteral("action")) &&
        !ActivityLog::actions().contains(action))
        return ApiResponse::invalid(QStringLiteral("action"),
                                    QStringLiteral("action must be one of: %1.")
                                        .arg(ActivityLog::actions().join(QStringLiteral(", "))));
    const QString tokenId = req.query.queryItemValue(QStringLiteral("token_id"));
    if (req.query.hasQueryItem(QStringLiteral("token_id")) &&
        (tokenId.isEmpty() || tokenId.size() > MaxIdLength))
        return ApiResponse::invalid(QStringLiteral("token_id"),
                                    QStringLiteral("token_id must be a token id."));
    DomainError error;
    const auto page = m_services.activity.events(access, before, action, tokenId, pageSize, &error);
    if (!page)
        return ErrorResponses::response(error);
    QJsonArray events;
    for (const EventRecord &e : page->events)
        events.append(eventJson(e));
    const QJsonValue next = page->more ? QJsonValue(PageToken::encode(page->events.last().seq))
                                       : QJsonValue(QJsonValue::Null);
    return ApiResponse::json(
        200, {{QStringLiteral("events"), events}, {QStringLiteral("next_page_token"), next}});
}

ApiResponse TokenEndpoints::usage(const Access &access, const ApiRequest &req)
{
    DomainError error;
    const auto uses = m_services.queries.usage(access, tokenIdOf(access, req), &error);
    if (!uses)
        return ErrorResponses::response(error);
    QJsonArray addresses;
    for (const AddressUse &use : *uses)
        addresses.append(QJsonObject{{QStringLiteral("address"), use.address},
                                     {QStringLiteral("user_agent"), use.userAgent},
                                     {QStringLiteral("first_seen"), Rfc3339::format(use.firstSeen)},
                                     {QStringLiteral("last_seen"), Rfc3339::format(use.lastSeen)}});
    return ApiResponse::json(200, {{QStringLiteral("addresses"), addresses}});
}

ApiResponse TokenEndpoints::list(const Access &access, const ApiRequest &req)
{
    int pageSize = 0;
    qint64 after = 0;
    if (const auto refused = readPage(req, &pageSize, &after))
        return *refused;
    // Each token goes from the database row straight into the response bytes.
    const QByteArray owner = TokenJsonWriter::ownerJson(access.owner);
    JsonWriter tokens(16 + qsizetype(pageSize) * TokenJsonWriter::TypicalBytes);
    tokens.beginArray();
    const TokenQueries::PageEnd end = m_services.queries.list(
        access, after, pageSize, [&](const TokenListRow &row, Token::Status status) {
            TokenJsonWriter::writeRow(tokens, row, status, owner);
        });
    tokens.endArray();
    const QString next = end.more ? PageToken::encode(end.lastSeq) : QString();
    return ApiResponse::json(200, TokenJsonWriter::page(tokens.take(), next));
}

ApiResponse TokenEndpoints::create(const Access &access, const ApiRequest &req)
{
    ApiError unparsed;
    const auto body = JsonBody::parse(req.body, false, &unparsed);
    if (!body)
        return ApiResponse::error(unparsed);
    DomainError error;
    const auto issued =
        m_services.lifecycle.create(access, TokenBodies::createDraft(*body), &error);
    return issued ? issuedResponse(*issued, access.accountId) : ErrorResponses::response(error);
}

ApiResponse TokenEndpoints::rotate(const Access &access, const ApiRequest &req)
{
    ApiError unparsed;
    const auto body = JsonBody::parse(req.body, true, &unparsed);
    DomainError error;
    if (!body) {
        // Not found or forbidden for the token win over a malformed body.
        if (!m_services.lifecycle.mayManage(access, tokenIdOf(access, req), &error))
            return ErrorResponses::response(error);
        return ApiResponse::error(unparsed);
    }
    const auto issued = m_services.lifecycle.rotate(access, tokenIdOf(access, req),
                                                    TokenBodies::rotationDraft(*body), &error);
    return issued ? issuedResponse(*issued, access.accountId) : ErrorResponses::response(error);
}

ApiResponse TokenEndpoints::remove(const Access &access, const ApiRequest &req)
{
    DomainError error;
    if (!m_services.lifecycle.revoke(access, tokenIdOf(access, req), &error))
        return ErrorResponses::response(error);
    return ApiResponse::noContent();
}

ApiResponse TokenEndpoints::revokeMany(const Access &access, const ApiRequest &req)
{
    ApiError unparsed;
    const auto body = JsonBody::parse(req.body, false, &unparsed);
    if (!body)
        return ApiResponse::error(unparsed);
    const QString idsKey = QStringLiteral("ids");
    const QString sinceKey = QStringLiteral("unused_since");
    if (body->contains(idsKey) == body->contains(sinceKey))
        return ApiResponse::invalid(body->contains(idsKey) ? sinceKey : idsKey,
                                    QStringLiteral("Give either ids or unused_since."));
    JsonObjectReader r(*body);
    QStringList ids;
    QDateTime unusedSince;
    if (body->contains(sinceKey)) {
        unusedSince = r.time(sinceKey);
    } else {
        const QJsonArray array = r.array(idsKey);
        if (r.ok() && (array.isEmpty() || array.size() > TokenLifecycle::MaxBulkIds))
            r.fail(
                idsKey,
                QStringLiteral("ids must list 1 to %1 token ids.").arg(TokenLifecycle::MaxBulkIds));
        for (const auto &value : array) {
            if (!r.ok())
                break;
            const QString id = value.toString();
            if (!value.isString() || id.isEmpty() || id.size() > MaxIdLength)
                r.fail(idsKey, QStringLiteral("ids must be token ids (strings)."));
            else if (!ids.contains(id))
                ids.append(id);
        }
    }
    if (!r.ok())
        return ApiResponse::invalid(r.errorField(), r.errorMessage());
    DomainError error;
    const auto revoked = m_services.lifecycle.revokeMany(access, ids, unusedSince, &error);
    if (!revoked)
        return ErrorResponses::response(error);
    return ApiResponse::json(200,
                             {{QStringLiteral("revoked"), QJsonArray::fromStringList(revoked->ids)},
                              {QStringLiteral("more"), revoked->more}});
}
