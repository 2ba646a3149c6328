// The HTTP/1.1 message rules of RFC 9112 a server must keep, each over a raw socket against the
// spawned server, because a well-behaved client never breaks them: one Host, no whitespace
// before a colon, no folded lines, the absolute-form target's authority as the host, 505 for a
// version it does not speak, "Expect: 100-continue", and pipelined answers in request order.
#include "RawHttp.h"
#include "TestServer.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QtTest>

namespace {
quint16 g_port = 0;

QByteArray host()
{
    return "127.0.0.1:" + QByteArray::number(g_port);
}

QByteArray get(const QByteArray &target, const QByteArray &fields)
{
    return "GET " + target + " HTTP/1.1\r\n" + fields + "\r\n";
}

QByteArray loginHead(qsizetype length, const QByteArray &extra = {})
{
    return "POST /api/v1/session HTTP/1.1\r\nHost: " + host() +
           "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(length) +
           "\r\n" + extra + "\r\n";
}
} // namespace

class TestServerLimitsRfc9112 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void malformedHeadsAre400_data();
    void malformedHeadsAre400();
    void absoluteFormAuthorityIsTheHostChecked();
    void unsupportedVersionIs505();
    void expectContinueGets100BeforeTheBody();
    void expectContinueOverTheLimitGets413AtOnce();
    void pipelinedRequestsAreAnsweredInOrder();

private:
    std::unique_ptr<TestServer> m_server;
};

void TestServerLimitsRfc9112::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    g_port = m_server->port();
}

void TestServerLimitsRfc9112::malformedHeadsAre400_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<QString>("message");
    // The second Host would reach a host the allow-list never saw (RFC 9112 3.2).
    QTest::newRow("two Host fields")
        << QByteArray("Host: HOST\r\nHost: other.example\r\n") << QStringLiteral("More than one");
    // RFC 9112 5.1: proxies disagree on what such a field is; a server must refuse it.
    QTest::newRow("whitespace before a colon")
        << QByteArray("Host: HOST\r\nContent-Length : 0\r\n") << QStringLiteral("Whitespace");
    // RFC 9112 5.2: obs-fold, a value continued on the next line.
    QTest::newRow("obs-fold") << QByteArray("Host: HOST\r\nX-Note: one\r\n two\r\n")
                              << QStringLiteral("Folded");
}

void TestServerLimitsRfc9112::malformedHeadsAre400()
{
    QFETCH(QByteArray, fields);
    QFETCH(QString, message);
    fields.replace("HOST", host());
    const RawReply reply = RawHttp::exchange(g_port, get("/healthz", fields));
    QCOMPARE(reply.status(), 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("bad_request"));
    QVERIFY2(reply.json()["error"].toObject()["message"].toString().contains(message),
             reply.bytes.constData());
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
    QVERIFY(reply.closed);
}

void TestServerLimitsRfc9112::absoluteFormAuthorityIsTheHostChecked()
{
    // An allowed Host field must not let a target for another host through.
    const RawReply other =
        RawHttp::exchange(g_port, get("http://other.example/healthz", "Host: " + host() + "\r\n"));
    QCOMPARE(other.status(), 421);
    QCOMPARE(other.errorCode(), QStringLiteral("misdirected_request"));
    const RawReply own =
        RawHttp::exchange(g_port, get("http://" + host() + "/healthz", "Host: " + host() + "\r\n"));
    QCOMPARE(own.status(), 200);
}

void TestServerLimitsRfc9112::unsupportedVersionIs505()
{
    for (const QByteArray &version : {QByteArray("HTTP/2.0"), QByteArray("HTTP/1.2")}) {
        const RawReply reply = RawHttp::exchange(g_port, "GET /healthz " + version +
                                                             "\r\nHost: " + host() + "\r\n\r\n");
        QCOMPARE(reply.status(), 505);
        QCOMPARE(reply.errorCode(), QStringLiteral("http_version_not_supported"));
    }
    // Not a version at all: a malformed request line.
    QCOMPARE(
        RawHttp::exchange(g_port, "GET /healthz HTTX/1.1\r\nHost: " + host() + "\r\n\r\n").status(),
        400);
}

void TestServerLimitsRfc9112::expectContinueGets100BeforeTheBody()
{
    const QByteArray body = R"({"username":"demo","password":"wrong"})";
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), g_port);
    QVERIFY(socket.waitForConnected(5000));
    socket.write(loginHead(body.size(), "Expect: 100-continue\r\n"));
    QElapsedTimer timer;
    timer.start();
    QByteArray interim;
    while (!interim.contains("\r\n\r\n") && timer.elapsed() < 5000 && socket.waitForReadyRead(100))
        interim += socket.readAll();
    // curl waits a whole second for the 100 before it sends the body anyway.
    QVERIFY2(timer.elapsed() < 900, "no 100 Continue before curl would give up waiting");
    QCOMPARE(interim, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
    socket.write(body);
    QCOMPARE(RawHttp::read(socket, 10000).status(), 401);
}

void TestServerLimitsRfc9112::expectContinueOverTheLimitGets413AtOnce()
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), g_port);
    QVERIFY(socket.waitForConnected(5000));
    socket.write(loginHead(1024 * 1024, "Expect: 100-continue\r\n"));
    const RawReply reply = RawHttp::read(socket, 5000);
    QCOMPARE(reply.status(), 413); // the final status instead of a 100, no body sent
    QCOMPARE(reply.errorCode(), QStringLiteral("too_large"));
}

void TestServerLimitsRfc9112::pipelinedRequestsAreAnsweredInOrder()
{
    // The sign-in in the middle runs PBKDF2 off the event loop; the 404 after it is ready long
    // before, and still must wait its turn.
    const QByteArray body = R"({"username":"demo","password":"wrong"})";
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), g_port);
    QVERIFY(socket.waitForConnected(5000));
    socket.write(get("/healthz", "Host: " + host() + "\r\n") + loginHead(body.size()) + body +
                 get("/nothing-here", "Host: " + host() + "\r\n"));
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000 &&
           !(received.count("HTTP/1.1 ") == 3 &&
             RawHttp::complete(received.mid(received.lastIndexOf("HTTP/1.1 "))))) {
        if (!socket.waitForReadyRead(200) && socket.state() != QAbstractSocket::ConnectedState)
            break;
        received += socket.readAll();
    }
    QList<int> statuses;
    static const QRegularExpression statusLine(QStringLiteral(R"(HTTP/1\.1 (\d{3}) )"));
    auto it = statusLine.globalMatch(QString::fromLatin1(received));
    while (it.hasNext())
        statuses.append(it.next().captured(1).toInt());
    QCOMPARE(statuses, (QList<int>{200, 401, 404}));
}

QTEST_GUILESS_MAIN(TestServerLimitsRfc9112)
#include "tst_serverlimits_rfc9112.moc"
