#include "GuardedListener.h"

#include "ApiResponse.h"
#include "HttpWire.h"
#include "RequestGuard.h"

#include <QSslSocket>
#include <QTimer>

#include <sys/resource.h>

namespace {
// Each connection is a file descriptor; a default soft limit of 1024 would make the cap
// unreachable, so use what the hard limit allows.
void raiseDescriptorLimit(int wanted)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    const rlim_t target = qMin<rlim_t>(limit.rlim_max, static_cast<rlim_t>(wanted));
    if (limit.rlim_cur < target) {
        limit.rlim_cur = target;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}
} // namespace

GuardedListener::GuardedListener(int maxConnections, int timeoutMs,
                                 std::optional<QSslConfiguration> tls, QObject *parent)
    : QTcpServer(parent), m_maxConnections(maxConnections), m_timeoutMs(timeoutMs),
      m_tls(std::move(tls))
{
    raiseDescriptorLimit(maxConnections + 256);
    // The engine takes each connection as soon as it is offered; never stop accepting because
    // of Qt's pending-queue default, the cap above decides.
    setMaxPendingConnections(maxConnections);
}

void GuardedListener::incomingConnection(qintptr descriptor)
{
    if (m_open >= m_maxConnections) {
        refuseOverCap(descriptor);
        return;
    }
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    // The engine deletes sockets it was handed; this covers those it never saw.
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    auto *guard = new RequestGuard(socket, m_timeoutMs, m_tls.has_value());
    if (!m_tls) {
        handOver(socket, guard);
        return;
    }
    auto *ssl = static_cast<QSslSocket *>(socket);
    ssl->setSslConfiguration(*m_tls);
    connect(ssl, &QSslSocket::encrypted, this, [this, ssl, guard] { handOver(ssl, guard); });
    connect(ssl, &QSslSocket::sslErrors, ssl, [ssl] { ssl->abort(); });
    connect(ssl, &QSslSocket::errorOccurred, ssl, [ssl] { ssl->abort(); });
    ssl->startServerEncryption();
}

void GuardedListener::handOver(QTcpSocket *socket, RequestGuard *guard)
{
    // The engine connects its readyRead slot while this signal is emitted; the guard's
    // after-slot must come after it.
    addPendingConnection(socket);
    guard->attachAfterEngine();
}

void GuardedListener::refuseOverCap(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (!m_tls) {
        const ApiResponse response =
            ApiResponse::error(503, QStringLiteral("unavailable"),
                               QStringLiteral("The server has too many open connections."));
        socket->write(HttpWire::serialize(response, true, false));
    }
    socket->disconnectFromHost();
    // A peer that never reads must not keep the descriptor.
    QTimer::singleShot(5000, socket, [socket] { socket->abort(); });
}
