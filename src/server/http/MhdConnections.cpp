#include "MhdConnections.h"

#include "ApiResponse.h"
#include "EdgeRules.h"
#include "HttpWire.h"
#include "RequestLimits.h"

#include <utility>

#include <sys/socket.h>

MhdConnections::MhdConnections(const Limits &limits, TrustedProxies trusted, QObject *parent)
    : QObject(parent), m_limits(limits), m_trusted(std::move(trusted))
{
    m_sweep.setInterval(250);
    connect(&m_sweep, &QTimer::timeout, this, &MhdConnections::sweep);
    m_sweep.start();
}

void MhdConnections::admit(const QHostAddress &peer)
{
    m_refuseNext.clear();
    if (!m_trusted.contains(peer) &&
        m_perAddress.value(EdgeRules::addressKey(peer)) >= m_limits.maxPerAddress) {
        m_refuseNext = QStringLiteral("Too many open connections from your address.");
        return;
    }
    qsizetype live = 0;
    Connection *idlest = nullptr;
    for (const auto &entry : m_open) {
        Connection *connection = entry.first;
        if (connection->ended)
            continue;
        ++live;
        if (connection->idle &&
            (!idlest || connection->idleSince.elapsed() > idlest->idleSince.elapsed()))
            idlest = connection;
    }
    if (live < m_limits.maxConnections)
        return;
    if (!idlest) {
        m_refuseNext = QStringLiteral("The server has too many open connections.");
        return;
    }
    end(idlest);
    emit shutDown();
}

void MhdConnections::opened(void **context, int descriptor, const QHostAddress &peer)
{
    auto connection = std::make_unique<Connection>();
    connection->descriptor = descriptor;
    if (!m_trusted.contains(peer)) {
        connection->addressKey = EdgeRules::addressKey(peer);
        ++m_perAddress[connection->addressKey];
    }
    // A new connection has no reason to wait before its first request.
    connection->deadline.setRemainingTime(qMin(EdgeRules::HeadTimeoutMs, m_limits.idleTimeoutMs));
    connection->idleSince.start();
    *context = connection.get();
    Connection *opened = connection.get();
    m_open.emplace(opened, std::move(connection));
    if (!m_refuseNext.isEmpty())
        refuse(opened, std::exchange(m_refuseNext, QString()));
}

void MhdConnections::refuse(Connection *connection, const QString &why)
{
    if (!m_limits.https) {
        const QByteArray answer = HttpWire::serialize(
            ApiResponse::error(503, QStringLiteral("unavailable"), why), true, false);
        // A fresh socket takes a few hundred bytes at once; if not, the peer only misses the
        // reason.
        [[maybe_unused]] const ssize_t sent =
            ::send(connection->descriptor, answer.constData(), size_t(answer.size()),
                   MSG_NOSIGNAL | MSG_DONTWAIT);
    }
    if (!connection->addressKey.isEmpty() && --m_perAddress[connection->addressKey] <= 0)
        m_perAddress.remove(connection->addressKey);
    connection->addressKey.clear(); // not counted towards its address's share
    end(connection);
    emit shutDown();
}

void MhdConnections::closed(void **context)
{
    const auto found = m_open.find(static_cast<Connection *>(*context));
    *context = nullptr;
    if (found == m_open.end())
        return;
    const QByteArray key = found->first->addressKey;
    if (!key.isEmpty() && --m_perAddress[key] <= 0)
        m_perAddress.remove(key);
    m_open.erase(found);
}

void MhdConnections::headRead(void *context, qint64 bodyBytes)
{
    auto *connection = static_cast<Connection *>(context);
    if (!connection)
        return;
    connection->idle = false;
    const qint64 body = bodyBytes < 0 ? RequestLimits::MaxBodyBytes : bodyBytes;
    connection->deadline.setRemainingTime(
        body > 0 ? EdgeRules::bodyDeadlineMs(body, m_limits.idleTimeoutMs)
                 : m_limits.idleTimeoutMs);
}

void MhdConnections::requestEnded(void *context)
{
    auto *connection = static_cast<Connection *>(context);
    if (!connection)
        return;
    connection->idle = true;
    connection->idleSince.start();
    connection->deadline.setRemainingTime(m_limits.idleTimeoutMs);
}

void MhdConnections::end(Connection *connection)
{
    connection->ended = true;
    ::shutdown(connection->descriptor, SHUT_RDWR);
}

void MhdConnections::sweep()
{
    bool any = false;
    for (const auto &entry : m_open) {
        Connection *connection = entry.first;
        if (!connection->ended && connection->deadline.hasExpired()) {
            end(connection);
            any = true;
        }
    }
    if (any)
        emit shutDown();
}
