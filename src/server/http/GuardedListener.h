#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

class RequestGuard;

// The TCP (or TLS) listener Router binds its HTTP engine to. It creates every socket itself so
// a RequestGuard sees the bytes before the engine does, and it caps open connections: beyond
// the cap a new connection gets 503 unavailable (plain HTTP) or is closed (TLS) at once.
class GuardedListener : public QTcpServer
{
    Q_OBJECT
public:
    GuardedListener(int maxConnections, int timeoutMs, std::optional<QSslConfiguration> tls,
                    QObject *parent = nullptr);
    Q_DISABLE_COPY(GuardedListener)

    int openConnections() const { return m_open; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void handOver(QTcpSocket *socket, RequestGuard *guard);
    void refuseOverCap(qintptr descriptor);

    int m_maxConnections;
    int m_timeoutMs;
    std::optional<QSslConfiguration> m_tls;
    int m_open = 0;
};
