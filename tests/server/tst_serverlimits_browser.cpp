// Issue 11 item 4: browser-borne attacks. A page on another site can reach the local server
// (DNS rebinding: its own name resolving to 127.0.0.1) and post simple cross-site forms; the
// server answers only allowed Host names and takes bodies only as application/json.
#include "HttpTestClient.h"
#include "RawHttp.h"
#include "TestServer.h"

#include <QtTest>

namespace {
QByteArray get(const QByteArray &path, const QByteArray &hostLine)
{
    return "GET " + path + " HTTP/1.1\r\n" + hostLine + "\r\n";
}

QByteArray hostLine(const QByteArray &host)
{
    return "Host: " + host + "\r\n";
}

QByteArray login(quint16 port, const QByteArray &contentTypeLine)
{
    const QByteArray body = R"({"username":"demo","password":"demo"})";
    return "POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n" +
           contentTypeLine + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
           body;
}
} // namespace

class TestServerLimitsBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loopbackNamesWithThePortAreAnswered();
    void otherHostsGet421();
    void allowedHostOptionAddsNames();
    void unspecifiedListenAddressIsNoHostName();
    void bodyWithoutJsonContentTypeIs415();

private:
    TestServer m_server;
    QByteArray m_port;
};

void TestServerLimitsBrowser::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_port = QByteArray::number(m_server.port());
}

void TestServerLimitsBrowser::loopbackNamesWithThePortAreAnswered()
{
    for (const QByteArray &host :
         {"127.0.0.1:" + m_port, "localhost:" + m_port, "LocalHost:" + m_port, "[::1]:" + m_port}) {
        const RawReply reply = RawHttp::exchange(m_server.port(), get("/healthz", hostLine(host)));
        QVERIFY2(reply.status() == 200, host.constData());
    }
    // What the app and curl send.
    QCOMPARE(HttpTestClient(m_server.baseUrl()).get(QStringLiteral("/healthz")).status, 200);
}

void TestServerLimitsBrowser::otherHostsGet421()
{
    const QByteArray otherPort = QByteArray::number(m_server.port() == 1 ? 2 : 1);
    for (const QByteArray &line :
         {hostLine("attacker.example:" + m_port), hostLine("attacker.example"),
          hostLine("localhost:" + otherPort), hostLine("localhost"), hostLine("127.0.0.1"),
          hostLine("127.0.0.1.attacker.example:" + m_port), hostLine("bad host:" + m_port),
          QByteArray()}) {
        const RawReply reply = RawHttp::exchange(m_server.port(), get("/api/v1/me", line));
        QVERIFY2(reply.status() == 421, line.constData());
        QCOMPARE(reply.errorCode(), QStringLiteral("misdirected_request"));
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
    }
    // A secret sent to the wrong host is not looked at, and the answer is not a login.
    const RawReply rebound = RawHttp::exchange(
        m_server.port(),
        login(m_server.port(), "Content-Type: application/json\r\n")
            .replace("Host: 127.0.0.1:" + m_port, "Host: attacker.example:" + m_port));
    QCOMPARE(rebound.status(), 421);
}

void TestServerLimitsBrowser::allowedHostOptionAddsNames()
{
    TestServer server({QStringLiteral("--allowed-host"), QStringLiteral("tokens.example.com"),
                       QStringLiteral("--allowed-host"), QStringLiteral("proxy.example:8443"),
                       QStringLiteral("--allowed-host"), QStringLiteral("token_desk")});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const auto status = [&server](const QByteArray &host) {
        return RawHttp::exchange(server.port(), get("/healthz", hostLine(host))).status();
    };
    QCOMPARE(status("tokens.example.com"), 200);
    QCOMPARE(status("TOKENS.example.com:443"), 200); // a name without port: any port
    QCOMPARE(status("proxy.example:8443"), 200);
    QCOMPARE(status("proxy.example:8444"), 421);
    QCOMPARE(status("proxy.example"), 421);
    QCOMPARE(status("other.example.com"), 421);
    QCOMPARE(status("token_desk:8686"), 200);
    QCOMPARE(status("127.0.0.1:" + QByteArray::number(server.port())), 200);

    TestServer bad({QStringLiteral("--allowed-host"), QStringLiteral("http://x/")});
    QVERIFY(!bad.start());
    QVERIFY2(bad.output().contains("--allowed-host"), bad.output().constData());
}

void TestServerLimitsBrowser::unspecifiedListenAddressIsNoHostName()
{
    // Some browsers send pages' requests for http://0.0.0.0:PORT to loopback.
    TestServer server({QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"),
                       QStringLiteral("--insecure-http")},
                      false);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QByteArray port = QByteArray::number(server.port());
    QCOMPARE(
        RawHttp::exchange(server.port(), get("/healthz", hostLine("0.0.0.0:" + port))).status(),
        421);
    QCOMPARE(
        RawHttp::exchange(server.port(), get("/healthz", hostLine("127.0.0.1:" + port))).status(),
        200);
}

void TestServerLimitsBrowser::bodyWithoutJsonContentTypeIs415()
{
    for (const QByteArray &line :
         {QByteArray("Content-Type: text/plain\r\n"),
          QByteArray("Content-Type: application/x-www-form-urlencoded\r\n"),
          QByteArray("Content-Type: multipart/form-data; boundary=x\r\n"),
          QByteArray("Content-Type: application/jsonp\r\n"), QByteArray()}) {
        const RawReply reply = RawHttp::exchange(m_server.port(), login(m_server.port(), line));
        QVERIFY2(reply.status() == 415, line.constData());
        QCOMPARE(reply.errorCode(), QStringLiteral("unsupported_media_type"));
    }
    for (const QByteArray &line :
         {QByteArray("Content-Type: application/json\r\n"),
          QByteArray("Content-Type: Application/JSON; charset=utf-8\r\n")}) {
        const RawReply reply = RawHttp::exchange(m_server.port(), login(m_server.port(), line));
        QVERIFY2(reply.status() == 201, line.constData());
    }
    // No body, no Content-Type needed.
    HttpTestClient client(m_server.baseUrl());
    const QByteArray session = client.login(QStringLiteral("demo"), QStringLiteral("demo"));
    QVERIFY(!session.isEmpty());
    QCOMPARE(client.request("DELETE", QStringLiteral("/api/v1/session"), {}, session, {}).status,
             204);
}

QTEST_GUILESS_MAIN(TestServerLimitsBrowser)
#include "tst_serverlimits_browser.moc"
