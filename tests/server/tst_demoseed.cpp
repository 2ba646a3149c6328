// Several instances started at once with --demo on one new database (a deployment's first start,
// or a restart of all its instances): every one of them comes up, and the database holds one demo
// data set. Runs on SQLite, and on PostgreSQL as tst_demoseed_postgres.
#include "TestServer.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <memory>
#include <vector>

class DemoSeedTest : public QObject
{
    Q_OBJECT

private slots:
    void instancesStartedAtOnceSeedOneDemo();
};

namespace {
constexpr int Instances = 6;
constexpr int Rounds = 4;

// Starts Instances servers on database at once; true when every one printed its port. Stops them.
bool startAtOnce(const QString &database, QString *failure)
{
    std::vector<std::unique_ptr<QProcess>> servers;
    for (int i = 0; i < Instances; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->setProgram(TestServer::serverExecutable());
        process->setArguments({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                               QStringLiteral("--database"), database, QStringLiteral("--demo"),
                               QStringLiteral("--password-iterations"), QStringLiteral("1000")});
        servers.push_back(std::move(process));
    }
    for (auto &server : servers)
        server->start();
    QByteArrayList outputs(Instances);
    bool allListening = true;
    for (int i = 0; i < Instances; ++i) {
        QProcess &server = *servers[i];
        QElapsedTimer waited;
        waited.start();
        while (!outputs[i].contains("listening on") && waited.elapsed() < 30000) {
            if (server.state() == QProcess::NotRunning)
                break;
            server.waitForReadyRead(200);
            outputs[i] += server.readAll();
        }
        outputs[i] += server.readAll();
        if (!outputs[i].contains("listening on")) {
            allListening = false;
            *failure += QStringLiteral("instance %1 did not start: %2\n")
                            .arg(i)
                            .arg(QString::fromUtf8(outputs[i].right(600)));
        }
    }
    for (auto &server : servers) {
        server->terminate();
        if (!server->waitForFinished(10000))
            server->kill();
    }
    return allListening;
}
} // namespace

void DemoSeedTest::instancesStartedAtOnceSeedOneDemo()
{
    for (int round = 0; round < Rounds; ++round) {
        // A TestServer that never starts gives a new, empty database (file or PostgreSQL).
        TestServer fresh({}, false);
        QString failure;
        QVERIFY2(startAtOnce(fresh.database(), &failure), qPrintable(failure));
        QString error;
        const auto users = fresh.execSql(
            QStringLiteral("SELECT COUNT(*) FROM users WHERE username IN ('demo', 'alice')"), {},
            &error);
        QVERIFY2(users, qPrintable(error));
        QCOMPARE(users->toInt(), 2);
        const auto teams = fresh.execSql(
            QStringLiteral("SELECT COUNT(*) FROM teams WHERE name IN ('platform', 'data')"), {},
            &error);
        QVERIFY2(teams, qPrintable(error));
        QCOMPARE(teams->toInt(), 2);
        const auto teamRows =
            fresh.execSql(QStringLiteral("SELECT COUNT(*) FROM teams"), {}, &error);
        QVERIFY2(teamRows, qPrintable(error));
        QCOMPARE(teamRows->toInt(), 2);
        const auto memberships =
            fresh.execSql(QStringLiteral("SELECT COUNT(*) FROM memberships"), {}, &error);
        QVERIFY2(memberships, qPrintable(error));
        QCOMPARE(memberships->toInt(), 3);
    }
}

QTEST_GUILESS_MAIN(DemoSeedTest)
#include "tst_demoseed.moc"
