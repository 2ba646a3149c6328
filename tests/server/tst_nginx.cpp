// Issue 14 item 5: two tokendesk-server instances on one database behind a real nginx (Debian's
// package), configured by the file the repo ships (deploy/nginx/tokendesk.conf) with only its
// ports and name replaced. nginx runs in the foreground on a free loopback port, with its prefix,
// pid, logs and temp files in a temporary folder (as root with `user root`, else as the caller).
// Proves that nginx takes turns between A and B (each instance logs every request it answers),
// that the contract's sign-in → create → list → rotate → delete flow works through it, and that
// --allowed-host takes the name nginx forwards. With --trusted-proxy for nginx's address, two
// clients behind it (127.0.0.2, 127.0.0.3) are recorded and rate-limited each by its own address,
// while a client talking to an instance directly cannot choose its address by X-Forwarded-For.
#include "HttpTestClient.h"
#include "InstancePair.h"
#include "NginxFiles.h"
#include "RawHttp.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

#ifndef TOKENDESK_NGINX_CONF
#error "TOKENDESK_NGINX_CONF must name deploy/nginx/tokendesk.conf"
#endif

namespace {
const QByteArray ForwardedName = "tokendesk.test";

// How many requests the instance has answered: it logs "METHOD /path STATUS Nms" for each.
int answered(const TestServer &server)
{
    static const QRegularExpression line(
        QStringLiteral(R"(^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \S+ \d{3} \d+ms$)"),
        QRegularExpression::MultilineOption);
    int count = 0;
    auto it = line.globalMatch(QString::fromUtf8(server.output()));
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

// One request from source (a loopback address of its own) to host:port, read until answered.
RawReply requestFrom(const QHostAddress &source, quint16 port, const QByteArray &method,
                     const QByteArray &path, const QByteArray &fields, const QByteArray &body = {})
{
    QTcpSocket socket;
    socket.bind(source);
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\n" + fields;
    if (!body.isEmpty())
        request +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    socket.write(request + "Connection: close\r\n\r\n" + body);
    return RawHttp::read(socket, 10000);
}

QByteArray loginBody(const QString &name, const QString &password)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("username"), name},
                                     {QStringLiteral("password"), password}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

class TestNginx : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void requestsAlternateBetweenTheInstances();
    void contractFlowThroughNginx();
    void anotherHostNameIsRefused();
    void clientsBehindNginxAreRecordedByTheirOwnAddress();
    void clientsBehindNginxAreRateLimitedApart();
    void aDirectClientCannotChooseItsAddress();
    void tlsSiteIsValid();

private:
    // nginx with the shipped config rendered for this test; false with *error on failure.
    bool startNginx(QString *error);
    // A request through nginx from source, for the forwarded name.
    RawReply viaNginx(const QHostAddress &source, const QByteArray &method, const QByteArray &path,
                      const QByteArray &fields = {}, const QByteArray &body = {});
    // A new user's session and a read token (made through nginx from 127.0.0.1).
    bool userWithToken(QString *name, QByteArray *session, QByteArray *secret);
    // last_used_address of the user's only token.
    QString lastUsedAddress(const QByteArray &session);
    // Sends one request through nginx and says which instance answered it ('A' or 'B'; '?' if
    // neither logged it within the hang guard, '2' if both did).
    char served(const std::function<HttpResult()> &request, HttpResult *result);

    std::unique_ptr<InstancePair> m_pair;
    QTemporaryDir m_prefix;
    QProcess m_nginx;
    quint16 m_port = 0;
    HttpTestClient m_client;
};

void TestNginx::initTestCase()
{
    if (NginxFiles::nginxExecutable().isEmpty())
        QSKIP("nginx is not installed (./dev installs Debian's nginx package)");
    m_pair = std::make_unique<InstancePair>(
        QStringList{QStringLiteral("--allowed-host"), QString::fromLatin1(ForwardedName),
                    QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1/32")});
    QVERIFY2(m_pair->start(), qPrintable(m_pair->errorString()));
    QString error;
    QVERIFY2(startNginx(&error), qPrintable(error));
    m_client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)));
    m_client.setDefaultHeaders({{"Host", ForwardedName}});
}

void TestNginx::cleanupTestCase()
{
    if (m_nginx.state() != QProcess::NotRunning) {
        m_nginx.terminate(); // SIGTERM: nginx's fast shutdown
        if (!m_nginx.waitForFinished(10000))
            m_nginx.kill();
        m_nginx.waitForFinished(2000);
    }
}

bool TestNginx::startNginx(QString *error)
{
    if (!m_prefix.isValid()) {
        *error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    const QString shipped = QStringLiteral(TOKENDESK_NGINX_CONF);
    QString site = NginxFiles::readFile(shipped);
    if (site.isEmpty()) {
        *error = QStringLiteral("cannot read %1").arg(shipped);
        return false;
    }
    {
        QTcpServer probe; // a free port: the kernel's pick, released just before nginx binds it
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *error = QStringLiteral("no free loopback port");
            return false;
        }
        m_port = probe.serverPort();
    }
    const bool rendered =
        NginxFiles::replaceOnce(&site, QStringLiteral("server 127.0.0.1:8686;"),
                                QStringLiteral("server 127.0.0.1:%1;").arg(m_pair->a().port())) &&
        NginxFiles::replaceOnce(&site, QStringLiteral("server 127.0.0.1:8687;"),
                                QStringLiteral("server 127.0.0.1:%1;").arg(m_pair->b().port())) &&
        NginxFiles::replaceOnce(&site, QStringLiteral("listen 80;"),
                                QStringLiteral("listen 127.0.0.1:%1;").arg(m_port)) &&
        NginxFiles::replaceOnce(
            &site, QStringLiteral("server_name tokendesk.example.org;"),
            QStringLiteral("server_name %1;").arg(QString::fromLatin1(ForwardedName)));
    if (!rendered) {
        *error = QStringLiteral("%1 no longer has exactly one each of 'server 127.0.0.1:8686;', "
                                "'server 127.0.0.1:8687;', 'listen 80;' and 'server_name "
                                "tokendesk.example.org;'; update this test with it")
                     .arg(shipped);
        return false;
    }
    const QString dir = m_prefix.path();
    const QString mainFile = dir + QStringLiteral("/nginx.conf");
    if (!NginxFiles::writeFile(dir + QStringLiteral("/tokendesk.conf"), site.toUtf8()) ||
        !NginxFiles::writeFile(mainFile,
                               NginxFiles::mainConfig(dir, QStringLiteral("tokendesk.conf")))) {
        *error = QStringLiteral("cannot write the nginx configuration in %1").arg(dir);
        return false;
    }
    m_nginx.setProcessChannelMode(QProcess::MergedChannels);
    m_nginx.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    // -e: the error log before the configuration is read (else /var/log/nginx, root's).
    m_nginx.start(NginxFiles::nginxExecutable(),
                  {QStringLiteral("-p"), dir + QLatin1Char('/'), QStringLiteral("-c"), mainFile,
                   QStringLiteral("-e"), dir + QStringLiteral("/error.log"), QStringLiteral("-g"),
                   QStringLiteral("daemon off;")});
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && m_nginx.state() != QProcess::NotRunning) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(200))
            return true;
        QTest::qWait(100);
    }
    *error = QStringLiteral("nginx did not start: %1\n%2")
                 .arg(QString::fromUtf8(m_nginx.readAll()),
                      NginxFiles::readFile(dir + QStringLiteral("/error.log")));
    return false;
}

char TestNginx::served(const std::function<HttpResult()> &request, HttpResult *result)
{
    const int a = answered(m_pair->a());
    const int b = answered(m_pair->b());
    *result = request();
    // The instance logs the line as it answers; its output reaches us a moment later.
    if (!QTest::qWaitFor([&] { return answered(m_pair->a()) + answered(m_pair->b()) > a + b; },
                         5000))
        return '?';
    QTest::qWait(20); // a second line, if there were one (there must not be)
    const bool byA = answered(m_pair->a()) > a;
    const bool byB = answered(m_pair->b()) > b;
    if (byA && byB)
        return '2';
    return byA ? 'A' : byB ? 'B' : '?';
}

void TestNginx::requestsAlternateBetweenTheInstances()
{
    QString order;
    for (int i = 0; i < 10; ++i) {
        HttpResult health;
        order += QLatin1Char(
            served([this] { return m_client.get(QStringLiteral("/healthz")); }, &health));
        HTTP_EXPECT_STATUS(health, 200);
        QCOMPARE(health.json.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    }
    qInfo("instances in turn: %s", qPrintable(order));
    QVERIFY2(order == QStringLiteral("ABABABABAB") || order == QStringLiteral("BABABABABA"),
             qPrintable(order));
}

void TestNginx::contractFlowThroughNginx()
{
    const QString name = InstancePair::uniqueName(QStringLiteral("nginx"));
    QVERIFY2(m_pair->createUser(name), qPrintable(m_pair->errorString()));
    QString order;
    HttpResult r;

    order += QLatin1Char(served(
        [&] {
            return m_client.json(
                "POST", QStringLiteral("/api/v1/session"),
                {{QStringLiteral("username"), name}, {QStringLiteral("password"), name}});
        },
        &r));
    HTTP_EXPECT_STATUS(r, 201);
    const QByteArray session = r.json.value(QLatin1String("session")).toString().toLatin1();
    QVERIFY(session.startsWith("tds_"));
    QVERIFY2(r.header("Cache-Control").contains("no-store"), qPrintable(r.describe()));

    const QDateTime expiry = QDateTime::currentDateTimeUtc().addDays(30);
    order += QLatin1Char(served(
        [&] {
            return m_client.createToken(session, QStringLiteral("through nginx"),
                                        {QStringLiteral("read")}, expiry);
        },
        &r));
    HTTP_EXPECT_STATUS(r, 201);
    const QString id = tokenIdOf(r);
    const QByteArray secret = secretOf(r);
    QVERIFY(secret.startsWith("tdk_"));

    order += QLatin1Char(
        served([&] { return m_client.get(QStringLiteral("/api/v1/me/tokens"), session); }, &r));
    HTTP_EXPECT_STATUS(r, 200);
    const QJsonArray listed = r.json.value(QLatin1String("tokens")).toArray();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().toObject().value(QLatin1String("id")).toString(), id);

    order += QLatin1Char(served(
        [&] {
            return m_client.json("POST", QStringLiteral("/api/v1/me/tokens/%1/rotate").arg(id),
                                 {{QStringLiteral("expires_at"), expiry.toString(Qt::ISODate)}},
                                 session);
        },
        &r));
    HTTP_EXPECT_STATUS(r, 201);
    const QByteArray rotated = secretOf(r);
    QVERIFY(rotated.startsWith("tdk_") && rotated != secret);

    // Both secrets once more, so that each instance checks each of them: the old one is refused
    // and the new one accepted by A and B alike.
    for (int i = 0; i < 2; ++i) {
        order += QLatin1Char(
            served([&] { return m_client.get(QStringLiteral("/api/v1/token"), secret); }, &r));
        HTTP_EXPECT_STATUS(r, 401);
        order += QLatin1Char(
            served([&] { return m_client.get(QStringLiteral("/api/v1/token"), rotated); }, &r));
        HTTP_EXPECT_STATUS(r, 200);
    }

    order += QLatin1Char(served(
        [&] {
            return m_client.request("DELETE", QStringLiteral("/api/v1/me/tokens/") + id, {},
                                    session);
        },
        &r));
    HTTP_EXPECT_STATUS(r, 204);
    order += QLatin1Char(
        served([&] { return m_client.get(QStringLiteral("/api/v1/me/tokens"), session); }, &r));
    HTTP_EXPECT_STATUS(r, 200);
    QCOMPARE(r.json.value(QLatin1String("tokens")).toArray().size(), 0);

    qInfo("instances in turn: %s", qPrintable(order));
    for (qsizetype i = 0; i < order.size(); ++i) {
        QVERIFY2(order[i] == QLatin1Char('A') || order[i] == QLatin1Char('B'), qPrintable(order));
        if (i > 0)
            QVERIFY2(order[i] != order[i - 1], qPrintable(order));
    }
}

void TestNginx::anotherHostNameIsRefused()
{
    // nginx forwards whatever name the client used; only the one in --allowed-host is served.
    const HttpResult r = m_client.request("GET", QStringLiteral("/healthz"), {}, {}, {},
                                          {{"Host", "attacker.example"}});
    HTTP_EXPECT_ERROR(r, 421, QStringLiteral("misdirected_request"), QString());
}

RawReply TestNginx::viaNginx(const QHostAddress &source, const QByteArray &method,
                             const QByteArray &path, const QByteArray &fields,
                             const QByteArray &body)
{
    return requestFrom(source, m_port, method, path, "Host: " + ForwardedName + "\r\n" + fields,
                       body);
}

bool TestNginx::userWithToken(QString *name, QByteArray *session, QByteArray *secret)
{
    *name = InstancePair::uniqueName(QStringLiteral("edge"));
    if (!m_pair->createUser(*name))
        return false;
    HttpResult r =
        m_client.json("POST", QStringLiteral("/api/v1/session"),
                      {{QStringLiteral("username"), *name}, {QStringLiteral("password"), *name}});
    *session = r.json.value(QLatin1String("session")).toString().toLatin1();
    r = m_client.createToken(*session, QStringLiteral("edge"), {QStringLiteral("read")},
                             QDateTime::currentDateTimeUtc().addDays(30));
    *secret = secretOf(r);
    return session->startsWith("tds_") && secret->startsWith("tdk_");
}

QString TestNginx::lastUsedAddress(const QByteArray &session)
{
    const HttpResult r = m_client.get(QStringLiteral("/api/v1/me/tokens"), session);
    const QJsonArray tokens = r.json.value(QLatin1String("tokens")).toArray();
    return tokens.size() == 1
               ? tokens.first().toObject().value(QLatin1String("last_used_address")).toString()
               : QString();
}

void TestNginx::clientsBehindNginxAreRecordedByTheirOwnAddress()
{
    QString name;
    QByteArray session;
    QByteArray secret;
    QVERIFY2(userWithToken(&name, &session, &secret), qPrintable(m_pair->errorString()));
    const QByteArray bearer = "Authorization: Bearer " + secret + "\r\n";
    for (const QString &client : {QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.3")}) {
        // Twice: once through each instance. A forged X-Forwarded-For of the client's own goes
        // to the left of the address nginx appends, and is never the one taken.
        for (int i = 0; i < 2; ++i) {
            const RawReply reply = viaNginx(QHostAddress(client), "GET", "/api/v1/token",
                                            bearer + "X-Forwarded-For: 203.0.113.7\r\n");
            QCOMPARE(reply.status(), 200);
            QCOMPARE(lastUsedAddress(session), client);
        }
    }
}

void TestNginx::clientsBehindNginxAreRateLimitedApart()
{
    const QString name = InstancePair::uniqueName(QStringLiteral("edge"));
    QVERIFY2(m_pair->createUser(name), qPrintable(m_pair->errorString()));
    const QHostAddress guesser(QStringLiteral("127.0.0.2"));
    int status = 0;
    for (int attempt = 0; attempt < 10 && status != 429; ++attempt)
        status = viaNginx(guesser, "POST", "/api/v1/session", {},
                          loginBody(name, QStringLiteral("wrong")))
                     .status();
    QCOMPARE(status, 429); // the user and address pair is locked for a minute
    // The account's owner, at another address behind the same nginx, still signs in.
    const RawReply owner = viaNginx(QHostAddress(QStringLiteral("127.0.0.3")), "POST",
                                    "/api/v1/session", {}, loginBody(name, name));
    QCOMPARE(owner.status(), 201);
}

void TestNginx::aDirectClientCannotChooseItsAddress()
{
    QString name;
    QByteArray session;
    QByteArray secret;
    QVERIFY2(userWithToken(&name, &session, &secret), qPrintable(m_pair->errorString()));
    // 127.0.0.2 is no trusted proxy: its X-Forwarded-For is ignored by either instance.
    for (TestServer *instance : {&m_pair->a(), &m_pair->b()}) {
        const RawReply reply = requestFrom(
            QHostAddress(QStringLiteral("127.0.0.2")), instance->port(), "GET", "/api/v1/token",
            "Host: 127.0.0.1:" + QByteArray::number(instance->port()) +
                "\r\nAuthorization: Bearer " + secret + "\r\nX-Forwarded-For: 203.0.113.7\r\n");
        QCOMPARE(reply.status(), 200);
        QCOMPARE(lastUsedAddress(session), QStringLiteral("127.0.0.2"));
    }
}

// The TLS variant cannot serve this test's clients (they would need its certificate), but nginx
// itself must accept it: rendered with a throwaway certificate, `nginx -t` passes.
void TestNginx::tlsSiteIsValid()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=tokendesk.test"), QStringLiteral("-keyout"),
                   dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                   dir.filePath(QStringLiteral("cert.pem"))});
    QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0,
             openssl.readAll().constData());

    const QString shipped = QStringLiteral(TOKENDESK_NGINX_TLS_CONF);
    QString site = NginxFiles::readFile(shipped);
    QVERIFY2(!site.isEmpty(), qPrintable(shipped));
    // `nginx -t` binds the ports it checks: free loopback ones. IPv6 listeners go, as the test
    // machine may have no IPv6.
    QTcpServer httpProbe, httpsProbe;
    QVERIFY(httpProbe.listen(QHostAddress::LocalHost, 0));
    QVERIFY(httpsProbe.listen(QHostAddress::LocalHost, 0));
    const quint16 httpPort = httpProbe.serverPort();
    const quint16 httpsPort = httpsProbe.serverPort();
    httpProbe.close();
    httpsProbe.close();
    QVERIFY(NginxFiles::replaceOnce(&site, QStringLiteral("listen [::]:80;"), QString()));
    QVERIFY(
        NginxFiles::replaceOnce(&site, QStringLiteral("listen [::]:443 ssl http2;"), QString()));
    QVERIFY(NginxFiles::replaceOnce(&site, QStringLiteral("listen 80;"),
                                    QStringLiteral("listen 127.0.0.1:%1;").arg(httpPort)));
    QVERIFY(
        NginxFiles::replaceOnce(&site, QStringLiteral("listen 443 ssl http2;"),
                                QStringLiteral("listen 127.0.0.1:%1 ssl http2;").arg(httpsPort)));
    QVERIFY(NginxFiles::replaceOnce(&site,
                                    QStringLiteral("/etc/ssl/certs/tokendesk.example.org.pem"),
                                    dir.filePath(QStringLiteral("cert.pem"))));
    QVERIFY(NginxFiles::replaceOnce(&site,
                                    QStringLiteral("/etc/ssl/private/tokendesk.example.org.key"),
                                    dir.filePath(QStringLiteral("key.pem"))));
    QVERIFY(NginxFiles::writeFile(dir.filePath(QStringLiteral("tls.conf")), site.toUtf8()));
    QVERIFY(NginxFiles::writeFile(dir.filePath(QStringLiteral("nginx.conf")),
                                  NginxFiles::mainConfig(dir.path(), QStringLiteral("tls.conf"))));

    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.start(NginxFiles::nginxExecutable(),
                {QStringLiteral("-t"), QStringLiteral("-p"), dir.path() + QLatin1Char('/'),
                 QStringLiteral("-c"), dir.filePath(QStringLiteral("nginx.conf")),
                 QStringLiteral("-e"), dir.filePath(QStringLiteral("error.log"))});
    QVERIFY(check.waitForFinished(30000));
    const QByteArray output = check.readAll();
    QVERIFY2(check.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("test is successful"), output.constData());
}

QTEST_GUILESS_MAIN(TestNginx)
#include "tst_nginx.moc"
