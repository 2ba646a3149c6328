#include "RequestGuard.h"

#include "ApiResponse.h"
#include "HttpWire.h"
#include "RequestLimits.h"

#include <QTcpSocket>

#include <cstdio>
#include <cstring>
#include <utility>

namespace {
constexpr qsizetype MaxChunkLineBytes = 1024;
constexpr int RefusalLingerMs = 1000;

bool endsHead(const QByteArray &head)
{
    return head.endsWith("\n\r\n") || head.endsWith("\n\n");
}
} // namespace

RequestGuard::RequestGuard(QTcpSocket *socket, int timeoutMs, bool https)
    : QObject(socket), m_socket(socket), m_https(https)
{
    socket->setReadBufferSize(ReadBufferBytes);
    connect(socket, &QTcpSocket::readyRead, this, &RequestGuard::beforeEngine);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(timeoutMs);
    connect(&m_deadline, &QTimer::timeout, this, &RequestGuard::drop);
    m_deadline.start();
}

void RequestGuard::attachAfterEngine()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &RequestGuard::afterEngine);
}

void RequestGuard::answered()
{
    if (!m_refused)
        m_deadline.start();
}

void RequestGuard::beforeEngine()
{
    if (m_refused)
        return;
    const qint64 available = m_socket->bytesAvailable();
    if (available <= m_scannedAhead)
        return;
    const QByteArray bytes = m_socket->peek(available);
    if (!scan(bytes.constData() + m_scannedAhead, bytes.size() - m_scannedAhead))
        return;
    m_scannedAhead = bytes.size();
}

void RequestGuard::afterEngine()
{
    // Whatever the engine left unread is the tail of what was scanned.
    if (!m_refused)
        m_scannedAhead = m_socket->bytesAvailable();
}

bool RequestGuard::scan(const char *data, qsizetype size)
{
    qsizetype i = 0;
    while (i < size) {
        switch (m_state) {
        case State::Head: {
            if (m_line.isEmpty() && (data[i] == '\r' || data[i] == '\n')) {
                ++i; // blank lines before a request line are allowed
                break;
            }
            // A line at a time (up to and including its '\n'), not a byte at a time: every
            // request pays for this scan, a bearer token's header about 70 bytes of it.
            const char *start = data + i;
            const auto *newline = static_cast<const char *>(std::memchr(start, '\n', size - i));
            const qsizetype take = newline ? newline - start + 1 : size - i;
            if (m_line.size() + take > RequestLimits::MaxHeadBytes) {
                refuse(RequestLimits::headTooLarge());
                return false;
            }
            m_line.append(start, take);
            i += take;
            if (newline && endsHead(m_line) && !headComplete())
                return false;
            break;
        }
        case State::Body: {
            const qint64 take = qMin<qint64>(m_bodyLeft, size - i);
            i += take;
            m_bodyLeft -= take;
            if (m_bodyLeft == 0)
                requestComplete();
            break;
        }
        case State::ChunkData: {
            const qint64 take = qMin<qint64>(m_bodyLeft, size - i);
            i += take;
            m_bodyLeft -= take;
            m_chunkWireBytes += take;
            if (m_bodyLeft == 0)
                m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkSize:
        case State::ChunkDataEnd:
        case State::Trailers: {
            const char c = data[i++];
            m_line.append(c);
            if (++m_chunkWireBytes >
                    RequestLimits::MaxBodyBytes + RequestLimits::MaxChunkFramingBytes ||
                m_line.size() > MaxChunkLineBytes) {
                refuse(RequestLimits::bodyTooLarge());
                return false;
            }
            if (c != '\n')
                break;
            const QByteArray line = m_line.trimmed();
            m_line.clear();
            if (m_state == State::ChunkDataEnd) {
                if (!line.isEmpty()) {
                    drop(); // chunk data longer than its size line said
                    return false;
                }
                m_state = State::ChunkSize;
            } else if (m_state == State::Trailers) {
                if (line.isEmpty())
                    requestComplete();
            } else {
                bool ok = false;
                const qsizetype extension = line.indexOf(';');
                const qint64 chunk =
                    (extension < 0 ? line : line.left(extension)).trimmed().toLongLong(&ok, 16);
                if (!ok || chunk < 0) {
                    drop();
                    return false;
                }
                m_chunkBodyBytes += chunk;
                if (m_chunkBodyBytes > RequestLimits::MaxBodyBytes) {
                    refuse(RequestLimits::bodyTooLarge());
                    return false;
                }
                m_bodyLeft = chunk;
                m_state = chunk == 0 ? State::Trailers : State::ChunkData;
            }
            break;
        }
        }
    }
    return true;
}

bool RequestGuard::headComplete()
{
    // The head leaves m_line (the next request starts empty); the fields are views into it:
    // every request comes through here, so no header line is copied.
    const QByteArray headBytes = std::exchange(m_line, QByteArray());
    const QByteArrayView head(headBytes);
    QByteArrayView contentLength;
    QByteArrayView transferEncoding;
    qsizetype start = head.indexOf('\n') + 1; // after the request line
    while (start > 0 && start < head.size()) {
        const qsizetype end = head.indexOf('\n', start);
        const QByteArrayView line = head.sliced(start, (end < 0 ? head.size() : end) - start);
        start = end < 0 ? -1 : end + 1;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArrayView name = line.first(colon).trimmed();
        QByteArrayView *field =
            name.compare("content-length", Qt::CaseInsensitive) == 0      ? &contentLength
            : name.compare("transfer-encoding", Qt::CaseInsensitive) == 0 ? &transferEncoding
                                                                          : nullptr;
        if (!field)
            continue;
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        // Two different framings are how requests get smuggled past a parser: refuse them.
        if (!field->isEmpty() && *field != value) {
            drop();
            return false;
        }
        *field = value;
    }
    if (!transferEncoding.isEmpty()) {
        if (transferEncoding.compare("chunked", Qt::CaseInsensitive) != 0 ||
            !contentLength.isEmpty()) {
            drop();
            return false;
        }
        m_chunkBodyBytes = 0;
        m_chunkWireBytes = 0;
        m_state = State::ChunkSize;
        return true;
    }
    if (contentLength.isEmpty()) {
        requestComplete();
        return true;
    }
    bool ok = false;
    const qint64 length = contentLength.toLongLong(&ok);
    if (!ok || length < 0) {
        drop();
        return false;
    }
    if (length > RequestLimits::MaxBodyBytes) {
        refuse(RequestLimits::bodyTooLarge());
        return false;
    }
    m_bodyLeft = length;
    if (length == 0)
        requestComplete();
    else
        m_state = State::Body;
    return true;
}

void RequestGuard::requestComplete()
{
    m_state = State::Head;
    m_line.clear();
    m_deadline.start(); // the next request (or an idle keep-alive) gets a fresh deadline
}

void RequestGuard::refuse(const ApiResponse &response)
{
    m_refused = true;
    m_deadline.stop();
    // The engine must not parse anything more from this connection.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->skip(m_socket->bytesAvailable());
    m_socket->write(HttpWire::serialize(response, true, m_https));
    // Logged like a routed request, without method and path: the head was not parsed.
    std::fprintf(stderr, "- - %d 0ms\n", response.status);
    // Keep reading (and discarding) a moment, so the client is not reset before it reads the
    // answer; then close.
    connect(m_socket, &QTcpSocket::readyRead, this,
            [this] { m_socket->skip(m_socket->bytesAvailable()); });
    QTimer::singleShot(RefusalLingerMs, this, [this] { m_socket->disconnectFromHost(); });
}

void RequestGuard::drop()
{
    m_refused = true;
    m_deadline.stop();
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    m_socket->abort();
}
