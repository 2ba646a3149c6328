#include "ResourceEndpoints.h"

#include "Auth.h"
#include "JsonBody.h"
#include "JsonObjectReader.h"
#include "Rfc3339.h"
#include "Router.h"
#include "Store.h"
#include "TokenRules.h"

#include <QJsonArray>

namespace {
const QString TokenPath = QStringLiteral("/api/v1/token");
const QString ItemsPath = QStringLiteral("/api/v1/demo/items");
} // namespace

ResourceEndpoints::ResourceEndpoints(Router &router, Store &store, Auth &auth,
                                     const TokenRules &rules)
    : m_store(store), m_auth(auth), m_rules(rules)
{
    router.addRoute("GET", TokenPath, [this](const ApiRequest &req) {
        ApiResponse failure;
        const auto caller = authorize(req, TokenPath, {}, &failure);
        if (!caller)
            return failure;
        const Token &token = caller->token.token;
        touch(*caller);
        return ApiResponse::json(
            200, {{QStringLiteral("id"), token.id},
                  {QStringLiteral("name"), token.name},
                  {QStringLiteral("scopes"), QJsonArray::fromStringList(token.scopes)},
                  {QStringLiteral("owner"), token.owner.toJson()},
                  {QStringLiteral("expires_at"), token.expires()
                                                     ? QJsonValue(Rfc3339::format(token.expiresAt))
                                                     : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("account_id"), caller->accountId},
                  {QStringLiteral("plan"), Account::planName(caller->plan)}});
    });

    router.addRoute("GET", ItemsPath, [this](const ApiRequest &req) {
        ApiResponse failure;
        const auto caller = authorize(req, ItemsPath, QStringLiteral("read"), &failure);
        if (!caller)
            return failure;
        QJsonArray items;
        const TokenOwner &owner = caller->token.token.owner;
        for (const QJsonObject &item : m_store.demoItems(owner.type, owner.id))
            items.append(item);
        touch(*caller);
        return ApiResponse::json(200, {{QStringLiteral("items"), items}});
    });

    router.addRoute("POST", ItemsPath, [this](const ApiRequest &req) {
        ApiResponse failure;
        const auto caller = authorize(req, ItemsPath, QStringLiteral("write"), &failure);
        if (!caller)
            return failure;
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
        const TokenOwner &owner = caller->token.token.owner;
        const QJsonObject item = m_store.insertDemoItem(owner.type, owner.id, name);
        touch(*caller);
        return ApiResponse::json(201, {{QStringLiteral("item"), item}});
    });
}

void ResourceEndpoints::touch(const Caller &caller)
{
    // Only successful requests count as a use of the token.
    m_store.touchToken(caller.token.token.id, QDateTime::currentDateTimeUtc());
}

std::optional<ResourceEndpoints::Caller> ResourceEndpoints::authorize(const ApiRequest &req,
                                                                      const QString &path,
                                                                      const QString &scope,
                                                                      ApiResponse *failure)
{
    ApiError error;
    const auto record = m_auth.apiToken(req.authorization, &error);
    if (!record) {
        *failure = ApiResponse::error(error);
        return std::nullopt;
    }
    Caller caller{*record, {}, Account::Plan::Free};
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
    const QString method = QString::fromLatin1(req.method);
    if (caller.plan == Account::Plan::Free && !m_rules.policy().allowsFreePlan(method, path)) {
        *failure = ApiResponse::error(
            403, QStringLiteral("plan_restricted"),
            QStringLiteral("The free plan does not include %1 %2. Upgrade to call it.")
                .arg(method, path));
        return std::nullopt;
    }
    if (!scope.isEmpty() && !record->token.scopes.contains(scope)) {
        *failure =
            ApiResponse::error(403, QStringLiteral("insufficient_scope"),
                               QStringLiteral("This token lacks the \"%1\" scope.").arg(scope));
        return std::nullopt;
    }
    return caller;
}
