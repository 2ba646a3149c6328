#include "Router.h"

#include "EdgeRules.h"
#include "GuardedListener.h"
#include "HttpWire.h"
#include "RequestGuard.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <cstdio>

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QLoggingCategory::CategoryFilter g_previousLogFilter = nullptr;

// QHttpServer's debug output prints every request with all its headers, Authorization included.
// QT_LOGGING_RULES overrides any rule set in code, so filter the categories themselves.
void silenceHttpServerDebug(QLoggingCategory *category)
{
    if (g_previousLogFilter)
        g_previousLogFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

// Every field of that name, comma-joined, as RFC 9110 5.3 combines repeated list fields.
QByteArray joinedHeaderValues(const QHttpServerRequest &request, const QByteArray &name)
{
    QByteArray joined;
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            joined += (joined.isEmpty() ? QByteArray() : QByteArray(",")) + header.second;
    }
    return joined;
}
} // namespace

Router::Router(const ApiRoutes &routes, QObject *parent)
    : QAbstractHttpServer(parent), m_routes(routes)
{
    static const bool filtered = [] {
        g_previousLogFilter = QLoggingCategory::installFilter(silenceHttpServerDebug);
        return true;
    }();
    Q_UNUSED(filtered);
    // PBKDF2 is pure CPU: more threads than cores would only slow every request down.
    m_workers.setMaxThreadCount(QThread::idealThreadCount());
}

Router::~Router()
{
    // Queued work is dropped; work already running only holds copies of its request, and its
    // finish step is dropped with this object.
    m_workers.clear();
    m_workers.waitForDone();
}

quint16 Router::serve(const Listen &listen, QString *error)
{
    m_https = listen.tls.has_value();
    m_trusted = listen.trustedProxies;
    const GuardedListener::Limits limits{listen.maxConnections, listen.maxConnectionsPerAddress,
                                         listen.requestTimeoutMs};
    auto *listener = new GuardedListener(limits, listen.tls, m_trusted, this);
    if (!listener->listen(listen.address, listen.port)) {
        *error = QStringLiteral("cannot listen on %1:%2 (%3)")
                     .arg(listen.address.toString())
                     .arg(listen.port)
                     .arg(listener->errorString());
        delete listener;
        return 0;
    }
    bind(listener);
    m_hosts = HostAllowList::forListener(listen.address.toString(), listener->serverPort(), m_https,
                                         listen.allowedHosts);
    listener->setHosts(m_hosts);
    return listener->serverPort();
}

std::optional<ApiResponse> Router::refusal(const QHttpServerRequest &request) const
{
    return EdgeRules::refusal(m_hosts, headerValue(request, "Host"),
                              headerValue(request, "Content-Type"), !request.body().isEmpty());
}

bool Router::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Incoming incoming;
    incoming.received.start();
    incoming.request.method = methodName(request.method());
    incoming.request.path = request.url().path();
    incoming.request.query = request.query();
    incoming.request.authorization = headerValue(request, "Authorization");
    incoming.request.body = request.body();
    incoming.request.peer = request.remoteAddress();
    incoming.request.client =
        m_trusted.client(request.remoteAddress(), joinedHeaderValues(request, "X-Forwarded-For"));
    incoming.request.userAgent =
        headerValue(request, "User-Agent").left(RequestLimits::MaxUserAgentBytes);
    incoming.refused = refusal(request);
    // Percent-encoded as received, so "%0A" cannot start a forged log line.
    incoming.logPath = EdgeRules::logPath(request.url().path(QUrl::FullyEncoded));

    const auto pending = m_pending.find(socket);
    if (pending == m_pending.end()) {
        answer(socket, std::move(incoming));
    } else if (pending->queue.size() < MaxQueuedPerConnection) {
        pending->queue.append(std::move(incoming)); // answered in order once the current one is
    } else {
        socket->abort();
    }
    return true;
}

bool Router::answer(QTcpSocket *socket, Incoming incoming)
{
    ApiReply reply =
        incoming.refused ? ApiReply::now(*incoming.refused) : m_routes.route(incoming.request);
    if (!reply.work) {
        send(socket, incoming, reply.response);
        return false;
    }
    Pending &pending = m_pending[socket];
    if (!pending.watch)
        pending.watch = connect(socket, &QObject::destroyed, this,
                                [this, socket] { m_pending.remove(socket); });
    QPointer<QTcpSocket> alive(socket);
    m_workers.start(
        [this, alive, incoming = std::move(incoming), reply = std::move(reply)]() mutable {
            reply.work();
            QMetaObject::invokeMethod(
                this,
                [this, alive, incoming = std::move(incoming), reply = std::move(reply)] {
                    const ApiResponse response = ApiRoutes::finish(reply);
                    if (!alive)
                        return; // the connection is gone, and with it what queued behind
                    if (alive->state() == QAbstractSocket::ConnectedState)
                        send(alive, incoming, response);
                    answered(alive);
                },
                Qt::QueuedConnection);
        });
    return true;
}

void Router::answered(QTcpSocket *socket)
{
    while (m_pending.contains(socket)) {
        Pending &pending = m_pending[socket];
        if (pending.queue.isEmpty()) {
            disconnect(pending.watch);
            m_pending.remove(socket);
            return;
        }
        if (answer(socket, pending.queue.takeFirst()))
            return; // the rest waits for this one
    }
}

void Router::send(QTcpSocket *socket, const Incoming &incoming, const ApiResponse &response)
{
    // Only method, path and status: no header, query or body ever reaches the log.
    std::fprintf(stderr, "%s %s %d %lldms\n", incoming.request.method.constData(),
                 incoming.logPath.constData(), response.status,
                 static_cast<long long>(incoming.received.elapsed()));
    socket->write(HttpWire::serialize(response, false, m_https));
    // An idle keep-alive connection's 30 s count from its last answer.
    if (auto *guard = socket->findChild<RequestGuard *>(QString(), Qt::FindDirectChildrenOnly))
        guard->answered();
}

void Router::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers every request; the engine still calls this after it for a WebSocket
    // upgrade it cannot hand on. Nothing is served over WebSockets: end the connection.
    Q_UNUSED(request);
    socket->disconnectFromHost();
}
