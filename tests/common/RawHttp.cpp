#include "RawHttp.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>

#include <sys/resource.h>

namespace {
qsizetype headEnd(const QByteArray &bytes)
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    return end < 0 ? -1 : end + 4;
}
} // namespace

int RawReply::status() const
{
    static const QRegularExpression line(QStringLiteral(R"(^HTTP/1\.[01] (\d{3}))"));
    const auto match = line.match(QString::fromLatin1(bytes.left(32)));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QByteArray RawReply::header(QByteArrayView name) const
{
    const qsizetype end = headEnd(bytes);
    const QList<QByteArray> lines = bytes.left(end < 0 ? bytes.size() : end).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QJsonObject RawReply::json() const
{
    const qsizetype end = headEnd(bytes);
    return end < 0 ? QJsonObject() : QJsonDocument::fromJson(bytes.mid(end)).object();
}

QString RawReply::errorCode() const
{
    return json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

bool RawHttp::complete(const QByteArray &bytes)
{
    const qsizetype end = headEnd(bytes);
    if (end < 0)
        return false;
    RawReply reply;
    reply.bytes = bytes.left(end);
    return bytes.size() - end >= reply.header("Content-Length").toLongLong();
}

RawReply RawHttp::read(QTcpSocket &socket, int timeoutMs)
{
    RawReply reply;
    reply.connected = true;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (socket.bytesAvailable() == 0 && socket.state() != QAbstractSocket::ConnectedState) {
            reply.closed = true;
            break;
        }
        if (socket.bytesAvailable() == 0 &&
            !socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (socket.state() != QAbstractSocket::ConnectedState)
                reply.closed = true;
            if (reply.closed || deadline.hasExpired())
                break;
        }
        reply.bytes += socket.readAll();
        if (complete(reply.bytes)) {
            // A refusal closes right after its answer; give the close a moment to arrive.
            if (!reply.header("Connection").isEmpty() && socket.waitForDisconnected(2000))
                reply.closed = true;
            break;
        }
    }
    reply.bytes += socket.readAll();
    return reply;
}

RawReply RawHttp::exchange(quint16 port, const QByteArray &request, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(request);
    return read(socket, timeoutMs);
}

bool RawHttp::measuresMemory()
{
#if defined(__SANITIZE_ADDRESS__)
    return false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return false;
#else
    return true;
#endif
#else
    return true;
#endif
}

qint64 RawHttp::rssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

void RawHttp::raiseDescriptorLimit(int n)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    const rlim_t target = qMin<rlim_t>(limit.rlim_max, static_cast<rlim_t>(n));
    if (limit.rlim_cur < target) {
        limit.rlim_cur = target;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}
