#include "TestServer.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

// --database with a URL is refused at start (exit 2, a message saying what to do) and never
// taken for a file path.
class TestDatabaseUrl : public QObject
{
    Q_OBJECT
private slots:
    void urlIsRefusedNotTakenForAPath_data();
    void urlIsRefusedNotTakenForAPath();
};

void TestDatabaseUrl::urlIsRefusedNotTakenForAPath_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown scheme") << QStringLiteral("mysql://u@127.0.0.1:3306/db")
                                    << QStringLiteral("unknown URL scheme \"mysql\"");
    const bool psql = QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"));
    QTest::newRow("postgres") << QStringLiteral("postgres://tokendesk@127.0.0.1:5432/tokendesk")
                              << (psql
                                      ? QStringLiteral("not supported by this tokendesk-server yet")
                                      : QStringLiteral("install the package libqt6sql6-psql"));
}

void TestDatabaseUrl::urlIsRefusedNotTakenForAPath()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QTemporaryDir cwd;
    QVERIFY(cwd.isValid());
    QProcess server;
    server.setWorkingDirectory(cwd.path());
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(TestServer::serverExecutable(),
                 {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                  QStringLiteral("--database"), url});
    QVERIFY(server.waitForFinished(15000));
    const QString output = QString::fromUtf8(server.readAll());
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 2);
    QVERIFY2(output.contains(expected), qPrintable(output));
    QVERIFY2(!output.contains(QLatin1String("listening")), qPrintable(output));
    // Nothing was created where a path would have been.
    QVERIFY2(QDir(cwd.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             qPrintable(QDir(cwd.path())
                            .entryList(QDir::AllEntries | QDir::NoDotAndDotDot)
                            .join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
