// Issue 11 item 1: request limits enforced while reading, before anything is buffered — over real
// sockets against the spawned server, because a well-behaved client never sends these.
#include "HttpTestClient.h"
#include "RawHttp.h"
#include "TestServer.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QtTest>

#include <memory>
#include <vector>

namespace {
quint16 g_port = 0; // the port of the server the current test talks to

QByteArray head(const QByteArray &requestLine, const QByteArray &extraHeaders = {})
{
    return requestLine + "\r\nHost: 127.0.0.1:" + QByteArray::number(g_port) + "\r\n" +
           extraHeaders + "\r\n";
}

QByteArray loginHead(const QByteArray &framing)
{
    return head("POST /api/v1/session HTTP/1.1",
                "Content-Type: application/json\r\n" + framing + "\r\n");
}

QByteArray chunked(qsizetype bodyBytes)
{
    QByteArray out;
    for (qsizetype sent = 0; sent < bodyBytes; sent += 4096) {
        const qsizetype size = qMin<qsizetype>(4096, bodyBytes - sent);
        out += QByteArray::number(size, 16) + "\r\n" + QByteArray(size, ' ') + "\r\n";
    }
    return out + "0\r\n\r\n";
}

// Sends a head announcing a huge body, then streams up to totalBytes of it until the server
// stops taking it. The server's answer, and how much memory it gained meanwhile (KiB).
RawReply uploadHuge(quint16 port, qint64 pid, qint64 totalBytes, qint64 *rssGrowthKiB)
{
    const qint64 before = RawHttp::rssKiB(pid);
    qint64 peak = before;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(loginHead("Content-Length: " + QByteArray::number(totalBytes)));
    const QByteArray block(1024 * 1024, '{');
    QByteArray answer;
    for (qint64 sent = 0; sent < totalBytes && socket.state() == QAbstractSocket::ConnectedState;
         sent += block.size()) {
        socket.write(block);
        socket.waitForBytesWritten(200);
        answer += socket.readAll();
        peak = qMax(peak, RawHttp::rssKiB(pid));
    }
    RawReply reply = RawHttp::read(socket, 3000);
    reply.bytes.prepend(answer);
    *rssGrowthKiB = qMax(peak, RawHttp::rssKiB(pid)) - before;
    return reply;
}
} // namespace

class TestServerLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void headOver16KiBIs431AndClosed();
    void contentLengthOver64KiBIs413BeforeTheBody();
    void headsInPiecesAndFramingInAnyCase();
    void hugeUploadDoesNotGrowMemory();
    void chunkedBodyIsCutOffAt64KiB();
    void connectionsBeyondTheCapGet503();
    void halfOpenSlowAndIdleConnectionsAreClosedWithin35s();

private:
    TestServer m_server;
};

void TestServerLimits::initTestCase()
{
    RawHttp::raiseDescriptorLimit(4096);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestServerLimits::init()
{
    g_port = m_server.port();
}

void TestServerLimits::headOver16KiBIs431AndClosed()
{
    const QByteArray fits =
        head("GET /healthz HTTP/1.1", "X-Padding: " + QByteArray(15 * 1024, 'a') + "\r\n");
    QCOMPARE(RawHttp::exchange(m_server.port(), fits).status(), 200);

    const RawReply big = RawHttp::exchange(
        m_server.port(),
        head("GET /healthz HTTP/1.1", "X-Padding: " + QByteArray(17 * 1024, 'a') + "\r\n"));
    QCOMPARE(big.status(), 431);
    QCOMPARE(big.errorCode(), QStringLiteral("headers_too_large"));
    QVERIFY(big.closed);

    // A head that never ends is refused once it passes the limit, not buffered for ever.
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /healthz HTTP/1.1\r\nX-Endless: ");
    for (int i = 0; i < 64 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
        socket.write(QByteArray(1024, 'b'));
        socket.waitForBytesWritten(200);
    }
    const RawReply endless = RawHttp::read(socket, 5000);
    QCOMPARE(endless.status(), 431);
    QVERIFY(endless.closed);
}

void TestServerLimits::headsInPiecesAndFramingInAnyCase()
{
    // The guard reads a head a line at a time: sent in 3-byte pieces, lines cut mid-way, it is
    // the same request.
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray request = head("GET /healthz HTTP/1.1", "X-Note: in pieces\r\n");
    for (qsizetype at = 0; at < request.size(); at += 3) {
        socket.write(request.mid(at, 3));
        QVERIFY(socket.waitForBytesWritten(1000));
        QThread::msleep(2);
    }
    QCOMPARE(RawHttp::read(socket, 5000).status(), 200);

    // Header names in any case: an oversized body announced in capitals is refused from the
    // head alone, as in lower case.
    const RawReply shouted = RawHttp::exchange(m_server.port(), loginHead("CONTENT-LENGTH: 70000"));
    QCOMPARE(shouted.status(), 413);
    QVERIFY(shouted.closed);

    // Two framings that disagree, however they are spelt, end the connection unanswered.
    for (const QByteArray &framing :
         {QByteArray("Content-Length: 5\r\ncontent-length: 6"),
          QByteArray("content-length: 5\r\nTransfer-Encoding: chunked")}) {
        const RawReply smuggled = RawHttp::exchange(m_server.port(), loginHead(framing) + "{}");
        QVERIFY2(smuggled.closed && smuggled.status() == 0, framing.constData());
    }
}

void TestServerLimits::contentLengthOver64KiBIs413BeforeTheBody()
{
    // No body byte is sent: the answer must come from the head alone.
    QElapsedTimer timer;
    timer.start();
    const RawReply reply =
        RawHttp::exchange(m_server.port(), loginHead("Content-Length: 314572800"), 5000);
    QCOMPARE(reply.status(), 413);
    QCOMPARE(reply.errorCode(), QStringLiteral("too_large"));
    QVERIFY(reply.closed);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));

    // Exactly 64 KiB is still read and handed to the endpoint (which finds it is not JSON).
    const RawReply limit = RawHttp::exchange(
        m_server.port(), loginHead("Content-Length: 65536") + QByteArray(65536, ' '), 5000);
    QCOMPARE(limit.status(), 400);
}

void TestServerLimits::hugeUploadDoesNotGrowMemory()
{
    qint64 growthKiB = 0;
    const RawReply reply =
        uploadHuge(m_server.port(), m_server.processId(), 300ll * 1024 * 1024, &growthKiB);
    QCOMPARE(reply.status(), 413);
    if (RawHttp::measuresMemory())
        QVERIFY2(growthKiB < 16 * 1024,
                 qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(growthKiB)));
    else
        qInfo("RSS grew by %lld KiB (no bound under AddressSanitizer)", growthKiB);
    QCOMPARE(HttpTestClient(m_server.baseUrl()).get(QStringLiteral("/healthz")).status, 200);
}

void TestServerLimits::chunkedBodyIsCutOffAt64KiB()
{
    // A small chunked body is framed and handed over like any other.
    const QByteArray login = R"({"username":"demo","password":"demo"})";
    const RawReply small =
        RawHttp::exchange(m_server.port(), loginHead("Transfer-Encoding: chunked") +
                                               QByteArray::number(login.size(), 16) + "\r\n" +
                                               login + "\r\n0\r\n\r\n");
    QCOMPARE(small.status(), 201);

    const RawReply big = RawHttp::exchange(
        m_server.port(), loginHead("Transfer-Encoding: chunked") + chunked(80 * 1024));
    QCOMPARE(big.status(), 413);
    QCOMPARE(big.errorCode(), QStringLiteral("too_large"));
    QVERIFY(big.closed);

    // Chunks without end: cut off once they pass 64 KiB.
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(loginHead("Transfer-Encoding: chunked"));
    for (int i = 0; i < 1024 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
        socket.write("400\r\n" + QByteArray(1024, ' ') + "\r\n");
        socket.waitForBytesWritten(100);
    }
    QCOMPARE(RawHttp::read(socket, 5000).status(), 413);
}

void TestServerLimits::connectionsBeyondTheCapGet503()
{
    TestServer capped({QStringLiteral("--max-connections"), QStringLiteral("20")});
    QVERIFY2(capped.start(), qPrintable(capped.errorString()));
    g_port = capped.port();
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 20; ++i) {
        held.push_back(std::make_unique<QTcpSocket>());
        held.back()->connectToHost(QStringLiteral("127.0.0.1"), capped.port());
        QVERIFY(held.back()->waitForConnected(5000));
        // An answer proves the server has taken (and counts) this connection; the start of
        // another request keeps it busy (idle ones would make room for a newcomer).
        held.back()->write(head("GET /healthz HTTP/1.1"));
        QCOMPARE(RawHttp::read(*held.back(), 5000).status(), 200);
        held.back()->write("GET /healthz HTTP/1.1\r\n");
    }
    QTest::qWait(200); // those bytes reach the server before the next connection does
    const RawReply refused = RawHttp::exchange(capped.port(), head("GET /healthz HTTP/1.1"));
    QCOMPARE(refused.status(), 503);
    QCOMPARE(refused.errorCode(), QStringLiteral("unavailable"));

    held.clear();
    // Once load drops, /healthz answers again.
    int status = 0;
    for (int attempt = 0; attempt < 50 && status != 200; ++attempt) {
        QTest::qWait(100);
        status = RawHttp::exchange(capped.port(), head("GET /healthz HTTP/1.1")).status();
    }
    QCOMPARE(status, 200);
}

void TestServerLimits::halfOpenSlowAndIdleConnectionsAreClosedWithin35s()
{
    constexpr int HalfOpen = 1000;
    // Room for the half-open ones plus the connections that check on the server meanwhile.
    TestServer server({QStringLiteral("--max-connections"), QStringLiteral("1010"),
                       QStringLiteral("--max-connections-per-address"), QStringLiteral("1010")});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    g_port = server.port();
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < HalfOpen; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QStringLiteral("127.0.0.1"), server.port());
        sockets.push_back(std::move(socket));
    }
    for (auto &socket : sockets) {
        QVERIFY(socket->waitForConnected(5000));
        socket->write("GET /healthz HTTP/1.1\r\n"); // never finished
    }
    // A keep-alive connection that completed one request and then stays idle.
    QTcpSocket idle;
    idle.connectToHost(QStringLiteral("127.0.0.1"), server.port());
    QVERIFY(idle.waitForConnected(5000));
    idle.write(head("GET /healthz HTTP/1.1"));
    QCOMPARE(RawHttp::read(idle, 5000).status(), 200);
    // A slow client: one header byte a second, never done.
    QTcpSocket slow;
    slow.connectToHost(QStringLiteral("127.0.0.1"), server.port());
    QVERIFY(slow.waitForConnected(5000));
    slow.write("GET /healthz HTTP/1.1\r\n");

    HttpTestClient client(server.baseUrl());
    QElapsedTimer timer;
    timer.start();
    int healthFailures = 0;
    int open = HalfOpen;
    while (timer.elapsed() < 35000) {
        slow.write("X");
        QTest::qWait(1000);
        if (client.get(QStringLiteral("/healthz")).status != 200)
            ++healthFailures;
        open = 0;
        for (auto &socket : sockets)
            open += socket->state() == QAbstractSocket::ConnectedState ? 1 : 0;
        if (open == 0 && idle.state() != QAbstractSocket::ConnectedState &&
            slow.state() != QAbstractSocket::ConnectedState)
            break;
    }
    QCOMPARE(healthFailures, 0);
    QCOMPARE(open, 0);
    QVERIFY(idle.state() != QAbstractSocket::ConnectedState);
    QVERIFY(slow.state() != QAbstractSocket::ConnectedState);
    QVERIFY2(timer.elapsed() >= 25000, "closed long before the 30 s timeout");
}

QTEST_GUILESS_MAIN(TestServerLimits)
#include "tst_serverlimits.moc"
