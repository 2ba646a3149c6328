// A database that cannot answer gives 503 `unavailable` (never 500, never a hang, never a crash),
// and the same server process serves again once the database is back. On PostgreSQL
// (tests/server/with-postgres.sh) the cluster is stopped and started under the running server.
// On both, another connection holding the write lock past the server's lock wait gives 503 too.
#include "HttpTestClient.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

namespace {
QDateTime tomorrow()
{
    return QDateTime::currentDateTimeUtc().addDays(1);
}

// `with-postgres.sh`'s control script: "stop" or "start"; its output when it fails.
QString controlCluster(const QString &command)
{
    QProcess control;
    control.setProcessChannelMode(QProcess::MergedChannels);
    control.start(qEnvironmentVariable("TOKENDESK_TEST_PG_CONTROL"), {command});
    if (!control.waitForFinished(60000)) {
        control.kill();
        return QStringLiteral("pg control %1 did not finish").arg(command);
    }
    if (control.exitStatus() != QProcess::NormalExit || control.exitCode() != 0)
        return QStringLiteral("pg control %1 failed: %2")
            .arg(command, QString::fromUtf8(control.readAll()));
    return {};
}
} // namespace

class TestDatabaseOutage : public QObject
{
    Q_OBJECT

private slots:
    void lostPostgresGives503AndServerReconnects();
    void heldWriteLockGives503();
};

void TestDatabaseOutage::lostPostgresGives503AndServerReconnects()
{
    if (!TestServer::onPostgres())
        QSKIP("SQLite is a file in the server's process; it cannot go away under it "
              "(tst_databaseoutage_postgres runs this against PostgreSQL)");
    QVERIFY2(!qEnvironmentVariableIsEmpty("TOKENDESK_TEST_PG_CONTROL"),
             "run through tests/server/with-postgres.sh");
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const qint64 pid = server.processId();
    HttpTestClient client(server.baseUrl());
    const QByteArray session = client.login(QStringLiteral("demo"), QStringLiteral("demo"));
    QVERIFY(!session.isEmpty());
    const HttpResult before = client.createToken(session, QStringLiteral("before the outage"),
                                                 {QStringLiteral("read")}, tomorrow());
    HTTP_EXPECT_STATUS(before, 201);

    QString failure = controlCluster(QStringLiteral("stop"));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // Every kind of request that needs the database: reads, writes, API-token and sign-in.
    for (int round = 0; round < 3; ++round) {
        HTTP_EXPECT_ERROR(client.get(QStringLiteral("/api/v1/me"), session), 503, "unavailable",
                          "");
        HTTP_EXPECT_ERROR(client.createToken(session, QStringLiteral("during the outage"),
                                             {QStringLiteral("read")}, tomorrow()),
                          503, "unavailable", "");
        HTTP_EXPECT_ERROR(client.get(QStringLiteral("/api/v1/token"), secretOf(before)), 503,
                          "unavailable", "");
        HTTP_EXPECT_ERROR(client.json("POST", QStringLiteral("/api/v1/session"),
                                      {{QStringLiteral("username"), "demo"},
                                       {QStringLiteral("password"), "demo"}}),
                          503, "unavailable", "");
        // What needs no database still answers.
        HTTP_EXPECT_STATUS(client.get(QStringLiteral("/healthz")), 200);
    }
    QVERIFY(server.isRunning());
    QCOMPARE(server.processId(), pid);

    failure = controlCluster(QStringLiteral("start"));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // The same process, without a restart: the session and the token from before still work,
    // and writes land again.
    HTTP_EXPECT_STATUS(client.get(QStringLiteral("/api/v1/me"), session), 200);
    HTTP_EXPECT_STATUS(client.get(QStringLiteral("/api/v1/token"), secretOf(before)), 200);
    HTTP_EXPECT_STATUS(client.createToken(session, QStringLiteral("after the outage"),
                                          {QStringLiteral("read")}, tomorrow()),
                       201);
    const HttpResult listing = client.get(QStringLiteral("/api/v1/me/tokens"), session);
    HTTP_EXPECT_STATUS(listing, 200);
    QStringList names;
    for (const QJsonValue &token : listing.json.value(QLatin1String("tokens")).toArray())
        names << token[QLatin1String("name")].toString();
    QCOMPARE(names, (QStringList{QStringLiteral("before the outage"),
                                 QStringLiteral("after the outage")}));
    QVERIFY(!client.login(QStringLiteral("demo"), QStringLiteral("demo")).isEmpty());
    QCOMPARE(server.processId(), pid);
    QVERIFY2(!server.output().contains(" 500 "), server.output().constData());
    QVERIFY2(server.output().contains("reconnected to the database"), server.output().constData());
}

void TestDatabaseOutage::heldWriteLockGives503()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpTestClient client(server.baseUrl());
    const QByteArray session = client.login(QStringLiteral("demo"), QStringLiteral("demo"));
    QVERIFY(!session.isEmpty());

    bool locked = false;
    QString error;
    {
        // Another connection of the test's own takes the write lock and keeps it: SQLite's
        // database-wide one, or on PostgreSQL a table lock that lets reads through.
        QSqlDatabase db;
        QStringList lock;
        if (TestServer::onPostgres()) {
            const QUrl url(server.database());
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("lock"));
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
            lock = {QStringLiteral("BEGIN"), QStringLiteral("LOCK TABLE tokens IN EXCLUSIVE MODE")};
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
            db.setDatabaseName(server.databasePath());
            lock = {QStringLiteral("BEGIN IMMEDIATE")};
        }
        if (db.open()) {
            locked = true;
            for (const QString &sql : std::as_const(lock)) {
                QSqlQuery query(db);
                locked = locked && query.exec(sql);
                error += query.lastError().text();
            }
        } else {
            error = db.lastError().text();
        }
        QVERIFY2(locked, qPrintable(error));
        // The server waits out its busy timeout (SQLite 5 s) or lock_timeout (PostgreSQL 10 s)
        // for the lock, then gives up: 503, not 500, and not a hang.
        HTTP_EXPECT_ERROR(client.createToken(session, QStringLiteral("while locked"),
                                             {QStringLiteral("read")}, tomorrow()),
                          503, "unavailable", "");
        // Reads do not need the write lock.
        HTTP_EXPECT_STATUS(client.get(QStringLiteral("/api/v1/me/tokens"), session), 200);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lock"));
    HTTP_EXPECT_STATUS(client.createToken(session, QStringLiteral("while locked"),
                                          {QStringLiteral("read")}, tomorrow()),
                       201);
    QVERIFY(server.isRunning());
    QVERIFY2(!server.output().contains(" 500 "), server.output().constData());
}

QTEST_GUILESS_MAIN(TestDatabaseOutage)
#include "tst_databaseoutage.moc"
