#pragma once

#include "HostAllowList.h"
#include "TrustedProxies.h"

#include <QHash>
#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

class RequestGuard;

// The TCP (or TLS) listener Router binds its HTTP engine to. It creates every socket itself so
// a RequestGuard sees the bytes before the engine does, and it caps open connections, in all
// and per client address (IPv6 by /64, since one host usually holds a whole /64). At the global
// cap the connection idle longest makes room; with none idle, and beyond the per-address cap, a
// new connection gets 503 unavailable (plain HTTP) or is closed (TLS) at once. Trusted proxies
// carry many clients' connections and are held only to the global cap.
class GuardedListener : public QTcpServer
{
    Q_OBJECT
public:
    struct Limits
    {
        int maxConnections = 1000;
        int maxPerAddress = 64;
        int timeoutMs = 30 * 1000;
    };

    GuardedListener(const Limits &limits, std::optional<QSslConfiguration> tls,
                    TrustedProxies trusted, QObject *parent = nullptr);
    Q_DISABLE_COPY(GuardedListener)

    int openConnections() const { return m_open; }
    // What absolute-form targets are checked against; set once the port is known.
    void setHosts(const HostAllowList &hosts) { m_hosts = hosts; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void handOver(QTcpSocket *socket, RequestGuard *guard);
    void refuse(QTcpSocket *socket, const QString &why);
    // Closes the connection idle longest; false when none is idle.
    bool closeIdlest();

    Limits m_limits;
    std::optional<QSslConfiguration> m_tls;
    TrustedProxies m_trusted;
    HostAllowList m_hosts;
    int m_open = 0;
    QHash<QByteArray, int> m_perAddress; // open connections by addressKey()
};
