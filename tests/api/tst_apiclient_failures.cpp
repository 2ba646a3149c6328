// Every ApiError kind produced for real: closed ports, unresolvable names, a peer that never
// answers, peers that answer garbage or the wrong HTTP, the real server's JSON errors, TLS trust,
// the http:// guard, and cancellation. Only loopback is ever contacted.
#include "ApiClient.h"
#include "RawPeer.h"
#include "TestServer.h"

#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QPointer>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "CallOutcome.h"

namespace {
using Outcome = CallOutcome;

ApiClient::Failed failInto(Outcome &o)
{
    return o.failed();
}

template <typename T> ApiClient::Done<T> succeed(Outcome &o)
{
    return o.succeeded<T>();
}

// Starts the named call; the result's value is ignored, only the outcome counts.
ApiCall *startCall(ApiClient &client, const QString &which, QObject *context, Outcome &o)
{
    if (which == QLatin1String("login")) // signs the client in on success
        return client.login(
            QStringLiteral("alice"), SecureBuffer("alice"), context,
            [&o, &client](const ApiClient::LoginResult &r) {
                client.setSession(r.session.clone());
                ++o.successes;
            },
            failInto(o));
    if (which == QLatin1String("teams"))
        return client.teams(context, succeed<QList<Team>>(o), failInto(o));
    if (which == QLatin1String("policy"))
        return client.policy(context, succeed<Policy>(o), failInto(o));
    if (which == QLatin1String("listTokens"))
        return client.listTokens(TokenOwner{}, context, succeed<QList<Token>>(o), failInto(o));
    if (which == QLatin1String("createToken"))
        return client.createToken(TokenOwner{},
                                  TokenDraft{QStringLiteral("x"),
                                             {QStringLiteral("read")},
                                             QDateTime::currentDateTimeUtc().addDays(1)},
                                  context, succeed<ApiClient::CreatedToken>(o), failInto(o));
    return client.me(context, succeed<Account>(o), failInto(o));
}

QByteArray httpResponse(int status, const QByteArray &contentType, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Whatever\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n\r\n" + body;
}

std::unique_ptr<ApiClient> clientFor(const QUrl &url, int timeoutMs = 5000)
{
    auto client = std::make_unique<ApiClient>();
    client->setBaseUrl(url);
    client->setTimeoutMs(timeoutMs);
    return client;
}

// Runs one call and waits for its outcome (a call still running at the end is cancelled).
Outcome run(ApiClient &client, const QString &which = QStringLiteral("me"), int waitMs = 15000)
{
    Outcome o;
    QObject context;
    startCall(client, which, &context, o);
    static_cast<void>(QTest::qWaitFor([&] { return o.count() > 0; }, waitMs));
    return o;
}

// Routes every non-loopback request of this process to peer until the guard goes.
auto proxyThrough(const RawPeer &peer)
{
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), peer.port()));
    return qScopeGuard([] { QNetworkProxy::setApplicationProxy({}); });
}
} // namespace

// Both evaluate their argument once (it may be a run(...)).
#define EXPECT_FAILED(outcome, expectedKind)                                                       \
    do {                                                                                           \
        const Outcome o_ = (outcome);                                                              \
        QVERIFY2(o_.failures == 1 && o_.successes == 0, "the call did not fail (once)");           \
        QVERIFY2(o_.error.kind == (expectedKind), qPrintable(o_.error.message));                   \
        QVERIFY(!o_.error.message.isEmpty());                                                      \
    } while (false)
#define EXPECT_SUCCEEDED(outcome)                                                                  \
    do {                                                                                           \
        const Outcome o_ = (outcome);                                                              \
        QVERIFY2(o_.successes == 1 && o_.failures == 0, qPrintable(o_.error.message));             \
    } while (false)

class TestApiClientFailures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void connectionRefused();
    void hostNotFound();
    void timeout();
    void garbageIsInvalidResponse_data();
    void garbageIsInvalidResponse();
    void unexpectedHttpIsInvalidResponse_data();
    void unexpectedHttpIsInvalidResponse();
    void serverJsonErrorIsHttp();
    void sessionExpiredOnlyForSessionCalls();
    void tls();
    void insecureHttp();
    void loopbackHttpIsAllowed();
    void cancellation_data();
    void cancellation();
    void repeatedPageTokenStopsTheListing();
    void malformedTokenFailsTheListingWithTheNextPageInFlight();

private:
    TestServer m_server;
};

void TestApiClientFailures::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestApiClientFailures::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString where = QStringLiteral("127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    const Outcome o = run(*clientFor(QUrl(QStringLiteral("http://") + where)));
    EXPECT_FAILED(o, ApiError::Kind::ConnectionRefused);
    QVERIFY2(o.error.message.contains(where), qPrintable(o.error.message));
}

void TestApiClientFailures::hostNotFound()
{
    for (const char *url : {"http://nonexistent.invalid:8686", "https://nonexistent.invalid"}) {
        const auto client = clientFor(QUrl(QString::fromLatin1(url)), 15000);
        client->setAllowInsecureHttp(true);
        const Outcome o = run(*client, QStringLiteral("login"), 20000);
        EXPECT_FAILED(o, ApiError::Kind::HostNotFound);
        QVERIFY2(o.error.message.contains(QLatin1String("nonexistent.invalid")),
                 qPrintable(o.error.message));
    }
}

void TestApiClientFailures::timeout()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    QElapsedTimer elapsed;
    elapsed.start();
    const Outcome o = run(*clientFor(peer.url(), 500), QStringLiteral("me"), 10000);
    EXPECT_FAILED(o, ApiError::Kind::Timeout);
    QVERIFY2(elapsed.elapsed() >= 450 && elapsed.elapsed() < 5000,
             qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(peer.requests, 1);
    QVERIFY2(o.error.message.contains(peer.url().authority()), qPrintable(o.error.message));
    QVERIFY2(o.error.message.contains(QLatin1String("0.5")), qPrintable(o.error.message));
}

void TestApiClientFailures::garbageIsInvalidResponse_data()
{
    QTest::addColumn<bool>("atOnce");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("binary") << false << QByteArray("\x16\x03\x01\x00\xff\x00junk\r\n\r\n", 14);
    QTest::newRow("text") << false << QByteArray("hello there, this is not HTTP\r\n\r\n");
    QTest::newRow("ssh banner") << true << QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n");
}

void TestApiClientFailures::garbageIsInvalidResponse()
{
    QFETCH(bool, atOnce);
    QFETCH(QByteArray, bytes);
    RawPeer peer(bytes, atOnce);
    QVERIFY(peer.listen());
    const Outcome o = run(*clientFor(peer.url()));
    EXPECT_FAILED(o, ApiError::Kind::InvalidResponse);
    QVERIFY2(o.error.message.contains(peer.url().authority()), qPrintable(o.error.message));
}

void TestApiClientFailures::unexpectedHttpIsInvalidResponse_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body"); // served as text/html if it starts with '<', else JSON
    const auto row = [](const char *name, const char *call, int status, const QByteArray &body) {
        QTest::newRow(name) << QString::fromLatin1(call) << status << body;
    };
    const QByteArray html = "<html><body><h1>500 Internal Server Error</h1>nginx</body></html>";
    row("200 text", "me", 200, "hello, world");
    row("200 html", "policy", 200, html);
    row("200 empty", "me", 200, "");
    row("200 json array", "teams", 200, "[]");
    row("200 wrong shape me", "me", 200, R"({"user":"x"})");
    row("200 wrong shape teams", "teams", 200, R"({"teams":"platform"})");
    row("200 wrong shape policy", "policy", 200, "{}");
    row("200 wrong shape list", "listTokens", 200, R"({"tokens":[{"id":5}]})");
    row("200 list not json", "listTokens", 200, "tokens");
    row("201 wrong shape login", "login", 201, R"({"session":123})");
    row("201 wrong shape create", "createToken", 201, R"({"token":{},"secret":"tdk_x"})");
    row("500 html", "me", 500, html);
    row("502 empty", "listTokens", 502, "");
    row("404 other json", "teams", 404, R"({"message":"no such thing"})");
}

void TestApiClientFailures::unexpectedHttpIsInvalidResponse()
{
    QFETCH(QString, call);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    RawPeer peer(
        httpResponse(status, body.startsWith('<') ? "text/html" : "application/json", body));
    QVERIFY(peer.listen());
    const auto client = clientFor(peer.url());
    client->setSession(SecureBuffer("tds_whatever"));
    const Outcome o = run(*client, call);
    EXPECT_FAILED(o, ApiError::Kind::InvalidResponse);
    QCOMPARE(peer.requests, 1);
    QVERIFY2(o.error.message.contains(QLatin1String("server")), qPrintable(o.error.message));
    if (status >= 300) {
        QCOMPARE(o.error.httpStatus, status);
        QVERIFY2(o.error.message.contains(QString::number(status)), qPrintable(o.error.message));
    }
}

void TestApiClientFailures::serverJsonErrorIsHttp()
{
    const auto client = clientFor(m_server.baseUrl());
    EXPECT_SUCCEEDED(run(*client, QStringLiteral("login")));
    // startCall's "createToken" always asks for the same name: the second one is taken.
    EXPECT_SUCCEEDED(run(*client, QStringLiteral("createToken")));
    const Outcome o = run(*client, QStringLiteral("createToken"));
    EXPECT_FAILED(o, ApiError::Kind::Http);
    QCOMPARE(o.error.httpStatus, 409);
    QCOMPARE(o.error.code, QStringLiteral("name_taken"));
    QCOMPARE(o.error.field, QStringLiteral("name"));
}

void TestApiClientFailures::sessionExpiredOnlyForSessionCalls()
{
    const auto client = clientFor(m_server.baseUrl());
    QSignalSpy expired(client.get(), &ApiClient::sessionExpired);
    Outcome o;
    client->login(QStringLiteral("demo"), SecureBuffer("not-the-password"), this,
                  succeed<ApiClient::LoginResult>(o), failInto(o));
    QVERIFY(QTest::qWaitFor([&] { return o.count() > 0; }, 15000));
    EXPECT_FAILED(o, ApiError::Kind::Http);
    QCOMPARE(o.error.httpStatus, 401);
    QCOMPARE(o.error.code, QStringLiteral("invalid_credentials"));
    QCOMPARE(expired.count(), 0); // a failed login is not an expired session

    client->setSession(SecureBuffer("tds_00000000000000000000000000000000000000"));
    const Outcome unknown = run(*client, QStringLiteral("teams"));
    EXPECT_FAILED(unknown, ApiError::Kind::Http);
    QCOMPARE(unknown.error.httpStatus, 401);
    QCOMPARE(unknown.error.code, QStringLiteral("unauthenticated"));
    QCOMPARE(expired.count(), 1);
    QCOMPARE(expired.at(0).at(0).value<ApiError>().code, QStringLiteral("unauthenticated"));
}

void TestApiClientFailures::tls()
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("the openssl binary is needed to make a self-signed certificate");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString key = dir.filePath(QStringLiteral("k.pem"));
    const QString cert = dir.filePath(QStringLiteral("c.pem"));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  QStringLiteral("req -x509 -newkey rsa:2048 -nodes -subj /CN=localhost -days 1")
                          .split(QLatin1Char(' '))
                      << QStringLiteral("-keyout") << key << QStringLiteral("-out") << cert);
    QVERIFY(openssl.waitForFinished(60000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAll().constData());
    QSslConfiguration trustIt = QSslConfiguration::defaultConfiguration();
    trustIt.addCaCertificates(QSslCertificate::fromPath(cert));
    QCOMPARE(trustIt.caCertificates().size(),
             QSslConfiguration::defaultConfiguration().caCertificates().size() + 1);
    TestServer server({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    // The server reports https://127.0.0.1:PORT; the certificate is for localhost.
    const QString where = QStringLiteral("localhost:%1").arg(server.port());
    const QUrl url(QStringLiteral("https://") + where);

    const auto trusting = clientFor(url);
    trusting->setSslConfiguration(trustIt);
    EXPECT_SUCCEEDED(run(*trusting, QStringLiteral("login")));

    // Trusted, but not valid for the name used: refused.
    const auto byAddress =
        clientFor(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.port())));
    byAddress->setSslConfiguration(trustIt);
    EXPECT_FAILED(run(*byAddress, QStringLiteral("login")), ApiError::Kind::Tls);

    // The app's flow: default trust fails, the user trusts the certificate, the client retries.
    const auto client = clientFor(url);
    const Outcome untrusted = run(*client, QStringLiteral("login"));
    EXPECT_FAILED(untrusted, ApiError::Kind::Tls);
    QVERIFY2(untrusted.error.message.contains(where), qPrintable(untrusted.error.message));
    client->setSslConfiguration(trustIt);
    EXPECT_SUCCEEDED(run(*client, QStringLiteral("login")));
}

void TestApiClientFailures::insecureHttp()
{
    // Everything not on loopback goes through this proxy: it sees what would reach the network.
    RawPeer proxy(httpResponse(502, "text/plain", ""));
    QVERIFY(proxy.listen());
    const auto restore = proxyThrough(proxy);
    const QUrl url(QStringLiteral("http://example.com"));
    const auto client = clientFor(url);
    QVERIFY(client->urlProblem(url).contains(QLatin1String("example.com")));
    Outcome o;
    QVERIFY(client->login(QStringLiteral("alice"), SecureBuffer("alice"), this,
                          succeed<ApiClient::LoginResult>(o), failInto(o)));
    QCOMPARE(o.count(), 0); // delivered after the caller got the call
    QVERIFY(QTest::qWaitFor([&] { return o.count() > 0; }, 5000));
    EXPECT_FAILED(o, ApiError::Kind::InsecureUrl);
    QVERIFY2(o.error.message.contains(QLatin1String("example.com")), qPrintable(o.error.message));
    QTest::qWait(200);
    QCOMPARE(proxy.connections, 0); // refused without any traffic
    for (const char *host : {"localhost.example.com", "127.0.0.1.nip.io", "10.0.0.1"}) {
        const QUrl other(QStringLiteral("http://%1:8686").arg(QLatin1String(host)));
        QVERIFY2(!client->urlProblem(other).isEmpty(), host);
    }
    QVERIFY(client->urlProblem(QUrl(QStringLiteral("https://example.com"))).isEmpty());

    // Allowed on request: the call really goes out (to our proxy, never further).
    client->setAllowInsecureHttp(true);
    QVERIFY(client->urlProblem(url).isEmpty());
    client->setBaseUrl(QUrl(QStringLiteral("http://insecure.invalid")));
    const Outcome allowed = run(*client);
    QVERIFY2(allowed.failures == 1 && allowed.error.kind != ApiError::Kind::InsecureUrl,
             qPrintable(allowed.error.message));
    QCOMPARE(proxy.requests, 1);
    QVERIFY2(proxy.received.contains("insecure.invalid"), proxy.received.constData());
}

void TestApiClientFailures::loopbackHttpIsAllowed()
{
    ApiClient probe;
    for (const char *loopback : {"http://127.0.0.1:1", "http://localhost:1", "http://[::1]:1",
                                 "http://LOCALHOST:1", "http://127.0.0.2:1"})
        QVERIFY2(probe.urlProblem(QUrl(QString::fromLatin1(loopback))).isEmpty(), loopback);

    for (const QString &host : {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")}) {
        QUrl url = m_server.baseUrl();
        url.setHost(host);
        url.setPath(QStringLiteral("/")); // a trailing slash is harmless
        EXPECT_SUCCEEDED(run(*clientFor(url), QStringLiteral("login")));
    }
}

void TestApiClientFailures::cancellation_data()
{
    QTest::addColumn<QString>("how");
    for (const char *how : {"cancel", "context destroyed", "cancelAll", "client destroyed"})
        QTest::newRow(how) << QString::fromLatin1(how);
}

void TestApiClientFailures::cancellation()
{
    QFETCH(QString, how);
    RawPeer peer;
    QVERIFY(peer.listen());
    auto client = clientFor(peer.url(), 400);
    auto context = std::make_unique<QObject>();
    Outcome a, b; // a: the call stopped; b: another call, with another context
    QPointer<ApiCall> call = client->me(context.get(), succeed<Account>(a), failInto(a));
    QSignalSpy finished(call.data(), &ApiCall::finished);
    client->teams(this, succeed<QList<Team>>(b), failInto(b));
    QTRY_COMPARE_WITH_TIMEOUT(peer.requests, 2, 5000); // both requests are on the wire
    if (how == QLatin1String("cancel")) {
        call->cancel();
        call->cancel(); // twice is harmless
    } else if (how == QLatin1String("context destroyed")) {
        context.reset();
    } else if (how == QLatin1String("cancelAll")) {
        client->cancelAll();
    } else {
        client.reset();
    }
    QCOMPARE(finished.count(), 1);
    QTest::qWait(1000); // well past the timeout, which would have run the error callback
    QCOMPARE(a.count(), 0);
    QCOMPARE(finished.count(), 1);
    QVERIFY(call.isNull()); // it deleted itself
    const bool all = how == QLatin1String("cancelAll") || how == QLatin1String("client destroyed");
    if (all) {
        QCOMPARE(b.count(), 0);
    } else { // untouched: it timed out as usual
        EXPECT_FAILED(b, ApiError::Kind::Timeout);
    }
    QTRY_COMPARE_WITH_TIMEOUT(peer.open, 0, 5000); // the connections were dropped
    if (client) {
        client->setBaseUrl(m_server.baseUrl()); // the client still works afterwards
        // A real sign-in (PBKDF2) may take longer than the short timeout above on a busy machine.
        client->setTimeoutMs(ApiClient::DefaultTimeoutMs);
        EXPECT_SUCCEEDED(run(*client, QStringLiteral("login")));
    }
}

void TestApiClientFailures::repeatedPageTokenStopsTheListing()
{
    // Every page says "there is more, ask for 'again'": without the check this never ends.
    RawPeer peer(
        httpResponse(200, "application/json", R"({"tokens":[],"next_page_token":"again"})"));
    QVERIFY(peer.listen());
    auto client = clientFor(peer.url(), 5000);
    Outcome o;
    client->listTokens({TokenOwner::Type::User, QStringLiteral("usr_1"), QStringLiteral("demo")},
                       this, succeed<QList<Token>>(o), failInto(o));
    QVERIFY(QTest::qWaitFor([&] { return o.count() > 0; }, 15000));
    EXPECT_FAILED(o, ApiError::Kind::InvalidResponse);
    QCOMPARE(peer.requests, 2); // the first page, then "again" once
}

void TestApiClientFailures::malformedTokenFailsTheListingWithTheNextPageInFlight()
{
    // The next page is asked for before this page's tokens are read: a token of the wrong shape
    // must still fail the whole listing, deliver no page, and drop the request in flight.
    RawPeer peer(httpResponse(200, "application/json",
                              R"({"tokens":[{"id":"tok_1"}],"next_page_token":"p2"})"));
    QVERIFY(peer.listen());
    auto client = clientFor(peer.url(), 5000);
    Outcome o;
    int pages = 0;
    client->listTokenPages(
        {TokenOwner::Type::User, QStringLiteral("usr_1"), QStringLiteral("demo")}, this,
        [&](const QList<Token> &) { ++pages; }, [&] { ++o.successes; }, failInto(o));
    QVERIFY(QTest::qWaitFor([&] { return o.count() > 0; }, 15000));
    EXPECT_FAILED(o, ApiError::Kind::InvalidResponse);
    QCOMPARE(pages, 0);
    QTest::qWait(300); // an answer to the dropped request would arrive meanwhile
    QCOMPARE(o.count(), 1);
    QVERIFY(peer.requests <= 2);
}

QTEST_GUILESS_MAIN(TestApiClientFailures)
#include "tst_apiclient_failures.moc"
