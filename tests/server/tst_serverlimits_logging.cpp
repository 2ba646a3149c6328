// Issue 11 item 6: nothing leaks into the server's output — not with every Qt debug category
// switched on, not through a path a client chose, not in a 404 message.
#include "HttpTestClient.h"
#include "RawHttp.h"
#include "TestServer.h"

#include <QtTest>

class TestServerLimitsLogging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void debugLoggingPrintsNoSecrets();
    void requestLogKeepsPathsEncodedAndRedacted();
    void notFoundDoesNotEchoThePath();

private:
    TestServer m_server;
    HttpTestClient m_client;
};

void TestServerLimitsLogging::initTestCase()
{
    // The server inherits this: every debug category on, Qt HTTP server's included.
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    const bool started = m_server.start();
    qunsetenv("QT_LOGGING_RULES");
    QVERIFY2(started, qPrintable(m_server.errorString()));
    m_client.setBaseUrl(m_server.baseUrl());
}

void TestServerLimitsLogging::debugLoggingPrintsNoSecrets()
{
    const QByteArray session = m_client.login(QStringLiteral("alice"), QStringLiteral("alice"));
    QVERIFY(!session.isEmpty());
    const HttpResult created =
        m_client.createToken(session, QStringLiteral("leak-check"), {QStringLiteral("read")},
                             QDateTime::currentDateTimeUtc().addDays(1));
    HTTP_EXPECT_STATUS(created, 201);
    const QByteArray secret = secretOf(created);
    QVERIFY(secret.startsWith("tdk_"));
    HTTP_EXPECT_STATUS(m_client.get(QStringLiteral("/api/v1/token"), secret), 200);
    HTTP_EXPECT_STATUS(m_client.get(QStringLiteral("/api/v1/me"), session), 200);
    QTest::qWait(300); // let the server's output reach the pipe

    const QByteArray output = m_server.output();
    // The debug switch did reach the server (Qt itself prints debug lines with it).
    QVERIFY2(output.contains("GET /api/v1/me 200"), output.right(3000).constData());
    QVERIFY2(!output.contains(session), "the session secret is in the output");
    QVERIFY2(!output.contains(secret), "the token secret is in the output");
    QVERIFY2(!output.contains("Bearer"), "an Authorization header is in the output");
    QVERIFY2(!output.contains("\"password\""), "a login body is in the output");
}

void TestServerLimitsLogging::requestLogKeepsPathsEncodedAndRedacted()
{
    const QByteArray port = QByteArray::number(m_server.port());
    const QByteArray secret = "tdk_" + QByteArray(32, 'A') + "abcdef";
    const QByteArray forged = "/api/v1/x%0AGET%20/api/v1/forged%20200%200ms/" + secret;
    const RawReply reply = RawHttp::exchange(
        m_server.port(), "GET " + forged + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n");
    QCOMPARE(reply.status(), 404);
    QTest::qWait(300);
    const QByteArray output = m_server.output();
    QVERIFY2(output.contains("GET /api/v1/x%0AGET%20/api/v1/forged%20200%200ms/tdk_[redacted] 404"),
             output.right(3000).constData());
    QVERIFY2(!output.contains("\nGET /api/v1/forged"), "a log line was forged");
    QVERIFY2(!output.contains(secret), "a secret in a path reached the log");
}

void TestServerLimitsLogging::notFoundDoesNotEchoThePath()
{
    const HttpResult result = m_client.get(QStringLiteral("/api/v1/<script>alert(1)</script>"));
    HTTP_EXPECT_ERROR(result, 404, "not_found", "");
    QVERIFY2(!result.body.contains("script"), result.body.constData());
}

QTEST_GUILESS_MAIN(TestServerLimitsLogging)
#include "tst_serverlimits_logging.moc"
