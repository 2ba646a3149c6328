#pragma once

#include "ApiResponse.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class HostAllowList;
class QTcpSocket;

// Watches one connection's bytes before the HTTP engine parses them (QHttpServer 6.4 buffers a
// whole request before handing it over, so limits must be enforced here). It frames requests
// itself — head, Content-Length or chunked body — and answers 431 or 413 and closes as soon as a
// limit is crossed, 400 or 505 for a head RFC 9112 does not allow, and 421 for an absolute-form
// target naming a host that is not allowed. It answers "Expect: 100-continue" with 100. Time
// limits (EdgeRules): a head must arrive within HeadTimeoutMs of its first byte (or of the
// connection), a body at MinBodyBytesPerSecond after a grace, an idle keep-alive connection goes
// after timeoutMs.
//
// Ordering: beforeEngine() must be connected to readyRead before the engine's slot, and
// afterEngine() after it (attachAfterEngine()), so the guard knows which buffered bytes it has
// already looked at: the engine consumes from the front, the guard scans what is new.
class RequestGuard : public QObject
{
    Q_OBJECT
public:
    // The socket never buffers more than one largest acceptable request plus slack.
    static constexpr qint64 ReadBufferBytes = qint64{128} * 1024;

    // Becomes a child of socket. https: the socket is a QSslSocket (adds HSTS to refusals).
    // hosts (which must outlive the guard) decides on absolute-form targets.
    RequestGuard(QTcpSocket *socket, int timeoutMs, bool https, const HostAllowList &hosts);
    Q_DISABLE_COPY(RequestGuard)

    void attachAfterEngine();
    // An answer went out: the next request (or idleness) gets a fresh deadline.
    void answered();
    // Every request answered and no byte of another one here: the connection can go first when
    // the server is full.
    bool idle() const;
    qint64 idleMs() const { return m_idleSince.elapsed(); }
    // Closes the connection without an answer.
    void drop();

private:
    enum class State
    {
        Head,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers
    };

    void beforeEngine();
    void afterEngine();
    // Scans new bytes; false once the connection was refused.
    bool scan(const char *data, qsizetype size);
    bool headComplete();
    void requestComplete();
    void refuse(const ApiResponse &response);
    void sendContinue();

    QTcpSocket *m_socket;
    bool m_https;
    const HostAllowList &m_hosts;
    int m_idleTimeoutMs;
    QTimer m_deadline;
    QElapsedTimer m_idleSince;
    int m_unanswered = 0;          // complete requests the engine has not answered yet
    bool m_continueWanted = false; // a 100 Continue waits for earlier answers to go out
    State m_state = State::Head;
    qint64 m_scannedAhead = 0; // bytes at the front of the socket buffer already scanned
    QByteArray m_line;         // the head so far, or the current chunk-size/trailer line
    qint64 m_bodyLeft = 0;
    qint64 m_chunkBodyBytes = 0;
    qint64 m_chunkWireBytes = 0;
    bool m_refused = false;
};
