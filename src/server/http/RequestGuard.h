#pragma once

#include "ApiResponse.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QTcpSocket;

// Watches one connection's bytes before the HTTP engine parses them (QHttpServer 6.4 buffers a
// whole request before handing it over, so limits must be enforced here). It frames requests
// itself — head, Content-Length or chunked body — and answers 431 or 413 and closes as soon as a
// limit is crossed; it closes a connection that has not completed a request within the timeout.
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
    RequestGuard(QTcpSocket *socket, int timeoutMs, bool https);
    Q_DISABLE_COPY(RequestGuard)

    void attachAfterEngine();
    // An answer went out: the next request (or idleness) gets a fresh deadline.
    void answered();

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
    void drop();

    QTcpSocket *m_socket;
    bool m_https;
    QTimer m_deadline;
    State m_state = State::Head;
    qint64 m_scannedAhead = 0; // bytes at the front of the socket buffer already scanned
    QByteArray m_line;         // the head so far, or the current chunk-size/trailer line
    qint64 m_bodyLeft = 0;
    qint64 m_chunkBodyBytes = 0;
    qint64 m_chunkWireBytes = 0;
    bool m_refused = false;
};
