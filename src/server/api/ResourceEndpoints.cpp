#include "ResourceEndpoints.h"

#include "ApiRoutes.h"
#include "Credential.h"
#include "ErrorResponses.h"
#include "JsonBody.h"
#include "JsonObjectReader.h"
#include "Rfc3339.h"
#include "TokenJsonWriter.h"
#include "TokenServices.h"

#include <QJsonArray>

namespace {
const QString TokenPath = QStringLiteral("/api/v1/token");
const QString ItemsPath = QStringLiteral("/api/v1/demo/items");

// The API token calling method path, or the refusal.
std::optional<ApiTokenGate::Caller> authorized(ApiTokenGate &gate, const ApiRequest &req,
                                               const QString &path, const QString &scope,
                                               ApiResponse *refusal)
{
    DomainError error;
    auto caller = gate.authorize(Credential::fromAuthorization(req.authorization),
                                 QString::fromLatin1(req.method), path, scope, &error);
    if (!caller)
        *refusal = ErrorResponses::response(error);
    return caller;
}

QJsonObject itemJson(const DemoItemRecord &item)
{
    return {{QStringLiteral("id"), item.id},
            {QStringLiteral("name"), item.name},
            {QStringLiteral("created_at"), Rfc3339::format(item.createdAt)}};
}
} // namespace

ResourceEndpoints::ResourceEndpoints(ApiRoutes &router, TokenServices &services)
    : m_services(services)
{
    router.addRoute("GET", TokenPath, [this](const ApiRequest &req) {
        ApiResponse refusal;
        const auto caller = authorized(m_services.gate, req, TokenPath, {}, &refusal);
        if (!caller)
            return refusal;
        const Token &token = caller->token.token;
        m_services.gate.recordUse(*caller, req.client.toString(), QString::fromUtf8(req.userAgent));
        return ApiResponse::json(200, TokenJsonWriter::introspection(
                                          token, caller->accountId, Account::planName(caller->plan),
                                          caller->token.viaPreviousSecret));
    });

    // Leak response: whoever holds a secret may revoke it (RFC 7009 in spirit).
    router.addRoute("POST", TokenPath + QStringLiteral("/revoke"), [this](const ApiRequest &req) {
        DomainError error;
        if (!m_services.leaks.revokeSelf(Credential::fromAuthorization(req.authorization),
                                         req.client.toString(), &error))
            return ErrorResponses::response(error);
        return ApiResponse::noContent();
    });

    router.addRoute("GET", ItemsPath, [this](const ApiRequest &req) {
        ApiResponse refusal;
        const auto caller =
            authorized(m_services.gate, req, ItemsPath, QStringLiteral("read"), &refusal);
        if (!caller)
            return refusal;
        QJsonArray items;
        for (const DemoItemRecord &item : m_services.demoItems.list(*caller))
            items.append(itemJson(item));
        m_services.gate.recordUse(*caller, req.client.toString(), QString::fromUtf8(req.userAgent));
        return ApiResponse::json(200, {{QStringLiteral("items"), items}});
    });

    router.addRoute("POST", ItemsPath, [this](const ApiRequest &req) {
        ApiResponse refusal;
        const auto caller =
            authorized(m_services.gate, req, ItemsPath, QStringLiteral("write"), &refusal);
        if (!caller)
            return refusal;
        ApiError error;
        const auto body = JsonBody::parse(req.body, false, &error);
        if (!body)
            return ApiResponse::error(error);
        JsonObjectReader r(*body);
        const QString name = r.string(QStringLiteral("name")).trimmed();
        if (r.ok() && (name.isEmpty() || name.size() > 200))
            r.fail(QStringLiteral("name"), QStringLiteral("name must be 1 to 200 characters."));
        if (!r.ok())
            return ApiResponse::invalid(r.errorField(), r.errorMessage());
        const DemoItemRecord item = m_services.demoItems.add(*caller, name);
        m_services.gate.recordUse(*caller, req.client.toString(), QString::fromUtf8(req.userAgent));
        return ApiResponse::json(201, {{QStringLiteral("item"), itemJson(item)}});
    });
}
