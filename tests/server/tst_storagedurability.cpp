// Durable and private storage (issue 11 item 7): database folder and files private whatever the
// umask, WAL required, clean shutdown on SIGTERM/SIGINT, schema versions checked.
#include "HttpTestClient.h"
#include "TestServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/stat.h>

namespace {
// The mode bits (e.g. 0600) of a file or folder; -1 when it does not exist.
int modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

QString octal(int mode)
{
    return QStringLiteral("0%1").arg(mode, 0, 8);
}

// Runs one query on the database file with Qt's own SQLite driver; its first value.
QVariant queryFile(const QString &path, const QString &sql)
{
    QVariant value;
    const QString name = QStringLiteral("check-%1").arg(quintptr(&value));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QByteArray createToken(HttpTestClient &client, const QByteArray &session, const QString &name)
{
    const HttpResult r = client.createToken(session, name, {QStringLiteral("read")},
                                            QDateTime::currentDateTimeUtc().addDays(1));
    return r.status == 201 ? secretOf(r) : QByteArray();
}
} // namespace

class TestStorageDurability : public QObject
{
    Q_OBJECT

private slots:
    void filesArePrivateWhateverTheUmask_data();
    void filesArePrivateWhateverTheUmask();
    void existingFilesAreMadePrivate();
    void walModeIsRequired();
    void signalShutsDownCleanly_data();
    void signalShutsDownCleanly();
    void newerSchemaIsRefused();
};

void TestStorageDurability::filesArePrivateWhateverTheUmask_data()
{
    QTest::addColumn<int>("umask");
    QTest::newRow("permissive 000") << 0;
    QTest::newRow("usual 022") << 022;
    QTest::newRow("restrictive 277") << 0277;
}

void TestStorageDurability::filesArePrivateWhateverTheUmask()
{
    QFETCH(int, umask);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("data/tokendesk"));
    const QString database = folder + QStringLiteral("/tokendesk.sqlite");
    // The server inherits the umask of the process that starts it.
    const mode_t previous = ::umask(static_cast<mode_t>(umask));
    TestServer server({QStringLiteral("--database"), database});
    const bool started = server.start();
    ::umask(previous);
    QVERIFY2(started, qPrintable(server.errorString()));
    HttpTestClient client(server.baseUrl());
    const QByteArray session = client.login(QStringLiteral("demo"), QStringLiteral("demo"));
    QVERIFY(!session.isEmpty());
    QVERIFY(!createToken(client, session, QStringLiteral("private")).isEmpty());

    for (const QString &created : {dir.filePath(QStringLiteral("data")), folder})
        QVERIFY2(modeOf(created) == 0700,
                 qPrintable(created + QLatin1Char(' ') + octal(modeOf(created))));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString file = database + suffix;
        QVERIFY2(modeOf(file) == 0600, qPrintable(file + QLatin1Char(' ') + octal(modeOf(file))));
    }
}

void TestStorageDurability::existingFilesAreMadePrivate()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    server.stop();
    QVERIFY(QFile::setPermissions(server.databasePath(), QFile::ReadOwner | QFile::WriteOwner |
                                                             QFile::ReadGroup | QFile::ReadOther));
    QCOMPARE(modeOf(server.databasePath()), 0644);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QCOMPARE(octal(modeOf(server.databasePath())), octal(0600));
}

void TestStorageDurability::walModeIsRequired()
{
    // An in-memory database cannot use WAL; the server must refuse it rather than run without.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(TestServer::serverExecutable(),
                  {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                   QStringLiteral("--database"), QStringLiteral(":memory:")});
    const bool finished = process.waitForFinished(10000);
    if (!finished)
        process.kill();
    const QByteArray output = process.readAll();
    QVERIFY2(finished, output.constData());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() != 0, output.constData());
    QVERIFY2(output.contains("WAL"), output.constData());
    QVERIFY2(!output.contains("listening on"), output.constData());

    // A normal database file is in WAL mode (the mode is stored in the file).
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    server.stop();
    QCOMPARE(queryFile(server.databasePath(), QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
}

void TestStorageDurability::signalShutsDownCleanly_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestStorageDurability::signalShutsDownCleanly()
{
    QFETCH(int, signalNumber);
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpTestClient client(server.baseUrl());
    const QByteArray session = client.login(QStringLiteral("demo"), QStringLiteral("demo"));
    QVERIFY(!session.isEmpty());
    const QByteArray secret = createToken(client, session, QStringLiteral("before shutdown"));
    QVERIFY(!secret.isEmpty());
    const QString wal = server.databasePath() + QStringLiteral("-wal");
    QVERIFY2(QFileInfo(wal).size() > 0, "the write should be in the WAL while running");

    QElapsedTimer timer;
    timer.start();
    QVERIFY(::kill(static_cast<pid_t>(server.processId()), signalNumber) == 0);
    QVERIFY(QTest::qWaitFor([&server] { return !server.isRunning(); }, 5000));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(server.output().contains("shutting down"), server.output().constData());
    // Checkpointed: everything is in the database file, the WAL is gone or empty.
    QVERIFY2(!QFileInfo::exists(wal) || QFileInfo(wal).size() == 0,
             qPrintable(QStringLiteral("WAL still holds %1 bytes").arg(QFileInfo(wal).size())));
    QCOMPARE(queryFile(server.databasePath(), QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));

    QVERIFY2(server.start(), qPrintable(server.errorString()));
    client.setBaseUrl(server.baseUrl());
    HTTP_EXPECT_STATUS(client.get(QStringLiteral("/api/v1/token"), secret), 200);
}

void TestStorageDurability::newerSchemaIsRefused()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    server.stop();
    const int known =
        queryFile(server.databasePath(), QStringLiteral("SELECT MAX(version) FROM schema_version"))
            .toInt();
    QVERIFY(known >= 1);
    const int newer = known + 5;
    queryFile(server.databasePath(),
              QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(newer));
    QVERIFY(!server.start());
    const QString output = QString::fromUtf8(server.output());
    QVERIFY2(output.contains(QStringLiteral("schema version %1").arg(newer)), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("up to %1").arg(known)), qPrintable(output));
    // Refused without touching it: the newer version is still recorded.
    QCOMPARE(
        queryFile(server.databasePath(), QStringLiteral("SELECT MAX(version) FROM schema_version"))
            .toInt(),
        newer);
}

QTEST_GUILESS_MAIN(TestStorageDurability)
#include "tst_storagedurability.moc"
