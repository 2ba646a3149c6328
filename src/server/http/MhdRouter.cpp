#include "MhdRouter.h"

#include "EdgeRules.h"
#include "MhdConnections.h"
#include "SecureBuffer.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <cstdio>
#include <cstring>
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
    QByteArray rawQuery; // as received, percent-encoded
    int hosts = 0;
    bool badFieldName = false;
    std::optional<ApiResponse> refused; // answered once the body is read and dropped
    qint64 dropped = 0;
    bool suspended = false;
    std::optional<ApiResponse> ready; // a staged answer, finished
    QElapsedTimer received;
};

namespace {
constexpr qint64 MaxDroppedBytes = qint64{1024} * 1024;

MHD_Result collect(void *cls, MHD_ValueKind kind, const char *key, const char *value)
{
    auto *exchange = static_cast<MhdExchange *>(cls);
    const QByteArrayView name(key);
    const QByteArray text(value ? value : "");
    if (kind == MHD_GET_ARGUMENT_KIND) {
        exchange->rawQuery += (exchange->rawQuery.isEmpty() ? "" : "&") + QByteArray(key) +
                              (value ? "=" + text : QByteArray());
        return MHD_YES;
    }
    // MHD keeps "Content-Length " (whitespace before the colon) as a name of its own; RFC 9112
    // 5.1 wants a 400, since proxies read such a field differently.
    for (const char c : name) {
        if (c == ' ' || c == '\t')
            exchange->badFieldName = true;
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

// Leaves URL and arguments percent-encoded: the path is decoded once here, the query by
// QUrlQuery as with the other engine, and the log shows the path as received.
size_t keepEncoded(void *, MHD_Connection *, char *text)
{
    return std::strlen(text);
}

void *socketContext(MHD_Connection *connection)
{
    return MHD_get_connection_info(connection, MHD_CONNECTION_INFO_SOCKET_CONTEXT)->socket_context;
}

MHD_Result admit(void *self, const sockaddr *address, socklen_t)
{
    static_cast<MhdRouter *>(self)->connections()->admit(QHostAddress(address));
    return MHD_YES;
}

void onConnection(void *self, MHD_Connection *connection, void **context,
                  MHD_ConnectionNotificationCode code)
{
    MhdConnections *connections = static_cast<MhdRouter *>(self)->connections();
    if (code == MHD_CONNECTION_NOTIFY_CLOSED) {
        connections->closed(context);
        return;
    }
    const int descriptor =
        MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD)->connect_fd;
    const sockaddr *peer =
        MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS)->client_addr;
    connections->opened(context, descriptor, QHostAddress(peer));
}

void onCompleted(void *self, MHD_Connection *connection, void **state, MHD_RequestTerminationCode)
{
    static_cast<MhdRouter *>(self)->connections()->requestEnded(socketContext(connection));
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
    EdgeRules::raiseDescriptorLimit(listen.maxConnections);
    m_connections = new MhdConnections(
        {listen.maxConnections, listen.maxConnectionsPerAddress, listen.requestTimeoutMs, m_https},
        m_trusted, this);
    connect(m_connections, &MhdConnections::shutDown, this, &MhdRouter::poll);
    sockaddr_storage address{};
    unsigned flags = MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME;
    if (listen.address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *v6 = reinterpret_cast<sockaddr_in6 *>(&address);
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(listen.port);
        const Q_IPV6ADDR bytes = listen.address.toIPv6Address();
        std::memcpy(&v6->sin6_addr, bytes.c, sizeof bytes.c);
        flags |= MHD_USE_IPv6;
    } else {
        auto *v4 = reinterpret_cast<sockaddr_in *>(&address);
        v4->sin_family = AF_INET;
        v4->sin_port = htons(listen.port);
        v4->sin_addr.s_addr = htonl(listen.address.toIPv4Address());
    }
    if (m_https) {
        // GnuTLS reads the key unencrypted from memory; TlsSettings has already decrypted it.
        for (const QSslCertificate &certificate : listen.tls->localCertificateChain())
            m_certificatePem += certificate.toPem();
        m_keyPem = listen.tls->privateKey().toPem();
        flags |= MHD_USE_TLS;
    }
    // The same policy as TlsSettings: TLS 1.3, or TLS 1.2 with forward-secret AEAD suites.
    static const char Priorities[] =
        "NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2:-CIPHER-ALL:+AES-128-GCM:+AES-256-GCM:"
        "+CHACHA20-POLY1305:+AES-128-CCM:+AES-256-CCM:-KX-ALL:+ECDHE-RSA:+ECDHE-ECDSA:+DHE-RSA:"
        "-MAC-ALL:+AEAD";
    m_daemon = MHD_start_daemon(
        flags, listen.port, &admit, this, &onRequest, this, MHD_OPTION_SOCK_ADDR, &address,
        // Room beyond the cap for connections refused or shut down and not yet closed.
        MHD_OPTION_CONNECTION_LIMIT, static_cast<unsigned>(listen.maxConnections * 2 + 64),
        MHD_OPTION_NOTIFY_CONNECTION, &onConnection, this, MHD_OPTION_CONNECTION_TIMEOUT,
        static_cast<unsigned>(listen.requestTimeoutMs / 1000), MHD_OPTION_CONNECTION_MEMORY_LIMIT,
        static_cast<size_t>(RequestLimits::MaxHeadBytes * 2), MHD_OPTION_NOTIFY_COMPLETED,
        &onCompleted, this, MHD_OPTION_UNESCAPE_CALLBACK, &keepEncoded, nullptr,
        MHD_OPTION_STRICT_FOR_CLIENT, 0, m_https ? MHD_OPTION_HTTPS_MEM_KEY : MHD_OPTION_END,
        m_keyPem.constData(), MHD_OPTION_HTTPS_MEM_CERT, m_certificatePem.constData(),
        MHD_OPTION_HTTPS_PRIORITIES, Priorities, MHD_OPTION_END);
    SecureBuffer::wipe(m_keyPem);
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

bool MhdRouter::begin(MHD_Connection *connection, const char *url, const char *method,
                      MhdExchange **state)
{
    auto *exchange = new MhdExchange;
    *state = exchange; // MHD hands it to onCompleted, which deletes it
    exchange->received.start();
    exchange->request.method = method;
    MHD_get_connection_values(connection,
                              static_cast<MHD_ValueKind>(MHD_HEADER_KIND | MHD_GET_ARGUMENT_KIND),
                              &collect, exchange);
    const auto *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    exchange->request.peer = QHostAddress(info->client_addr);
    exchange->request.client = m_trusted.client(exchange->request.peer, exchange->forwardedFor);
    // RFC 9112 3.2.2: for an absolute-form target its authority, not Host, is the host.
    QByteArray target(url);
    QByteArray host = exchange->host;
    for (const QByteArrayView scheme : {QByteArrayView("http://"), QByteArrayView("https://")}) {
        if (!target.startsWith(scheme))
            continue;
        const qsizetype slash = target.indexOf('/', scheme.size());
        host = target.mid(scheme.size(), slash < 0 ? -1 : slash - scheme.size());
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    exchange->request.path = QUrl::fromPercentEncoding(target);
    exchange->request.query = QUrlQuery(QString::fromLatin1(exchange->rawQuery));
    // Percent-encoded as received, so "%0A" cannot start a forged log line.
    exchange->logPath = EdgeRules::logPath(QString::fromLatin1(target));
    if (exchange->hosts > 1 || exchange->badFieldName) {
        exchange->refused =
            ApiResponse::error(400, QStringLiteral("bad_request"),
                               exchange->hosts > 1 ? QStringLiteral("More than one Host field.")
                                                   : QStringLiteral("Whitespace before a colon."));
        return respond(connection, exchange, *exchange->refused);
    }
    const char *length = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, "Content-Length");
    const qint64 bodyBytes =
        length ? QByteArrayView(length).toLongLong()
        : MHD_lookup_connection_value(connection, MHD_HEADER_KIND, "Transfer-Encoding") ? -1
                                                                                        : 0;
    m_connections->headRead(socketContext(connection), bodyBytes);
    exchange->refused = EdgeRules::refusal(m_hosts, host, exchange->contentType, bodyBytes != 0);
    if (!exchange->refused && bodyBytes > RequestLimits::MaxBodyBytes)
        exchange->refused = RequestLimits::bodyTooLarge();
    // A client waiting for 100 Continue gets the final answer instead, before any body; one
    // that sends its body at once would see a reset instead of the answer if the connection
    // closed under it, so that body is read and dropped first.
    const char *expect = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, "Expect");
    if (exchange->refused && (bodyBytes == 0 || expect))
        return respond(connection, exchange, *exchange->refused);
    return true;
}

bool MhdRouter::request(MHD_Connection *connection, const char *url, const char *method,
                        const char *uploadData, size_t *uploadDataSize, MhdExchange **state)
{
    if (!*state)
        return begin(connection, url, method, state);
    MhdExchange *exchange = *state;
    if (exchange->ready)
        return respond(connection, exchange, *exchange->ready);
    if (*uploadDataSize > 0) {
        const qsizetype size = qsizetype(*uploadDataSize);
        *uploadDataSize = 0;
        if (!exchange->refused &&
            exchange->request.body.size() + size > RequestLimits::MaxBodyBytes)
            exchange->refused = RequestLimits::bodyTooLarge();
        if (!exchange->refused) {
            exchange->request.body.append(uploadData, size);
            return true;
        }
        exchange->dropped += size;
        // Dropping is cheap but must not go on for ever.
        if (exchange->dropped > MaxDroppedBytes)
            return respond(connection, exchange, *exchange->refused);
        return true;
    }
    if (exchange->refused)
        return respond(connection, exchange, *exchange->refused);
    m_connections->headRead(socketContext(connection), 0); // the answer is being worked on
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
    // A refused request's body may still be on its way: the connection cannot go on after it.
    if (exchange->refused)
        MHD_add_response_header(out, "Connection", "close");
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
