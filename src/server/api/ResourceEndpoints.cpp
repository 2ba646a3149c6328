#include "ResourceEndpoints.h"

#include "ApiRoutes.h"
#include "JsonBody.h"
#include "JsonObjectReader.h"
#include "Rfc3339.h"
#include "TokenJsonWriter.h"

#include <QJsonArray>

namespace {
const QString TokenPath = QStringLiteral("/api/v1/token");
const QString ItemsPath = QStringLiteral("/api/v1/demo/items");

QJsonObject itemJson(const DemoItemRecord &item)
{
    return {{QStringLiteral("id"), item.id},
            {QStringLiteral("name"), item.name},
            {QStringLiteral("created_at"), Rfc3339::format(item.createdAt)}};
}
} // namespace

ResourceEndpoints::ResourceEndpoints(ApiRoutes &router, TokenService &service) : m_service(service)
{
    router.addRoute("GET", TokenPath, [this](const ApiRequest &req) {
        ApiError error;
        const auto caller =
            m_service.authorize(req.authorization, req.method, TokenPath, {}, &error);
        if (!caller)
            return ApiResponse::error(error);
        const Token &token = caller->token.token;
        m_service.recordUse(*caller, req.client.toString(), QString::fromUtf8(req.userAgent));
        return ApiResponse::json(200, TokenJsonWriter::introspection(
                                          token, caller->accountId, Account::planName(caller->plan),
                                          caller->token.viaPreviousSecret));
    });

    // Leak response: whoever holds a secret may revoke it (RFC 7009 in spirit).
    router.addRoute("POST", TokenPath + QStringLiteral("/revoke"), [this](const ApiRequest &req) {
        ApiError error;
        if (!m_service.revokeSelf(req.authorization, req.client.toString(), &error))
            return ApiResponse::error(error);
        return ApiResponse::noContent();
    });

    router.addRoute("GET", ItemsPath, [this](const ApiRequest &req) {
        ApiError error;
        const auto caller = m_service.authorize(req.authorization, req.method, ItemsPath,
                                                QStringLiteral("read"), &error);
        if (!caller)
            return ApiResponse::error(error);
        QJsonArray items;
        for (const DemoItemRecord &item : m_service.demoItems(*caller))
            items.append(itemJson(item));
        m_service.recordUse(*caller, req.client.toString(), QString::fromUtf8(req.userAgent));
        return ApiResponse::json(200, {{QStringLiteral("items"), items}});
    });

    router.addRoute("POST", ItemsPath, [this](const ApiRequest &req) {
        ApiError error;
        const auto caller = m_service.authorize(req.authorization, req.method, ItemsPath,
                                                QStringLiteral("write"), &error);
        if (!caller)
            return ApiResponse::error(error);
        const auto body = JsonBody::parse(req.body, false, &error);
        if (!body)
            return ApiResponse::error(error);
        JsonObjectReader r(*body);
        const QString name = r.string(QStringLiteral("name")).trimmed();
        if (r.ok() && (name.isEmpty() || name.size() > 200))
            r.fail(QStringLiteral("name"), QStringLiteral("name must be 1 to 200 characters."));
        if (!r.ok())
            return ApiResponse::invalid(r.errorField(), r.errorMessage());
        const DemoItemRecord item = m_service.addDemoItem(*caller, name);
        m_service.recordUse(*caller, req.client.toString(), QString::fromUtf8(req.userAgent));
        return ApiResponse::json(201, {{QStringLiteral("item"), itemJson(item)}});
    });
}
