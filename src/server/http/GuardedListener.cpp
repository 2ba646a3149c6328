#include "GuardedListener.h"

#include "ApiResponse.h"
#include "EdgeRules.h"
#include "HttpWire.h"
#include "RequestGuard.h"

#include <QSslSocket>
#include <QTimer>

GuardedListener::GuardedListener(const Limits &limits, std::optional<QSslConfiguration> tls,
                                 TrustedProxies trusted, QObject *parent)
    : QTcpServer(parent), m_limits(limits), m_tls(std::move(tls)), m_trusted(std::move(trusted))
{
    EdgeRules::raiseDescriptorLimit(limits.maxConnections);
    // The engine takes each connection as soon as it is offered; never stop accepting because
    // of Qt's pending-queue default, the caps above decide.
    setMaxPendingConnections(limits.maxConnections);
}

void GuardedListener::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    const QByteArray key = m_trusted.contains(peer) ? QByteArray() : EdgeRules::addressKey(peer);
    if (!key.isEmpty() && m_perAddress.value(key) >= m_limits.maxPerAddress) {
        refuse(socket, QStringLiteral("Too many open connections from your address."));
        return;
    }
    if (m_open >= m_limits.maxConnections && !closeIdlest()) {
        refuse(socket, QStringLiteral("The server has too many open connections."));
        return;
    }
    ++m_open;
    if (!key.isEmpty())
        ++m_perAddress[key];
    connect(socket, &QObject::destroyed, this, [this, key] {
        --m_open;
        if (!key.isEmpty() && --m_perAddress[key] <= 0)
            m_perAddress.remove(key);
    });
    // The engine deletes sockets it was handed; this covers those it never saw.
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    auto *guard = new RequestGuard(socket, m_limits.timeoutMs, m_tls.has_value(), m_hosts);
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

bool GuardedListener::closeIdlest()
{
    RequestGuard *idlest = nullptr;
    const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : sockets) {
        auto *guard = socket->findChild<RequestGuard *>(QString(), Qt::FindDirectChildrenOnly);
        if (guard && guard->idle() && (!idlest || guard->idleMs() > idlest->idleMs()))
            idlest = guard;
    }
    if (!idlest)
        return false;
    // Its count goes when the engine deletes the socket, a moment after the new one came in.
    idlest->drop();
    return true;
}

void GuardedListener::handOver(QTcpSocket *socket, RequestGuard *guard)
{
    // The engine connects its readyRead slot while this signal is emitted; the guard's
    // after-slot must come after it.
    addPendingConnection(socket);
    guard->attachAfterEngine();
}

void GuardedListener::refuse(QTcpSocket *socket, const QString &why)
{
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (!m_tls) {
        const ApiResponse response = ApiResponse::error(503, QStringLiteral("unavailable"), why);
        socket->write(HttpWire::serialize(response, true, false));
    }
    socket->disconnectFromHost();
    // A peer that never reads must not keep the descriptor.
    QTimer::singleShot(5000, socket, [socket] { socket->abort(); });
}
