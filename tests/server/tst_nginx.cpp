// Issue 14 item 5: two tokendesk-server instances on one database behind a real nginx (Debian's
// package), configured by the file the repo ships (deploy/nginx/tokendesk.conf) with only its
// ports and name replaced. nginx runs in the foreground on a free loopback port, with its prefix,
// pid, logs and temp files in a temporary folder (as root with `user root`, else as the caller).
// Proves that nginx takes turns between A and B (each instance logs every request it answers),
// that the contract's sign-in → create → list → rotate → delete flow works through it, and that
// --allowed-host takes the name nginx forwards.
#include "HttpTestClient.h"
#include "InstancePair.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
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

// Replaces the one occurrence of from with to; false (nothing replaced) unless there is exactly
// one, so that an edit of the shipped file cannot make the test quietly test something else.
bool replaceOnce(QString *text, const QString &from, const QString &to)
{
    if (text->count(from) != 1)
        return false;
    text->replace(from, to);
    return true;
}

QString nginxExecutable()
{
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    return !onPath.isEmpty() ? onPath
                             : QStandardPaths::findExecutable(
                                   QStringLiteral("nginx"),
                                   {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
}

// The main file a distribution's nginx.conf would be, with everything in dir and the site in
// dir/site. As root, nginx's workers would switch to "nobody", who cannot enter the private
// temporary folder: `user root` keeps them root.
QByteArray mainConfig(const QString &dir, const QString &site)
{
    return QStringLiteral("%1worker_processes 1;\n"
                          "pid %2/nginx.pid;\n"
                          "error_log %2/error.log info;\n"
                          "events { worker_connections 256; }\n"
                          "http {\n"
                          "    access_log %2/access.log;\n"
                          "    client_body_temp_path %2/client_body;\n"
                          "    proxy_temp_path %2/proxy;\n"
                          "    fastcgi_temp_path %2/fastcgi;\n"
                          "    uwsgi_temp_path %2/uwsgi;\n"
                          "    scgi_temp_path %2/scgi;\n"
                          "    include %2/%3;\n"
                          "}\n")
        .arg(::geteuid() == 0 ? QStringLiteral("user root;\n") : QString(), dir, site)
        .toUtf8();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

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
    void tlsSiteIsValid();

private:
    // nginx with the shipped config rendered for this test; false with *error on failure.
    bool startNginx(QString *error);
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
    if (nginxExecutable().isEmpty())
        QSKIP("nginx is not installed (./dev installs Debian's nginx package)");
    m_pair = std::make_unique<InstancePair>(
        QStringList{QStringLiteral("--allowed-host"), QString::fromLatin1(ForwardedName)});
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
    QString site = readFile(shipped);
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
        replaceOnce(&site, QStringLiteral("server 127.0.0.1:8686;"),
                    QStringLiteral("server 127.0.0.1:%1;").arg(m_pair->a().port())) &&
        replaceOnce(&site, QStringLiteral("server 127.0.0.1:8687;"),
                    QStringLiteral("server 127.0.0.1:%1;").arg(m_pair->b().port())) &&
        replaceOnce(&site, QStringLiteral("listen 80;"),
                    QStringLiteral("listen 127.0.0.1:%1;").arg(m_port)) &&
        replaceOnce(&site, QStringLiteral("server_name tokendesk.example.org;"),
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
    if (!writeFile(dir + QStringLiteral("/tokendesk.conf"), site.toUtf8()) ||
        !writeFile(mainFile, mainConfig(dir, QStringLiteral("tokendesk.conf")))) {
        *error = QStringLiteral("cannot write the nginx configuration in %1").arg(dir);
        return false;
    }
    m_nginx.setProcessChannelMode(QProcess::MergedChannels);
    m_nginx.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    // -e: the error log before the configuration is read (else /var/log/nginx, root's).
    m_nginx.start(nginxExecutable(),
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
                      readFile(dir + QStringLiteral("/error.log")));
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
    QString site = readFile(shipped);
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
    QVERIFY(replaceOnce(&site, QStringLiteral("listen [::]:80;"), QString()));
    QVERIFY(replaceOnce(&site, QStringLiteral("listen [::]:443 ssl http2;"), QString()));
    QVERIFY(replaceOnce(&site, QStringLiteral("listen 80;"),
                        QStringLiteral("listen 127.0.0.1:%1;").arg(httpPort)));
    QVERIFY(replaceOnce(&site, QStringLiteral("listen 443 ssl http2;"),
                        QStringLiteral("listen 127.0.0.1:%1 ssl http2;").arg(httpsPort)));
    QVERIFY(replaceOnce(&site, QStringLiteral("/etc/ssl/certs/tokendesk.example.org.pem"),
                        dir.filePath(QStringLiteral("cert.pem"))));
    QVERIFY(replaceOnce(&site, QStringLiteral("/etc/ssl/private/tokendesk.example.org.key"),
                        dir.filePath(QStringLiteral("key.pem"))));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("tls.conf")), site.toUtf8()));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("nginx.conf")),
                      mainConfig(dir.path(), QStringLiteral("tls.conf"))));

    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.start(nginxExecutable(),
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
