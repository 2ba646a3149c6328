#include "AccountEndpoints.h"

#include "ApiRoutes.h"
#include "Auth.h"
#include "Credential.h"
#include "ErrorResponses.h"
#include "JsonBody.h"
#include "JsonObjectReader.h"
#include "Rfc3339.h"
#include "Store.h"
#include "TokenRules.h"

#include <QJsonArray>

#include <memory>

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
            ApiError unparsed;
            const auto body = JsonBody::parse(req.body, false, &unparsed);
            if (!body)
                return ApiReply::now(ApiResponse::error(unparsed));
            JsonObjectReader r(*body);
            const QString username = r.string(QStringLiteral("username"));
            const QString password = r.string(QStringLiteral("password"));
            if (!r.ok())
                return ApiReply::now(ApiResponse::invalid(r.errorField(), r.errorMessage()));
            DomainError error;
            const auto attempt = auth.beginLogin(username, req.client.toString(), &error);
            if (!attempt)
                return ApiReply::now(ErrorResponses::response(error));
            auto valid = std::make_shared<bool>(false);
            return ApiReply::staged(
                [attempt = *attempt, password = password.toUtf8(), valid] {
                    *valid = Auth::checkPassword(attempt, password);
                },
                [&auth, attempt = *attempt, valid] {
                    DomainError error;
                    const auto login = auth.finishLogin(attempt, *valid, &error);
                    if (!login)
                        return ErrorResponses::response(error);
                    return ApiResponse::json(
                        201, {{QStringLiteral("session"), QString::fromLatin1(login->session)},
                              {QStringLiteral("expires_at"), Rfc3339::format(login->expiresAt)},
                              {QStringLiteral("user"), login->user.toAccount().toJson()}});
                });
        });

    router.addRoute("DELETE", QStringLiteral("/api/v1/session"), [&auth](const ApiRequest &req) {
        DomainError error;
        const Credential session = Credential::fromAuthorization(req.authorization);
        const auto user = auth.sessionUser(session, &error);
        if (!user)
            return ErrorResponses::response(error);
        auth.logout(*user, session, req.client.toString());
        return ApiResponse::noContent();
    });

    router.addRoute("GET", QStringLiteral("/api/v1/me"), [&auth](const ApiRequest &req) {
        DomainError error;
        const auto user =
            auth.sessionUser(Credential::fromAuthorization(req.authorization), &error);
        return user ? ApiResponse::json(200, user->toAccount().toJson())
                    : ErrorResponses::response(error);
    });

    router.addRoute(
        "GET", QStringLiteral("/api/v1/me/teams"), [&auth, &store](const ApiRequest &req) {
            DomainError error;
            const auto user =
                auth.sessionUser(Credential::fromAuthorization(req.authorization), &error);
            if (!user)
                return ErrorResponses::response(error);
            QJsonArray teams;
            for (const Team &team : store.teamsOf(user->id))
                teams.append(team.toJson());
            return ApiResponse::json(200, {{QStringLiteral("teams"), teams}});
        });

    router.addRoute(
        "GET", QStringLiteral("/api/v1/policy"), [&auth, &rules](const ApiRequest &req) {
            DomainError error;
            if (!auth.sessionUser(Credential::fromAuthorization(req.authorization), &error))
                return ErrorResponses::response(error);
            return ApiResponse::json(200, rules.policy().toJson());
        });
}
