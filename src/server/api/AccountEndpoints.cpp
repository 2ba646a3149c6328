#include "AccountEndpoints.h"

#include "ApiRoutes.h"
#include "Auth.h"
#include "JsonBody.h"
#include "JsonObjectReader.h"
#include "Rfc3339.h"
#include "Store.h"
#include "TokenRules.h"

#include <QJsonArray>

#include <memory>

namespace {
ApiResponse refusedLogin(const ApiError &error, int retryAfterSeconds)
{
    ApiResponse response = ApiResponse::error(error);
    if (retryAfterSeconds > 0)
        response.headers.append({"Retry-After", QByteArray::number(retryAfterSeconds)});
    return response;
}
} // namespace

AccountEndpoints::AccountEndpoints(ApiRoutes &router, Store &store, Auth &auth,
                                   const TokenRules &rules)
{
    router.addRoute("GET", QStringLiteral("/healthz"), [](const ApiRequest &) {
        return ApiResponse::json(200, {{QStringLiteral("status"), QStringLiteral("ok")}});
    });

    // PBKDF2 takes a while by design: it runs on Router's worker pool, between the steps that
    // use the database.
    router.addStagedRoute(
        "POST", QStringLiteral("/api/v1/session"), [&auth](const ApiRequest &req) {
            ApiError error;
            const auto body = JsonBody::parse(req.body, false, &error);
            if (!body)
                return ApiReply::now(ApiResponse::error(error));
            JsonObjectReader r(*body);
            const QString username = r.string(QStringLiteral("username"));
            const QString password = r.string(QStringLiteral("password"));
            if (!r.ok())
                return ApiReply::now(ApiResponse::invalid(r.errorField(), r.errorMessage()));
            int retryAfter = 0;
            const auto attempt =
                auth.beginLogin(username, req.client.toString(), &error, &retryAfter);
            if (!attempt)
                return ApiReply::now(refusedLogin(error, retryAfter));
            auto valid = std::make_shared<bool>(false);
            return ApiReply::staged(
                [attempt = *attempt, password = password.toUtf8(), valid] {
                    *valid = Auth::checkPassword(attempt, password);
                },
                [&auth, attempt = *attempt, valid] {
                    ApiError error;
                    const auto login = auth.finishLogin(attempt, *valid, &error);
                    if (!login)
                        return refusedLogin(error, 0);
                    return ApiResponse::json(
                        201, {{QStringLiteral("session"), QString::fromLatin1(login->session)},
                              {QStringLiteral("expires_at"), Rfc3339::format(login->expiresAt)},
                              {QStringLiteral("user"), login->user.toAccount().toJson()}});
                });
        });

    router.addRoute("DELETE", QStringLiteral("/api/v1/session"), [&auth](const ApiRequest &req) {
        ApiError error;
        const auto user = auth.sessionUser(req.authorization, &error);
        if (!user)
            return ApiResponse::error(error);
        auth.logout(*user, req.authorization, req.client.toString());
        return ApiResponse::noContent();
    });

    router.addRoute("GET", QStringLiteral("/api/v1/me"), [&auth](const ApiRequest &req) {
        ApiError error;
        const auto user = auth.sessionUser(req.authorization, &error);
        return user ? ApiResponse::json(200, user->toAccount().toJson())
                    : ApiResponse::error(error);
    });

    router.addRoute("GET", QStringLiteral("/api/v1/me/teams"),
                    [&auth, &store](const ApiRequest &req) {
                        ApiError error;
                        const auto user = auth.sessionUser(req.authorization, &error);
                        if (!user)
                            return ApiResponse::error(error);
                        QJsonArray teams;
                        for (const Team &team : store.teamsOf(user->id))
                            teams.append(team.toJson());
                        return ApiResponse::json(200, {{QStringLiteral("teams"), teams}});
                    });

    router.addRoute("GET", QStringLiteral("/api/v1/policy"),
                    [&auth, &rules](const ApiRequest &req) {
                        ApiError error;
                        if (!auth.sessionUser(req.authorization, &error))
                            return ApiResponse::error(error);
                        return ApiResponse::json(200, rules.policy().toJson());
                    });
}
