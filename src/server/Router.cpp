#include "Router.h"

#include "GuardedListener.h"
#include "HttpWire.h"
#include "RequestGuard.h"
#include "StoreError.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <cstdio>

namespace {
QStringList splitPath(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

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

// A client may paste a secret into a URL by mistake; the log must not keep it.
QString redacted(QString path)
{
    static const QRegularExpression secret(QStringLiteral("(td[ks]_)[A-Za-z0-9]+"));
    return path.replace(secret, QStringLiteral("\\1[redacted]"));
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
} // namespace

Router::Router(QObject *parent) : QAbstractHttpServer(parent)
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

void Router::addRoute(const QByteArray &method, const QString &pattern, Handler handler)
{
    addStagedRoute(method, pattern, [handler = std::move(handler)](const ApiRequest &request) {
        return ApiReply::now(handler(request));
    });
}

void Router::addStagedRoute(const QByteArray &method, const QString &pattern, StagedHandler handler)
{
    const QStringList segments = splitPath(pattern);
    const int literals = static_cast<int>(segments.size() - segments.count(QStringLiteral("{}")));
    if (literals == segments.size())
        m_exactRoutes[segments].append(m_routes.size());
    m_routes.append({method, segments, std::move(handler), literals});
}

bool Router::matches(const QStringList &pattern, const QStringList &path, QStringList *args)
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

quint16 Router::serve(const Listen &listen, QString *error)
{
    m_https = listen.tls.has_value();
    auto *listener =
        new GuardedListener(listen.maxConnections, listen.requestTimeoutMs, listen.tls, this);
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
    return listener->serverPort();
}

namespace {
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

ApiResponse Router::dispatch(ApiRequest request) const
{
    const ApiReply reply = route(std::move(request));
    if (reply.work)
        reply.work();
    return finish(reply);
}

ApiResponse Router::finish(const ApiReply &reply)
{
    if (!reply.finish)
        return reply.response;
    try {
        return reply.finish();
    } catch (const StoreError &e) {
        return databaseError(e);
    }
}

ApiReply Router::route(ApiRequest request) const
{
    if (request.body.size() > MaxBodyBytes)
        return ApiReply::now(
            ApiResponse::error(413, QStringLiteral("too_large"),
                               QStringLiteral("The request body is larger than 64 KiB.")));
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

std::optional<ApiResponse> Router::refusal(const QHttpServerRequest &request) const
{
    // A page on another site can reach a local server under its own name by DNS rebinding;
    // its requests carry that name as Host.
    if (!m_hosts.allows(headerValue(request, "Host")))
        return ApiResponse::error(421, QStringLiteral("misdirected_request"),
                                  QStringLiteral("This server does not answer for that host "
                                                 "name (see --allowed-host)."));
    // A cross-site form can post text/plain without a preflight; JSON it cannot.
    if (!request.body().isEmpty()) {
        const QByteArray type = headerValue(request, "Content-Type");
        const qsizetype semicolon = type.indexOf(';');
        const QByteArray media = (semicolon < 0 ? type : type.left(semicolon)).trimmed();
        if (media.compare("application/json", Qt::CaseInsensitive) != 0)
            return ApiResponse::error(415, QStringLiteral("unsupported_media_type"),
                                      QStringLiteral("A request body must be "
                                                     "Content-Type: application/json."));
    }
    return std::nullopt;
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
    incoming.request.userAgent =
        headerValue(request, "User-Agent").left(ApiRequest::MaxUserAgentBytes);
    incoming.refused = refusal(request);
    // Percent-encoded as received, so "%0A" cannot start a forged log line.
    incoming.logPath = redacted(request.url().path(QUrl::FullyEncoded)).toUtf8();

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
    ApiReply reply = incoming.refused ? ApiReply::now(*incoming.refused) : route(incoming.request);
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
                    const ApiResponse response = finish(reply);
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
