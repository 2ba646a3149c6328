// Contract of docs/API.md and DESIGN.md §2 beyond single requests: what the server keeps on disk
// (only digests of secrets), that it survives a restart, and its command-line admin commands.
// On PostgreSQL "on disk" is every row of every table, read through the test's own connection.
#include "HttpTestClient.h"
#include "TestServer.h"
#include "TokenFormat.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QtTest>

#include <memory>
#include <vector>

namespace {
QDateTime tomorrow()
{
    return QDateTime::currentDateTimeUtc().addDays(1);
}

// "name:role" of each team in GET /api/v1/me/teams, in the order listed.
QStringList teamsOf(HttpTestClient &client, const QByteArray &session)
{
    QStringList teams;
    const HttpResult r = client.get(QStringLiteral("/api/v1/me/teams"), session);
    if (r.status != 200)
        qWarning().noquote() << r.describe();
    for (const QJsonValue &team : r.json.value(QLatin1String("teams")).toArray())
        teams << team[QLatin1String("name")].toString() + ':' +
                     team[QLatin1String("role")].toString();
    return teams;
}

QJsonObject meOf(HttpTestClient &client, const QByteArray &session)
{
    return client.get(QStringLiteral("/api/v1/me"), session).json;
}
} // namespace

class TestServerContractStorage : public QObject
{
    Q_OBJECT

private slots:
    void secretsAreNeitherStoredNorLogged();
    void demoSeedingIsIdempotentAndDataPersists();
    void adminCommandsCreateUsersAndTeams();
    void adminCommandFailsWithoutPasswordFile();
    void serversStartingAtOnceMigrateOnce();

private:
    // Runs an admin command against the database; its exit code (-1: crashed or hung).
    static int runAdmin(const QString &database, const QStringList &args, QByteArray *output);
    // Fails the test unless each needle is (expected) or none is (!expected) in what the
    // server's database holds (TestServer::storedBytes).
    static void verifyOnDisk(const TestServer &server, const QList<QByteArray> &needles,
                             bool expected);
};

int TestServerContractStorage::runAdmin(const QString &database, const QStringList &args,
                                        QByteArray *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(TestServer::serverExecutable(),
                  QStringList{QStringLiteral("--database"), database} + args);
    const bool finished = process.waitForFinished(30000);
    if (!finished)
        process.kill();
    *output = process.readAll();
    if (!finished || process.exitStatus() != QProcess::NormalExit)
        return -1;
    return process.exitCode();
}

void TestServerContractStorage::verifyOnDisk(const TestServer &server,
                                             const QList<QByteArray> &needles, bool expected)
{
    QString error;
    const QByteArray bytes = server.storedBytes(&error);
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    QList<QByteArray> found;
    for (const QByteArray &needle : needles) {
        if (bytes.contains(needle))
            found << needle;
    }
    for (const QByteArray &needle : needles) {
        QVERIFY2(found.contains(needle) == expected,
                 qPrintable(QStringLiteral("the database files %1 \"%2\"")
                                .arg(expected ? QStringLiteral("lack") : QStringLiteral("hold"),
                                     QString::fromUtf8(needle))));
    }
}

void TestServerContractStorage::secretsAreNeitherStoredNorLogged()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpTestClient client(server.baseUrl());
    const QByteArray demo = client.login(QStringLiteral("demo"), QStringLiteral("demo"));
    const QByteArray alice = client.login(QStringLiteral("alice"), QStringLiteral("alice"));
    const QByteArray loggedOut = client.login(QStringLiteral("demo"), QStringLiteral("demo"));
    QVERIFY(!demo.isEmpty() && !alice.isEmpty() && !loggedOut.isEmpty());
    HTTP_EXPECT_STATUS(client.request("DELETE", QStringLiteral("/api/v1/session"), {}, loggedOut),
                       204);
    QList<QByteArray> secrets{demo, alice, loggedOut};

    const QString platform = client.teamId(demo, QStringLiteral("platform"));
    QVERIFY(!platform.isEmpty());
    QString rotatedId;
    for (int i = 0; i < 4; ++i) {
        const HttpResult r =
            client.createToken(i % 2 ? alice : demo, QStringLiteral("disk %1").arg(i),
                               {QStringLiteral("read")}, tomorrow(), i == 3 ? platform : QString());
        HTTP_EXPECT_STATUS(r, 201);
        secrets << secretOf(r);
        rotatedId = tokenIdOf(r);
        HTTP_EXPECT_STATUS(client.get(QStringLiteral("/api/v1/token"), secrets.last()), 200);
    }
    const HttpResult rotated = client.request(
        "POST", QStringLiteral("/api/v1/teams/%1/tokens/%2/rotate").arg(platform, rotatedId), {},
        alice);
    HTTP_EXPECT_STATUS(rotated, 201);
    secrets << secretOf(rotated);

    QList<QByteArray> needles;
    for (const QByteArray &secret : secrets) {
        QCOMPARE(secret.size(), TokenFormat::TotalLength);
        needles << secret << secret.mid(TokenFormat::PrefixLength, TokenFormat::RandomLength);
    }
    // The token names are there, in plain text: proof that the scan sees what was written.
    const QList<QByteArray> names{"disk 0", "disk 1", "disk 2", "disk 3"};
    for (const bool running : {true, false}) {
        if (!running)
            server.stop(); // the WAL is checkpointed into the main file
        verifyOnDisk(server, names, true);
        if (QTest::currentTestFailed())
            return;
        verifyOnDisk(server, needles, false);
        if (QTest::currentTestFailed())
            return;
    }
    for (const QByteArray &needle : needles)
        QVERIFY2(!server.output().contains(needle), "the server printed a secret");
    // Nor the database password (with-postgres.sh's cluster wants one).
    const QString databasePassword = QUrl(server.database()).password();
    if (!databasePassword.isEmpty())
        QVERIFY2(!server.output().contains(databasePassword.toUtf8()),
                 "the server printed the database password");
}

void TestServerContractStorage::demoSeedingIsIdempotentAndDataPersists()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpTestClient client(server.baseUrl());
    QByteArray demo = client.login(QStringLiteral("demo"), QStringLiteral("demo"));
    QByteArray alice = client.login(QStringLiteral("alice"), QStringLiteral("alice"));
    QVERIFY(!demo.isEmpty() && !alice.isEmpty());
    const QJsonObject demoBefore = meOf(client, demo);
    const QJsonObject aliceBefore = meOf(client, alice);
    const QStringList demoTeams = teamsOf(client, demo);
    const QStringList aliceTeams = teamsOf(client, alice);
    QCOMPARE(demoTeams, QStringList{QStringLiteral("platform:member")});
    QCOMPARE(aliceTeams,
             (QStringList{QStringLiteral("data:member"), QStringLiteral("platform:admin")}));
    const HttpResult created = client.createToken(demo, QStringLiteral("survives restart"),
                                                  {QStringLiteral("read")}, tomorrow());
    HTTP_EXPECT_STATUS(created, 201);

    // Same database, --demo again: nothing is seeded twice, nothing is lost.
    server.stop();
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    client.setBaseUrl(server.baseUrl());
    demo = client.login(QStringLiteral("demo"), QStringLiteral("demo"));
    alice = client.login(QStringLiteral("alice"), QStringLiteral("alice"));
    QVERIFY(!demo.isEmpty() && !alice.isEmpty());
    QCOMPARE(meOf(client, demo), demoBefore);
    QCOMPARE(meOf(client, alice), aliceBefore);
    QCOMPARE(teamsOf(client, demo), demoTeams);
    QCOMPARE(teamsOf(client, alice), aliceTeams);
    HTTP_EXPECT_STATUS(client.get(QStringLiteral("/api/v1/token"), secretOf(created)), 200);
    const HttpResult list = client.get(QStringLiteral("/api/v1/me/tokens"), demo);
    HTTP_EXPECT_STATUS(list, 200);
    QCOMPARE(list.json.value(QLatin1String("tokens")).toArray().size(), 1);
}

void TestServerContractStorage::adminCommandsCreateUsersAndTeams()
{
    TestServer server({}, /*demo=*/false);
    const QString bobPassword = QStringLiteral("bob-Passw0rd-7f3a9c");
    const QString carolPassword = QStringLiteral("carol-Passw0rd-e1d2b4");
    const auto writeFile = [&server](const QString &name, const QString &content) {
        QFile file(server.dataDir() + '/' + name);
        const bool ok = file.open(QIODevice::WriteOnly) && file.write(content.toUtf8()) > 0;
        return ok ? file.fileName() : QString();
    };
    const QString bobFile = writeFile(QStringLiteral("bob.pw"), bobPassword);
    const QString carolFile = writeFile(QStringLiteral("carol.pw"), carolPassword);
    QVERIFY(!bobFile.isEmpty() && !carolFile.isEmpty());

    const QList<QStringList> commands{
        {"--create-user", "bob", "--password-file", bobFile},
        {"--create-user", "carol", "--password-file", carolFile, "--plan", "paid", "--display-name",
         "Carol Example"},
        {"--add-member", "ops", "carol", "--role", "admin"},
        {"--add-member", "ops", "bob"},
    };
    for (const QStringList &command : commands) {
        QByteArray output;
        const int exitCode = runAdmin(server.database(), command, &output);
        QVERIFY2(exitCode == 0, qPrintable(QStringLiteral("%1 -> exit %2:\n%3")
                                               .arg(command.join(' '))
                                               .arg(exitCode)
                                               .arg(QString::fromUtf8(output))));
        QVERIFY2(!output.contains("listening"), output.constData()); // ran and exited, no server
    }

    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpTestClient client(server.baseUrl());
    const HttpResult bobLogin = client.json(
        "POST", QStringLiteral("/api/v1/session"),
        {{QStringLiteral("username"), "bob"}, {QStringLiteral("password"), bobPassword}});
    HTTP_EXPECT_STATUS(bobLogin, 201);
    const QByteArray bob = bobLogin.json.value(QLatin1String("session")).toString().toLatin1();
    QCOMPARE(bobLogin.json.value(QLatin1String("user"))[QLatin1String("username")].toString(),
             QStringLiteral("bob"));
    const QByteArray carol = client.login(QStringLiteral("carol"), carolPassword);
    QVERIFY(!carol.isEmpty());
    const QJsonObject carolMe = meOf(client, carol);
    QCOMPARE(carolMe.value(QLatin1String("plan")).toString(), QStringLiteral("paid"));
    QCOMPARE(carolMe.value(QLatin1String("display_name")).toString(),
             QStringLiteral("Carol Example"));
    QCOMPARE(teamsOf(client, bob), QStringList{QStringLiteral("ops:member")});
    QCOMPARE(teamsOf(client, carol), QStringList{QStringLiteral("ops:admin")});

    // Wrong password, and no demo accounts without --demo.
    const HttpResult wrong = client.json(
        "POST", QStringLiteral("/api/v1/session"),
        {{QStringLiteral("username"), "bob"}, {QStringLiteral("password"), carolPassword}});
    HTTP_EXPECT_ERROR(wrong, 401, "invalid_credentials", "");
    const HttpResult noDemo =
        client.json("POST", QStringLiteral("/api/v1/session"),
                    {{QStringLiteral("username"), "demo"}, {QStringLiteral("password"), "demo"}});
    HTTP_EXPECT_ERROR(noDemo, 401, "invalid_credentials", "");

    // Passwords are stored salted and hashed, never as given.
    verifyOnDisk(server, {"carol", "Carol Example"}, true);
    if (QTest::currentTestFailed())
        return;
    verifyOnDisk(server, {bobPassword.toUtf8(), carolPassword.toUtf8()}, false);
}

void TestServerContractStorage::adminCommandFailsWithoutPasswordFile()
{
    TestServer server({}, /*demo=*/false);
    QByteArray output;
    const int exitCode = runAdmin(server.database(),
                                  {QStringLiteral("--create-user"), QStringLiteral("dave"),
                                   QStringLiteral("--password-file"),
                                   server.dataDir() + QStringLiteral("/missing.pw")},
                                  &output);
    QVERIFY2(
        exitCode > 0,
        qPrintable(QStringLiteral("exit %1:\n%2").arg(exitCode).arg(QString::fromUtf8(output))));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpTestClient client(server.baseUrl());
    HTTP_EXPECT_ERROR(client.json("POST", QStringLiteral("/api/v1/session"),
                                  {{QStringLiteral("username"), "dave"},
                                   {QStringLiteral("password"), "anything"}}),
                      401, "invalid_credentials", "");
}

void TestServerContractStorage::serversStartingAtOnceMigrateOnce()
{
    // Several rounds, each on a fresh database, so that the starts overlap in some of them.
    constexpr int Rounds = 3;
    constexpr int Servers = 3;
    for (int round = 0; round < Rounds; ++round) {
        TestServer fresh({}, /*demo=*/false);
        QVERIFY2(!fresh.database().isEmpty(), "no database for the test");
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < Servers; ++i) {
            processes.push_back(std::make_unique<QProcess>());
            processes.back()->setProcessChannelMode(QProcess::MergedChannels);
            processes.back()->start(TestServer::serverExecutable(),
                                    {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                     QStringLiteral("--database"), fresh.database()});
        }
        for (const auto &process : processes) {
            QByteArray output;
            QDeadlineTimer deadline(30000);
            while (!output.contains("listening on") && !deadline.hasExpired() &&
                   process->state() != QProcess::NotRunning) {
                process->waitForReadyRead(100);
                output += process->readAll();
            }
            process->terminate();
            process->waitForFinished(10000);
            output += process->readAll();
            QVERIFY2(output.contains("listening on"), output.constData());
        }
        QString error;
        const auto versions =
            fresh.execSql(QStringLiteral("SELECT COUNT(*) FROM schema_version"), {}, &error);
        QVERIFY2(versions, qPrintable(error));
        const auto latest =
            fresh.execSql(QStringLiteral("SELECT MAX(version) FROM schema_version"), {}, &error);
        QVERIFY2(latest, qPrintable(error));
        QCOMPARE(versions->toInt(), latest->toInt()); // each version recorded once
        QVERIFY(latest->toInt() >= 2);
    }
}

QTEST_GUILESS_MAIN(TestServerContractStorage)
#include "tst_servercontract_storage.moc"
