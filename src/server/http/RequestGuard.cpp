#include "RequestGuard.h"

#include "ApiResponse.h"
#include "EdgeRules.h"
#include "HostAllowList.h"
#include "HttpWire.h"
#include "RequestHead.h"
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

RequestGuard::RequestGuard(QTcpSocket *socket, int timeoutMs, bool https,
                           const HostAllowList &hosts)
    : QObject(socket), m_socket(socket), m_https(https), m_hosts(hosts), m_idleTimeoutMs(timeoutMs)
{
    socket->setReadBufferSize(ReadBufferBytes);
    connect(socket, &QTcpSocket::readyRead, this, &RequestGuard::beforeEngine);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &RequestGuard::drop);
    // A new connection has no reason to wait before its first request.
    m_deadline.start(qMin(EdgeRules::HeadTimeoutMs, timeoutMs));
    m_idleSince.start();
}

void RequestGuard::attachAfterEngine()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &RequestGuard::afterEngine);
}

void RequestGuard::answered()
{
    m_unanswered = qMax(0, m_unanswered - 1);
    if (m_refused)
        return;
    if (m_unanswered == 0 && m_continueWanted)
        sendContinue();
    if (idle()) {
        m_deadline.start(m_idleTimeoutMs);
        m_idleSince.start();
    }
}

bool RequestGuard::idle() const
{
    return !m_refused && m_unanswered == 0 && m_state == State::Head && m_line.isEmpty();
}

void RequestGuard::sendContinue()
{
    // Interim answers must not overtake the final answers of earlier requests.
    m_continueWanted = m_unanswered > 0;
    if (!m_continueWanted)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
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
            if (m_line.isEmpty())
                m_deadline.start(
                    qMin(EdgeRules::HeadTimeoutMs, m_idleTimeoutMs)); // a head has begun
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
    // The head leaves m_line (the next request starts empty).
    const QByteArray headBytes = std::exchange(m_line, QByteArray());
    const RequestHead head = RequestHead::parse(headBytes);
    switch (head.verdict()) {
    case RequestHead::Verdict::Accept:
        break;
    case RequestHead::Verdict::Drop:
        drop();
        return false;
    case RequestHead::Verdict::BadRequest:
        refuse(ApiResponse::error(400, QStringLiteral("bad_request"), head.problem()));
        return false;
    case RequestHead::Verdict::VersionUnsupported:
        refuse(
            ApiResponse::error(505, QStringLiteral("http_version_not_supported"), head.problem()));
        return false;
    }
    // The engine checks the Host field; for an absolute-form target the target's authority is
    // the host (RFC 9112 3.2.2), which the engine does not look at.
    if (!head.absoluteAuthority().isEmpty() && !m_hosts.allows(head.absoluteAuthority())) {
        refuse(ApiResponse::error(421, QStringLiteral("misdirected_request"),
                                  QStringLiteral("This server does not answer for that host "
                                                 "name (see --allowed-host).")));
        return false;
    }
    if (head.contentLength() > RequestLimits::MaxBodyBytes) {
        refuse(RequestLimits::bodyTooLarge()); // at once, also when the client expects a 100
        return false;
    }
    const qint64 bodyBytes = head.chunked() ? RequestLimits::MaxBodyBytes : head.contentLength();
    if (bodyBytes <= 0) {
        requestComplete();
        return true;
    }
    m_deadline.start(EdgeRules::bodyDeadlineMs(bodyBytes, m_idleTimeoutMs));
    if (head.expectsContinue())
        sendContinue();
    if (head.chunked()) {
        m_chunkBodyBytes = 0;
        m_chunkWireBytes = 0;
        m_state = State::ChunkSize;
    } else {
        m_bodyLeft = head.contentLength();
        m_state = State::Body;
    }
    return true;
}

void RequestGuard::requestComplete()
{
    m_state = State::Head;
    m_line.clear();
    m_continueWanted = false;
    ++m_unanswered;
    // The answer may take a while (PBKDF2 at sign-in); the next head restarts the count.
    m_deadline.start(m_idleTimeoutMs);
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
