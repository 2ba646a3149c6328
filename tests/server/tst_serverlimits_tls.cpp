// Issue 11 item 5: safe defaults off loopback and a TLS setup that holds: chain, encrypted key,
// TLS 1.2 AEAD or TLS 1.3 only, HSTS. Certificates are made with openssl for each run.
#include "RawHttp.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {
struct Handshake
{
    bool encrypted = false;
    QString error;
    int chainLength = 0;
    QByteArray answer; // to GET /healthz, when encrypted
};

// Connects with the test CA trusted and only the given protocol/ciphers offered.
Handshake connectTls(quint16 port, const QList<QSslCertificate> &ca, QSsl::SslProtocol protocol,
                     const QList<QSslCipher> &ciphers = {})
{
    QSslSocket socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(ca);
    config.setProtocol(protocol);
    if (!ciphers.isEmpty())
        config.setCiphers(ciphers);
    socket.setSslConfiguration(config);
    socket.setPeerVerifyName(QStringLiteral("127.0.0.1"));
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    Handshake result;
    result.encrypted = socket.waitForEncrypted(10000);
    if (!result.encrypted) {
        result.error = socket.errorString();
        return result;
    }
    result.chainLength = int(socket.peerCertificateChain().size());
    socket.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                 "\r\n\r\n");
    result.answer = RawHttp::read(socket, 5000).bytes;
    return result;
}

// Runs the server with args until it exits (or reports listening, then stops it).
struct Run
{
    int exitCode = -1; // -1: it started listening
    QByteArray output;
};

Run runServer(const QStringList &args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(TestServer::serverExecutable(), args);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000 && process.state() == QProcess::Running &&
           !run.output.contains("listening on")) {
        process.waitForReadyRead(100);
        run.output += process.readAll();
    }
    if (process.state() == QProcess::Running) {
        process.kill();
        process.waitForFinished(5000);
        run.output += process.readAll();
        return run;
    }
    run.output += process.readAll();
    run.exitCode = process.exitCode();
    return run;
}
} // namespace

class TestServerLimitsTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void servesTheChainWithAnEncryptedKeyAndHsts();
    void offersOnlyTls12AeadAndTls13();
    void testsslFindsNoCbcAndNoLucky13();
    void encryptedKeyNeedsItsPassword();
    void plainHttpOffLoopbackRefusesToStart();
    void demoRefusesNonLoopback();

private:
    bool openssl(const QStringList &args);
    QString file(const QString &name) const { return m_dir.filePath(name); }
    // The chain, the encrypted key and its password file.
    QStringList tlsArgs() const
    {
        return {QStringLiteral("--tls-cert"),
                file(QStringLiteral("chain.pem")),
                QStringLiteral("--tls-key"),
                file(QStringLiteral("server.key")),
                QStringLiteral("--tls-key-password-file"),
                file(QStringLiteral("password"))};
    }

    QTemporaryDir m_dir;
    QList<QSslCertificate> m_ca;
};

bool TestServerLimitsTls::openssl(const QStringList &args)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral("openssl"), args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning().noquote() << "openssl" << args.join(QLatin1Char(' '))
                             << "failed:" << process.readAllStandardError();
        return false;
    }
    return true;
}

void TestServerLimitsTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A CA, and a server certificate it signs whose key is encrypted with "s3cret".
    QVERIFY(openssl({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out",
                     "ca.pem", "-days", "2", "-subj", "/CN=TokenDesk Test CA"}));
    QVERIFY(openssl({"req", "-newkey", "rsa:2048", "-keyout", "server.key", "-passout",
                     "pass:s3cret", "-out", "server.csr", "-subj", "/CN=127.0.0.1"}));
    QFile ext(file(QStringLiteral("ext")));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n");
    ext.close();
    QVERIFY(openssl({"x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                     "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile", "ext"}));
    QFile chain(file(QStringLiteral("chain.pem")));
    QFile leaf(file(QStringLiteral("server.pem")));
    QFile ca(file(QStringLiteral("ca.pem")));
    QVERIFY(chain.open(QIODevice::WriteOnly) && leaf.open(QIODevice::ReadOnly) &&
            ca.open(QIODevice::ReadOnly));
    const QByteArray caPem = ca.readAll();
    chain.write(leaf.readAll() + caPem);
    chain.close();
    m_ca = QSslCertificate::fromData(caPem);
    QFile password(file(QStringLiteral("password")));
    QVERIFY(password.open(QIODevice::WriteOnly));
    password.write("s3cret\n");
}

void TestServerLimitsTls::servesTheChainWithAnEncryptedKeyAndHsts()
{
    TestServer server(tlsArgs(), false);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QCOMPARE(server.baseUrl().scheme(), QStringLiteral("https"));
    const Handshake tls = connectTls(server.port(), m_ca, QSsl::TlsV1_2OrLater);
    QVERIFY2(tls.encrypted, qPrintable(tls.error));
    QCOMPARE(tls.chainLength, 2); // leaf and CA: the whole file was served
    RawReply reply;
    reply.bytes = tls.answer;
    QCOMPARE(reply.status(), 200);
    QVERIFY2(reply.header("Strict-Transport-Security").startsWith("max-age="), tls.answer);
}

void TestServerLimitsTls::offersOnlyTls12AeadAndTls13()
{
    TestServer server(tlsArgs(), false);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const auto cipher = [](const char *name) {
        const QSslCipher c(QString::fromLatin1(name));
        if (c.isNull())
            qWarning("the TLS backend does not know %s", name);
        return c;
    };
    for (const char *cbc : {"ECDHE-RSA-AES128-SHA256", "ECDHE-RSA-AES256-SHA", "AES128-SHA256"}) {
        const QSslCipher c = cipher(cbc);
        QVERIFY(!c.isNull());
        const Handshake tls = connectTls(server.port(), m_ca, QSsl::TlsV1_2, {c});
        QVERIFY2(!tls.encrypted, cbc);
    }
    // AEAD, but without forward secrecy.
    QVERIFY(
        !connectTls(server.port(), m_ca, QSsl::TlsV1_2, {cipher("AES128-GCM-SHA256")}).encrypted);
    for (const char *aead : {"ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-RSA-CHACHA20-POLY1305"}) {
        const Handshake tls = connectTls(server.port(), m_ca, QSsl::TlsV1_2, {cipher(aead)});
        QVERIFY2(tls.encrypted, qPrintable(QString::fromLatin1(aead) + u' ' + tls.error));
    }
    const Handshake tls13 = connectTls(server.port(), m_ca, QSsl::TlsV1_3);
    QVERIFY2(tls13.encrypted, qPrintable(tls13.error));
}

// Optional: Debian's testssl.sh (package testssl.sh), about a minute. Skipped when absent.
void TestServerLimitsTls::testsslFindsNoCbcAndNoLucky13()
{
    const QString testssl = QStandardPaths::findExecutable(QStringLiteral("testssl"));
    if (testssl.isEmpty())
        QSKIP("testssl (Debian package testssl.sh) is not installed");
    TestServer server(tlsArgs(), false);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString json = file(QStringLiteral("testssl.json"));
    QFile::remove(json);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // -p protocols, -s cipher categories, -L LUCKY13.
    process.start(testssl,
                  {QStringLiteral("--quiet"), QStringLiteral("--color"), QStringLiteral("0"),
                   QStringLiteral("--warnings"), QStringLiteral("off"), QStringLiteral("-p"),
                   QStringLiteral("-s"), QStringLiteral("-L"), QStringLiteral("--jsonfile"), json,
                   QStringLiteral("127.0.0.1:%1").arg(server.port())});
    QVERIFY(process.waitForStarted(10000));
    QVERIFY2(process.waitForFinished(240000), "testssl did not finish within 4 minutes");
    QFile report(json);
    QVERIFY2(report.open(QIODevice::ReadOnly), process.readAll().constData());
    QHash<QString, QString> findings;
    for (const QJsonValue &entry : QJsonDocument::fromJson(report.readAll()).array())
        findings.insert(entry[QLatin1String("id")].toString(),
                        entry[QLatin1String("finding")].toString());
    QCOMPARE(findings.value(QStringLiteral("LUCKY13")), QStringLiteral("not vulnerable"));
    // AVERAGE is testssl's "obsoleted CBC ciphers" category.
    for (const char *id : {"cipherlist_AVERAGE", "cipherlist_3DES_IDEA", "cipherlist_LOW",
                           "cipherlist_NULL", "TLS1", "TLS1_1", "SSLv3"})
        QVERIFY2(findings.value(QString::fromLatin1(id)) == QLatin1String("not offered"),
                 qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(id),
                                                         findings.value(QString::fromLatin1(id)))));
    QVERIFY(findings.value(QStringLiteral("TLS1_3")).startsWith(QLatin1String("offered")));
}

void TestServerLimitsTls::encryptedKeyNeedsItsPassword()
{
    const QStringList tls{QStringLiteral("--listen"),   QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--database"), file(QStringLiteral("db.sqlite")),
                          QStringLiteral("--tls-cert"), file(QStringLiteral("chain.pem")),
                          QStringLiteral("--tls-key"),  file(QStringLiteral("server.key"))};
    const Run without = runServer(tls);
    QVERIFY2(without.exitCode > 0, without.output.constData());
    QVERIFY2(without.output.contains("--tls-key-password-file"), without.output.constData());

    QFile wrong(file(QStringLiteral("wrong")));
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write("not-it\n");
    wrong.close();
    const Run wrongPassword =
        runServer(tls + QStringList{QStringLiteral("--tls-key-password-file"), wrong.fileName()});
    QVERIFY2(wrongPassword.exitCode > 0, wrongPassword.output.constData());
    QVERIFY(!wrongPassword.output.contains("not-it"));
}

void TestServerLimitsTls::plainHttpOffLoopbackRefusesToStart()
{
    const QStringList args{QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"),
                           QStringLiteral("--database"), file(QStringLiteral("db.sqlite"))};
    const Run plain = runServer(args);
    QCOMPARE(plain.exitCode, 2);
    QVERIFY2(plain.output.contains("--tls-cert") && plain.output.contains("--insecure-http"),
             plain.output.constData());
    const Run ipv6 = runServer({QStringLiteral("--listen"), QStringLiteral("[::]:0"),
                                QStringLiteral("--database"), file(QStringLiteral("db.sqlite"))});
    QCOMPARE(ipv6.exitCode, 2);

    // Asked for explicitly, it starts (and is stopped at once).
    const Run insecure = runServer(args + QStringList{QStringLiteral("--insecure-http")});
    QVERIFY2(insecure.exitCode == -1, insecure.output.constData());
    // Loopback needs neither.
    const Run loopback =
        runServer({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                   QStringLiteral("--database"), file(QStringLiteral("db.sqlite"))});
    QVERIFY2(loopback.exitCode == -1, loopback.output.constData());
}

void TestServerLimitsTls::demoRefusesNonLoopback()
{
    const QStringList args{QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"),
                           QStringLiteral("--database"), file(QStringLiteral("demo.sqlite")),
                           QStringLiteral("--demo")};
    for (const QStringList &extra : {QStringList{QStringLiteral("--insecure-http")}, tlsArgs()}) {
        const Run run = runServer(args + extra);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.output.contains("--demo"), run.output.constData());
    }
    QVERIFY2(!QFile::exists(file(QStringLiteral("demo.sqlite"))), "seeded before refusing");
}

QTEST_GUILESS_MAIN(TestServerLimitsTls)
#include "tst_serverlimits_tls.moc"
