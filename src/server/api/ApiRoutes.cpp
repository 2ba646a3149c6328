#include "ApiRoutes.h"

#include "RequestLimits.h"
#include "StoreError.h"

#include <cstdio>

namespace {
QStringList splitPath(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

ApiResponse databaseError(const StoreError &e)
{
    // The reason goes to the operator's log; it never contains request secrets.
    std::fprintf(stderr, "tokendesk-server: database %s: %s\n",
                 e.unavailable() ? "unavailable" : "error", e.what());
    // Unreachable or too busy: the request may be repeated (the connection is reopened).
    if (e.unavailable())
        return ApiResponse::error(503, QStringLiteral("unavailable"),
                                  QStringLiteral("The database is unavailable. Try again in a "
                                                 "moment."));
    return ApiResponse::error(500, QStringLiteral("internal"),
                              QStringLiteral("The server could not complete the request."));
}
} // namespace

void ApiRoutes::addRoute(const QByteArray &method, const QString &pattern, Handler handler)
{
    addStagedRoute(method, pattern, [handler = std::move(handler)](const ApiRequest &request) {
        return ApiReply::now(handler(request));
    });
}

void ApiRoutes::addStagedRoute(const QByteArray &method, const QString &pattern,
                               StagedHandler handler)
{
    const QStringList segments = splitPath(pattern);
    const int literals = static_cast<int>(segments.size() - segments.count(QStringLiteral("{}")));
    if (literals == segments.size())
        m_exactRoutes[segments].append(m_routes.size());
    m_routes.append({method, segments, std::move(handler), literals});
}

bool ApiRoutes::matches(const QStringList &pattern, const QStringList &path, QStringList *args)
{
    if (pattern.size() != path.size())
        return false;
    QStringList captured;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == QLatin1String("{}"))
            captured.append(path[i]);
        else if (pattern[i] != path[i])
            return false;
    }
    *args = captured;
    return true;
}

ApiResponse ApiRoutes::dispatch(ApiRequest request) const
{
    const ApiReply reply = route(std::move(request));
    if (reply.work)
        reply.work();
    return finish(reply);
}

ApiResponse ApiRoutes::finish(const ApiReply &reply)
{
    if (!reply.finish)
        return reply.response;
    try {
        return reply.finish();
    } catch (const StoreError &e) {
        return databaseError(e);
    }
}

ApiReply ApiRoutes::route(ApiRequest request) const
{
    if (request.body.size() > RequestLimits::MaxBodyBytes)
        return ApiReply::now(RequestLimits::bodyTooLarge());
    const QStringList path = splitPath(request.path);
    // A route of literals only is the most specific there can be for its path: when one
    // matches, the others of that path are the only candidates; else every route is.
    const auto exact = m_exactRoutes.constFind(path);
    const QList<qsizetype> *candidates = exact != m_exactRoutes.cend() ? &*exact : nullptr;
    int specific = candidates ? static_cast<int>(path.size()) : -1;
    if (!candidates) {
        for (const Route &route : m_routes) {
            QStringList args;
            if (route.literals > specific && matches(route.segments, path, &args))
                specific = route.literals;
        }
    }
    const qsizetype count = candidates ? candidates->size() : m_routes.size();
    QList<QByteArray> allowed;
    for (qsizetype n = 0; n < count; ++n) {
        const Route &route = m_routes[candidates ? candidates->at(n) : n];
        QStringList args;
        if (route.literals != specific || !matches(route.segments, path, &args))
            continue;
        if (route.method != request.method) {
            allowed.append(route.method);
            continue;
        }
        request.args = args;
        try {
            return route.handler(request);
        } catch (const StoreError &e) {
            return ApiReply::now(databaseError(e));
        }
    }
    if (!allowed.isEmpty()) {
        ApiResponse response = ApiResponse::error(
            405, QStringLiteral("method_not_allowed"),
            QStringLiteral("%1 is not allowed here.").arg(QString::fromLatin1(request.method)));
        response.headers.append({"Allow", allowed.join(", ")});
        return ApiReply::now(response);
    }
    return ApiReply::now(ApiResponse::error(404, QStringLiteral("not_found"),
                                            QStringLiteral("There is nothing at this path.")));
}
