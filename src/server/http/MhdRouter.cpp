#include "MhdRouter.h"

#include "EdgeRules.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QPointer>
#include <QSocketNotifier>
#include <QThread>
#include <QUrl>

#include <cstdio>
#include <microhttpd.h>
#include <netinet/in.h>
#include <optional>

struct MhdExchange
{
    ApiRequest request;
    QByteArray host;
    QByteArray contentType;
    QByteArray forwardedFor;
    QByteArray logPath;
    int hosts = 0;
    bool tooLarge = false;
    bool suspended = false;
    std::optional<ApiResponse> ready; // a staged answer, finished
    QElapsedTimer received;
};

namespace {
MHD_Result collect(void *cls, MHD_ValueKind kind, const char *key, const char *value)
{
    auto *exchange = static_cast<MhdExchange *>(cls);
    const QByteArrayView name(key);
    const QByteArray text(value ? value : "");
    if (kind == MHD_GET_ARGUMENT_KIND) {
        exchange->request.query.addQueryItem(QString::fromUtf8(key), QString::fromUtf8(text));
        return MHD_YES;
    }
    if (name.compare("authorization", Qt::CaseInsensitive) == 0)
        exchange->request.authorization = text;
    else if (name.compare("user-agent", Qt::CaseInsensitive) == 0)
        exchange->request.userAgent = text.left(RequestLimits::MaxUserAgentBytes);
    else if (name.compare("host", Qt::CaseInsensitive) == 0) {
        exchange->host = text;
        ++exchange->hosts;
    } else if (name.compare("content-type", Qt::CaseInsensitive) == 0)
        exchange->contentType = text;
    else if (name.compare("x-forwarded-for", Qt::CaseInsensitive) == 0)
        exchange->forwardedFor += (exchange->forwardedFor.isEmpty() ? "" : ",") + text;
    return MHD_YES;
}

MHD_Result onRequest(void *self, MHD_Connection *connection, const char *url, const char *method,
                     const char *, const char *uploadData, size_t *uploadDataSize, void **state)
{
    return static_cast<MhdRouter *>(self)->request(connection, url, method, uploadData,
                                                   uploadDataSize,
                                                   reinterpret_cast<MhdExchange **>(state))
               ? MHD_YES
               : MHD_NO;
}

void onCompleted(void *, MHD_Connection *, void **state, MHD_RequestTerminationCode)
{
    delete static_cast<MhdExchange *>(*state);
    *state = nullptr;
}
} // namespace

MhdRouter::MhdRouter(const ApiRoutes &routes, QObject *parent) : QObject(parent), m_routes(routes)
{
    m_workers.setMaxThreadCount(QThread::idealThreadCount());
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &MhdRouter::poll);
}

MhdRouter::~MhdRouter()
{
    m_workers.clear();
    m_workers.waitForDone();
    if (m_daemon)
        MHD_stop_daemon(m_daemon);
}

quint16 MhdRouter::serve(const Router::Listen &listen, QString *error)
{
    m_https = listen.tls.has_value();
    m_trusted = listen.trustedProxies;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(listen.port);
    address.sin_addr.s_addr = htonl(listen.address.toIPv4Address());
    m_daemon = MHD_start_daemon(
        MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME, listen.port, nullptr, nullptr, &onRequest, this,
        MHD_OPTION_SOCK_ADDR, &address, MHD_OPTION_CONNECTION_LIMIT,
        static_cast<unsigned>(listen.maxConnections), MHD_OPTION_PER_IP_CONNECTION_LIMIT,
        static_cast<unsigned>(listen.maxConnectionsPerAddress), MHD_OPTION_CONNECTION_TIMEOUT,
        static_cast<unsigned>(listen.requestTimeoutMs / 1000), MHD_OPTION_CONNECTION_MEMORY_LIMIT,
        static_cast<size_t>(RequestLimits::MaxHeadBytes * 2), MHD_OPTION_NOTIFY_COMPLETED,
        &onCompleted, this, MHD_OPTION_STRICT_FOR_CLIENT, 1, MHD_OPTION_END);
    if (!m_daemon) {
        *error = QStringLiteral("cannot listen on %1:%2")
                     .arg(listen.address.toString())
                     .arg(listen.port);
        return 0;
    }
    const MHD_DaemonInfo *epoll = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_EPOLL_FD);
    m_notifier = new QSocketNotifier(epoll->epoll_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &MhdRouter::poll);
    const quint16 port = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_BIND_PORT)->port;
    m_hosts =
        HostAllowList::forListener(listen.address.toString(), port, m_https, listen.allowedHosts);
    poll();
    return port;
}

void MhdRouter::poll()
{
    MHD_run(m_daemon);
    MHD_UNSIGNED_LONG_LONG timeout = 0;
    if (MHD_get_timeout(m_daemon, &timeout) == MHD_YES)
        m_timer.start(static_cast<int>(qMin<MHD_UNSIGNED_LONG_LONG>(timeout, 60000)));
    else
        m_timer.stop();
}

bool MhdRouter::request(MHD_Connection *connection, const char *url, const char *method,
                        const char *uploadData, size_t *uploadDataSize, MhdExchange **state)
{
    if (!*state) {
        auto *exchange = new MhdExchange;
        exchange->received.start();
        exchange->request.method = method;
        MHD_get_connection_values(
            connection, static_cast<MHD_ValueKind>(MHD_HEADER_KIND | MHD_GET_ARGUMENT_KIND),
            &collect, exchange);
        const auto *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
        exchange->request.peer = QHostAddress(info->client_addr);
        exchange->request.client = m_trusted.client(exchange->request.peer, exchange->forwardedFor);
        *state = exchange;
        // RFC 9112 3.2.2: for an absolute-form target its authority, not Host, is the host.
        QByteArray target(url);
        QByteArray host = exchange->host;
        for (const QByteArrayView scheme :
             {QByteArrayView("http://"), QByteArrayView("https://")}) {
            if (!target.startsWith(scheme))
                continue;
            const qsizetype slash = target.indexOf('/', scheme.size());
            host = target.mid(scheme.size(), slash < 0 ? -1 : slash - scheme.size());
            target = slash < 0 ? QByteArray("/") : target.mid(slash);
        }
        exchange->request.path = QString::fromUtf8(target);
        // Percent-encoded again (MHD decodes the path), so "%0A" cannot start a forged log line.
        exchange->logPath = EdgeRules::logPath(
            QString::fromLatin1(QUrl::toPercentEncoding(exchange->request.path, "/-._~")));
        if (exchange->hosts > 1)
            return respond(connection, exchange,
                           ApiResponse::error(400, QStringLiteral("bad_request"),
                                              QStringLiteral("More than one Host field.")));
        const char *length =
            MHD_lookup_connection_value(connection, MHD_HEADER_KIND, "Content-Length");
        const bool hasBody =
            (length && QByteArrayView(length) != "0") ||
            MHD_lookup_connection_value(connection, MHD_HEADER_KIND, "Transfer-Encoding");
        // Answered before the body is read, also instead of a 100 Continue.
        if (const auto refused = EdgeRules::refusal(m_hosts, host, exchange->contentType, hasBody))
            return respond(connection, exchange, *refused);
        if (length && QByteArrayView(length).toLongLong() > RequestLimits::MaxBodyBytes)
            return respond(connection, exchange, RequestLimits::bodyTooLarge());
        return true;
    }
    MhdExchange *exchange = *state;
    if (exchange->ready)
        return respond(connection, exchange, *exchange->ready);
    if (*uploadDataSize > 0) {
        if (exchange->request.body.size() + qsizetype(*uploadDataSize) >
            RequestLimits::MaxBodyBytes)
            exchange->tooLarge = true;
        else
            exchange->request.body.append(uploadData, qsizetype(*uploadDataSize));
        *uploadDataSize = 0;
        return true;
    }
    if (exchange->tooLarge)
        return respond(connection, exchange, RequestLimits::bodyTooLarge());
    ApiReply reply = m_routes.route(exchange->request);
    if (!reply.work)
        return respond(connection, exchange, reply.response);
    MHD_suspend_connection(connection);
    m_workers.start([this, connection, exchange, reply = std::move(reply)]() mutable {
        reply.work();
        QMetaObject::invokeMethod(this, [this, connection, exchange, reply = std::move(reply)] {
            exchange->ready = ApiRoutes::finish(reply);
            MHD_resume_connection(connection);
            poll();
        });
    });
    return true;
}

bool MhdRouter::respond(MHD_Connection *connection, MhdExchange *exchange,
                        const ApiResponse &response)
{
    std::fprintf(stderr, "%s %s %d %lldms\n", exchange->request.method.constData(),
                 exchange->logPath.constData(), response.status,
                 static_cast<long long>(exchange->received.elapsed()));
    MHD_Response *out = MHD_create_response_from_buffer(
        size_t(response.body.size()), const_cast<char *>(response.body.constData()),
        MHD_RESPMEM_MUST_COPY);
    MHD_add_response_header(out, "Cache-Control", "no-store");
    if (!response.body.isEmpty())
        MHD_add_response_header(out, "Content-Type", "application/json");
    if (m_https)
        MHD_add_response_header(out, "Strict-Transport-Security", "max-age=31536000");
    for (const auto &header : response.headers)
        MHD_add_response_header(out, header.first.constData(), header.second.constData());
    const MHD_Result queued = MHD_queue_response(connection, unsigned(response.status), out);
    MHD_destroy_response(out);
    return queued == MHD_YES;
}
