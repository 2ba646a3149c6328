// No single client can starve the others: Debian's slowhttptest (slowloris, slow body, slow
// read) holds 1 500 connections from 127.0.0.1 while /healthz from 127.0.0.2 must keep
// answering within a second; plus the per-address cap, idle connections making room at the
// global cap, and the head and body time limits, each over real sockets on loopback.
#include "RawHttp.h"
#include "TestServer.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QtTest>

#include <memory>
#include <vector>

namespace {
const QHostAddress Attacker(QStringLiteral("127.0.0.1"));
const QHostAddress Bystander(QStringLiteral("127.0.0.2"));

QByteArray healthz(quint16 port)
{
    return "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n\r\n";
}

std::unique_ptr<QTcpSocket> connectFrom(const QHostAddress &source, quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->bind(source);
    socket->connectToHost(QStringLiteral("127.0.0.1"), port);
    socket->waitForConnected(5000);
    return socket;
}

// One /healthz from source on a new connection: its status, and how long it took (ms).
int probe(const QHostAddress &source, quint16 port, qint64 *elapsedMs)
{
    QElapsedTimer timer;
    timer.start();
    auto socket = connectFrom(source, port);
    socket->write(healthz(port));
    const int status = RawHttp::read(*socket, 3000).status();
    *elapsedMs = timer.elapsed();
    return status;
}

// Waits up to timeoutMs for the server to close socket; how long that took, or -1.
qint64 closedAfter(QTcpSocket &socket, int timeoutMs, const QByteArray &trickle = {})
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (!trickle.isEmpty())
            socket.write(trickle);
        socket.waitForReadyRead(500);
        socket.readAll();
        if (socket.state() != QAbstractSocket::ConnectedState)
            return timer.elapsed();
    }
    return -1;
}
} // namespace

class TestServerLimitsSlowClients : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneAddressCannotStarveAnother_data();
    void oneAddressCannotStarveAnother();
    void connectionsPerAddressAreCapped();
    void idleConnectionsMakeRoomAtTheCap();
    void aHeadMustArriveWithin10s();
    void aBodyMustKeepAMinimumRate();
};

void TestServerLimitsSlowClients::initTestCase()
{
    // 1 500 connections, the server's and slowhttptest's (which inherits this limit).
    RawHttp::raiseDescriptorLimit(8192);
}

void TestServerLimitsSlowClients::oneAddressCannotStarveAnother_data()
{
    QTest::addColumn<QStringList>("mode");
    // A header line every 2 s, never the blank line that ends the head.
    QTest::newRow("slowloris") << QStringList{QStringLiteral("-H")};
    // A body announced at 60 000 bytes, sent a few bytes every 2 s.
    QTest::newRow("slow body") << QStringList{QStringLiteral("-B"), QStringLiteral("-s"),
                                              QStringLiteral("60000")};
    // Requests repeated on each connection, their answers read a few bytes at a time through a
    // tiny receive window.
    QTest::newRow("slow read") << QStringList{
        QStringLiteral("-X"), QStringLiteral("-k"), QStringLiteral("3"), QStringLiteral("-w"),
        QStringLiteral("1"),  QStringLiteral("-y"), QStringLiteral("8"), QStringLiteral("-n"),
        QStringLiteral("2"),  QStringLiteral("-z"), QStringLiteral("4")};
}

void TestServerLimitsSlowClients::oneAddressCannotStarveAnother()
{
    QFETCH(QStringList, mode);
    const QString slowhttptest = QStandardPaths::findExecutable(QStringLiteral("slowhttptest"));
    if (slowhttptest.isEmpty())
        QSKIP("slowhttptest is not installed (./dev installs Debian's slowhttptest package)");
    TestServer server; // the default caps: 1000 connections, 64 per address
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const quint16 port = server.port();

    constexpr int AttackSeconds = 16;
    QProcess attack;
    attack.setStandardOutputFile(server.dataDir() + QStringLiteral("/slowhttptest.log"));
    attack.setStandardErrorFile(server.dataDir() + QStringLiteral("/slowhttptest.log"),
                                QIODevice::Append);
    attack.start(slowhttptest,
                 mode + QStringList{QStringLiteral("-c"), QStringLiteral("1500"),
                                    QStringLiteral("-r"), QStringLiteral("1000"),
                                    QStringLiteral("-i"), QStringLiteral("2"), QStringLiteral("-x"),
                                    QStringLiteral("8"), QStringLiteral("-p"), QStringLiteral("3"),
                                    QStringLiteral("-l"), QString::number(AttackSeconds),
                                    QStringLiteral("-u"),
                                    QStringLiteral("http://127.0.0.1:%1/healthz").arg(port)});
    QVERIFY2(attack.waitForStarted(5000), qPrintable(attack.errorString()));
    QTest::qWait(3000); // 1 500 connections at 1 000 a second, and their first bytes

    QElapsedTimer timer;
    timer.start();
    int probes = 0;
    int attackerRefused = 0;
    qint64 slowest = 0;
    while (timer.elapsed() < (AttackSeconds - 5) * 1000) {
        qint64 elapsed = 0;
        const int status = probe(Bystander, port, &elapsed);
        QVERIFY2(status == 200 && elapsed < 1000,
                 qPrintable(QStringLiteral("/healthz from 127.0.0.2 during the attack: %1 after "
                                           "%2 ms")
                                .arg(status)
                                .arg(elapsed)));
        slowest = qMax(slowest, elapsed);
        ++probes;
        // The attacker's own address is full: the attack is really holding its connections.
        attackerRefused += probe(Attacker, port, &elapsed) == 503 ? 1 : 0;
        QTest::qWait(300);
    }
    attack.kill();
    attack.waitForFinished(5000);
    qInfo("%d probes, slowest %lld ms; the attacker's address refused %d times", probes, slowest,
          attackerRefused);
    QVERIFY(probes >= 10);
    QVERIFY2(attackerRefused > 0, "the attack never filled its address's share");
}

void TestServerLimitsSlowClients::connectionsPerAddressAreCapped()
{
    TestServer server({QStringLiteral("--max-connections-per-address"), QStringLiteral("5")});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 5; ++i) {
        held.push_back(connectFrom(Attacker, server.port()));
        held.back()->write("GET /healthz HTTP/1.1\r\n"); // a head in progress
    }
    QTest::qWait(200);
    qint64 elapsed = 0;
    auto sixth = connectFrom(Attacker, server.port());
    sixth->write(healthz(server.port()));
    const RawReply refused = RawHttp::read(*sixth, 5000);
    QCOMPARE(refused.status(), 503);
    QCOMPARE(refused.errorCode(), QStringLiteral("unavailable"));
    QCOMPARE(probe(Bystander, server.port(), &elapsed), 200);
    held.pop_back(); // a connection closed leaves room for the next one
    int status = 0;
    for (int attempt = 0; attempt < 20 && status != 200; ++attempt) {
        QTest::qWait(100);
        status = probe(Attacker, server.port(), &elapsed);
    }
    QCOMPARE(status, 200);
}

void TestServerLimitsSlowClients::idleConnectionsMakeRoomAtTheCap()
{
    TestServer server({QStringLiteral("--max-connections"), QStringLiteral("10"),
                       QStringLiteral("--max-connections-per-address"), QStringLiteral("100")});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 10; ++i) {
        held.push_back(connectFrom(Attacker, server.port()));
        held.back()->write(healthz(server.port()));
        QCOMPARE(RawHttp::read(*held.back(), 5000).status(), 200); // then idle, kept alive
    }
    held.front()->write("GET /healthz HTTP/1.1\r\n"); // busy again: must stay
    QTest::qWait(200);
    qint64 elapsed = 0;
    QCOMPARE(probe(Bystander, server.port(), &elapsed), 200);
    QTest::qWait(200);
    int open = 0;
    for (auto &socket : held) {
        socket->waitForReadyRead(10);
        open += socket->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    }
    QCOMPARE(open, 9);
    QCOMPARE(held.front()->state(), QAbstractSocket::ConnectedState);
}

void TestServerLimitsSlowClients::aHeadMustArriveWithin10s()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    auto slow = connectFrom(Attacker, server.port());
    slow->write("GET /healthz HTTP/1.1\r\n");
    // A header line every second: the connection is never quiet, the head never done.
    const qint64 closed = closedAfter(*slow, 20000, "X-Slow: 1\r\n");
    QVERIFY2(closed >= 9000 && closed < 13000, qPrintable(QString::number(closed)));
}

void TestServerLimitsSlowClients::aBodyMustKeepAMinimumRate()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    auto slow = connectFrom(Attacker, server.port());
    slow->write(
        "POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(server.port()) +
        "\r\nContent-Type: application/json\r\nContent-Length: 8192\r\n\r\n");
    // 8 KiB at 4 KiB/s after a 5 s grace: 7 s; a byte a second would take over two hours.
    const qint64 closed = closedAfter(*slow, 20000, " ");
    QVERIFY2(closed >= 6000 && closed < 10000, qPrintable(QString::number(closed)));
}

QTEST_GUILESS_MAIN(TestServerLimitsSlowClients)
#include "tst_serverlimits_slowclients.moc"
