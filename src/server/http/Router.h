#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "ApiRoutes.h"
#include "HostAllowList.h"
#include "RequestLimits.h"
#include "TrustedProxies.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QSslConfiguration>
#include <QThreadPool>

#include <functional>
#include <optional>

// The only place that touches QHttpServer (a technical preview in Qt 6.4 whose API changes
// later). Matches routes itself so that unknown paths get a JSON 404, wrong methods a JSON 405,
// oversized bodies a 413, and every response carries Cache-Control: no-store.
//
// QHttpServer 6.4 reads a whole request into memory before handing it over, so it is bound to a
// GuardedListener whose per-connection RequestGuard enforces the request limits (16 KiB head,
// 64 KiB body, head and body time limits, RFC 9112 message rules, connection caps in all and per
// client address) on the raw bytes before the engine parses them. The client address endpoints
// see is the peer's, or for a trusted proxy the one its X-Forwarded-For names.
// Staged routes run their heavy part on a worker pool of at most one thread per core; answers
// on one connection still go out in request order.
class Router : public QAbstractHttpServer
{
    Q_OBJECT
public:
    // Requests a client may send ahead on one connection while an answer is being worked on.
    static constexpr qsizetype MaxQueuedPerConnection = 16;

    struct Listen
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0;
        std::optional<QSslConfiguration> tls; // set: HTTPS only
        int maxConnections = 1000;
        int maxConnectionsPerAddress = 64;
        TrustedProxies trustedProxies; // whose X-Forwarded-For names the client
        int requestTimeoutMs = RequestLimits::RequestTimeoutMs;
        QStringList allowedHosts; // NAME[:PORT] beyond the listen address and loopback names
    };

    // Serves routes, which must outlive the Router.
    explicit Router(const ApiRoutes &routes, QObject *parent = nullptr);
    ~Router() override;
    Q_DISABLE_COPY(Router)

    // Starts serving; the bound port, or 0 with *error set.
    quint16 serve(const Listen &listen, QString *error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Incoming
    {
        ApiRequest request;
        std::optional<ApiResponse> refused; // answered without routing
        QByteArray logPath;
        QElapsedTimer received;
    };
    struct Pending
    {
        QList<Incoming> queue; // requests that arrived while an answer was being worked on
        QMetaObject::Connection watch;
    };

    // Answers now, or hands the work to the pool (true: the connection's next answers wait).
    bool answer(QTcpSocket *socket, Incoming incoming);
    void send(QTcpSocket *socket, const Incoming &incoming, const ApiResponse &response);
    // A staged answer went out: answer what queued up behind it.
    void answered(QTcpSocket *socket);
    // 421 or 415 for a request the transport must not hand to a route; nullopt otherwise.
    std::optional<ApiResponse> refusal(const QHttpServerRequest &request) const;

    const ApiRoutes &m_routes;
    bool m_https = false;
    HostAllowList m_hosts;
    TrustedProxies m_trusted;
    QThreadPool m_workers;
    QHash<QTcpSocket *, Pending> m_pending; // connections with an answer in the works
};
