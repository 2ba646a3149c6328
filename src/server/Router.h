#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

#include <QAbstractHttpServer>
#include <QList>

#include <functional>

// The only place that touches QHttpServer (a technical preview in Qt 6.4 whose API changes
// later). Matches routes itself so that unknown paths get a JSON 404, wrong methods a JSON 405,
// oversized bodies a 413, and every response carries Cache-Control: no-store.
class Router : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<ApiResponse(const ApiRequest &)>;
    static constexpr qsizetype MaxBodyBytes = 64 * 1024;

    explicit Router(QObject *parent = nullptr);
    Q_DISABLE_COPY(Router)

    // pattern: "/api/v1/teams/{}/tokens"; each "{}" matches one non-empty path segment.
    void addRoute(const QByteArray &method, const QString &pattern, Handler handler);
    // Routing without the network, for the HTTP layer and for tests.
    ApiResponse dispatch(ApiRequest request) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Handler handler;
    };
    static bool matches(const QStringList &pattern, const QStringList &path, QStringList *args);

    QList<Route> m_routes;
};
