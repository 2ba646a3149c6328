#include "TestServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// --database: a URL is never taken for a file path. An unknown scheme, a malformed postgres URL
// or a missing QPSQL driver are refused at start (exit 2, a message saying what to do); a
// postgres URL the server cannot reach fails at start (exit 1) naming the URL without its
// password — the password never reaches the output.
class TestDatabaseUrl : public QObject
{
    Q_OBJECT
private slots:
    void urlIsRefusedNotTakenForAPath_data();
    void urlIsRefusedNotTakenForAPath();
};

namespace {
const QString Password = QStringLiteral("s3cret-Pg-pass");
}

void TestDatabaseUrl::urlIsRefusedNotTakenForAPath_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("passwordFile"); // content; empty: no --database-password-file
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown scheme") << QStringLiteral("mysql://u@127.0.0.1:3306/db") << QString()
                                    << 2 << QStringLiteral("unknown URL scheme \"mysql\"");
    QTest::newRow("postgres without user")
        << QStringLiteral("postgres://127.0.0.1:5432/tokendesk") << QString() << 2
        << QStringLiteral("is not a PostgreSQL URL");
    QTest::newRow("postgres without database")
        << QStringLiteral("postgres://tokendesk:%1@127.0.0.1:5432").arg(Password) << QString() << 2
        << QStringLiteral("is not a PostgreSQL URL");
    // Port 1 on loopback: nothing listens there, so connecting fails at once.
    QTest::newRow("postgres unreachable, password in URL")
        << QStringLiteral("postgres://tokendesk:%1@127.0.0.1:1/tokendesk").arg(Password)
        << QString() << 1
        << QStringLiteral("cannot open database postgres://tokendesk@127.0.0.1:1/tokendesk");
    QTest::newRow("postgres unreachable, password file")
        << QStringLiteral("postgres://tokendesk@127.0.0.1:1/tokendesk") << Password + '\n'
        << 1 << QStringLiteral("cannot open database postgres://tokendesk@127.0.0.1:1/tokendesk");
    QTest::newRow("password file without postgres")
        << QStringLiteral("tokendesk.sqlite") << Password << 2
        << QStringLiteral("--database-password-file goes with a postgres://");
}

void TestDatabaseUrl::urlIsRefusedNotTakenForAPath()
{
    QFETCH(QString, url);
    QFETCH(QString, passwordFile);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    QTemporaryDir cwd;
    QTemporaryDir secrets;
    QVERIFY(cwd.isValid() && secrets.isValid());
    QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--database"), url};
    if (!passwordFile.isEmpty()) {
        QFile file(secrets.filePath(QStringLiteral("pg.pw")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(passwordFile.toUtf8()) > 0);
        args << QStringLiteral("--database-password-file") << file.fileName();
    }
    QProcess server;
    server.setWorkingDirectory(cwd.path());
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(TestServer::serverExecutable(), args);
    QVERIFY(server.waitForFinished(15000));
    const QString output = QString::fromUtf8(server.readAll());
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QVERIFY2(server.exitCode() == exitCode, qPrintable(output));
    QVERIFY2(output.contains(expected), qPrintable(output));
    QVERIFY2(!output.contains(QLatin1String("listening")), qPrintable(output));
    QVERIFY2(!output.contains(Password), qPrintable(output));
    // Nothing was created where a path would have been.
    QVERIFY2(QDir(cwd.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             qPrintable(QDir(cwd.path())
                            .entryList(QDir::AllEntries | QDir::NoDotAndDotDot)
                            .join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
