#pragma once

#include "TrustedProxies.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>
#include <unordered_map>

// The open connections of MhdRouter's daemon, for the limits MHD does not keep itself: a share
// per client address (IPv6 by /64; trusted proxies exempt), the connection idle longest closed
// to make room at the global cap, a head within EdgeRules::HeadTimeoutMs, a body at the minimum
// rate, an idle keep-alive connection at most idleTimeoutMs. A connection past its deadline is
// shut down on its descriptor; MHD then closes it as it would any connection its peer ended.
// One over a cap gets a 503 written on its descriptor as it opens, before MHD reads from it.
class MhdConnections : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int maxConnections = 1000;
        int maxPerAddress = 64;
        int idleTimeoutMs = 30 * 1000;
        bool https = false; // a refused connection gets no 503, only closed
    };

    MhdConnections(const Limits &limits, TrustedProxies trusted, QObject *parent = nullptr);
    Q_DISABLE_COPY(MhdConnections)

    // MHD's accept policy for a connection from peer: always taken, so that one over a cap can
    // be told so with a 503 when it opens; may shut down the idlest connection to make room.
    void admit(const QHostAddress &peer);
    // MHD's connection notifications; *context is MHD's per-socket pointer.
    void opened(void **context, int descriptor, const QHostAddress &peer);
    void closed(void **context);
    // A request head was read (bodyBytes: what its framing announces, -1 for chunked).
    void headRead(void *context, qint64 bodyBytes);
    // A request was answered (or ended): the connection waits for the next one.
    void requestEnded(void *context);

signals:
    // Connections were shut down: MHD should run to close them.
    void shutDown();

private:
    struct Connection
    {
        int descriptor = -1;
        QByteArray addressKey; // empty for a trusted proxy
        QDeadlineTimer deadline;
        QElapsedTimer idleSince;
        bool idle = true;
        bool ended = false; // shut down, waiting for MHD to close it
    };
    void sweep();
    void end(Connection *connection);
    // The connection admit() found over a cap: answered 503 (plain HTTP) and shut down.
    void refuse(Connection *connection, const QString &why);

    Limits m_limits;
    TrustedProxies m_trusted;
    std::unordered_map<Connection *, std::unique_ptr<Connection>> m_open;
    QHash<QByteArray, int> m_perAddress;
    QTimer m_sweep;
    QString m_refuseNext; // why admit() refused the connection about to open
};
