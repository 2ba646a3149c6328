#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"
#include "ApiResponse.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// The API's route table and everything after the transport: matching a request to its handler,
// a JSON 404 for unknown paths and 405 (with Allow) for wrong methods, the body limit, and the
// answer for a database that fails underneath a handler. Knows no HTTP engine: the transport
// hands it ApiRequests, and tests and fuzzing call dispatch() without a socket.
class ApiRoutes
{
public:
    using Handler = std::function<ApiResponse(const ApiRequest &)>;
    using StagedHandler = std::function<ApiReply(const ApiRequest &)>;

    ApiRoutes() = default;
    ApiRoutes(const ApiRoutes &) = delete;
    ApiRoutes &operator=(const ApiRoutes &) = delete;

    // pattern: "/api/v1/teams/{}/tokens"; each "{}" matches one non-empty path segment. Where
    // several patterns match a path, only the most specific ones (most literal segments) count:
    // "/api/v1/me/tokens/revoke" is not "/api/v1/me/tokens/{}".
    void addRoute(const QByteArray &method, const QString &pattern, Handler handler);
    void addStagedRoute(const QByteArray &method, const QString &pattern, StagedHandler handler);

    // The handler's reply for the request (its work not yet run).
    ApiReply route(ApiRequest request) const;
    // The response from a reply whose work has run.
    static ApiResponse finish(const ApiReply &reply);
    // The whole request path after the transport, a staged route's work run inline.
    ApiResponse dispatch(ApiRequest request) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        StagedHandler handler;
        int literals = 0; // segments that are not "{}": the more, the more specific
    };
    static bool matches(const QStringList &pattern, const QStringList &path, QStringList *args);

    QList<Route> m_routes;
    // Routes without a "{}" segment, by their segments: the most specific match for such a
    // path, found without trying every route.
    QHash<QStringList, QList<qsizetype>> m_exactRoutes;
};
