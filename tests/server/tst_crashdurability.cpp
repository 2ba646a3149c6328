// Crash durability (issue 11 item 7, issue 12 item 4): a create loop against a server that is
// SIGKILLed at random moments, 20 times. After each kill the database passes SQLite's integrity
// check, and after each restart every token acknowledged with 201 authenticates and is listed
// exactly once.
#include "HttpTestClient.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>
#include <QtTest>

#include <csignal>

namespace {
QString integrityOf(const QString &path)
{
    QString result;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(path);
        if (!db.open())
            return QStringLiteral("cannot open: ") + path;
        QSqlQuery query(db);
        result = query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next()
                     ? query.value(0).toString()
                     : QStringLiteral("query failed");
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    return result;
}

// Every token id in the caller's listing, all pages, in order (duplicates kept).
QStringList listedIds(HttpTestClient &client, const QByteArray &session, QString *failure)
{
    QStringList ids;
    QString pageToken;
    do {
        QString path = QStringLiteral("/api/v1/me/tokens?page_size=1000");
        if (!pageToken.isEmpty())
            path += QStringLiteral("&page_token=") + pageToken;
        const HttpResult r = client.get(path, session);
        if (r.status != 200) {
            *failure = r.describe();
            return ids;
        }
        for (const QJsonValue &token : r.json.value(QLatin1String("tokens")).toArray())
            ids << token[QLatin1String("id")].toString();
        pageToken = r.json.value(QLatin1String("next_page_token")).toString();
    } while (!pageToken.isEmpty());
    return ids;
}
} // namespace

class TestCrashDurability : public QObject
{
    Q_OBJECT

private slots:
    void acknowledgedTokensSurviveSigkill();
};

void TestCrashDurability::acknowledgedTokensSurviveSigkill()
{
    constexpr int Rounds = 20;
    TestServer server({QStringLiteral("--password-iterations"), QStringLiteral("1000")});
    HttpTestClient client;
    QHash<QString, QByteArray> acknowledged; // token id → secret
    int attempts = 0;

    for (int round = 0; round < Rounds; ++round) {
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        client.setBaseUrl(server.baseUrl());
        const QByteArray session = client.login(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(!session.isEmpty());

        // Everything acknowledged before earlier kills is there, once.
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
            const HttpResult r = client.get(QStringLiteral("/api/v1/token"), it.value());
            QVERIFY2(r.status == 200, qPrintable(QStringLiteral("round %1, token %2: %3")
                                                     .arg(round)
                                                     .arg(it.key(), r.describe())));
        }
        QString failure;
        const QStringList ids = listedIds(client, session, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it)
            QVERIFY2(ids.contains(it.key()), qPrintable(it.key()));

        // Create until the kill lands, at a random moment 10–150 ms into the loop.
        const qint64 pid = server.processId();
        bool killed = false;
        QTimer::singleShot(QRandomGenerator::global()->bounded(10, 150), [pid, &killed] {
            ::kill(static_cast<pid_t>(pid), SIGKILL);
            killed = true;
        });
        while (!killed) {
            const HttpResult r = client.createToken(
                session, QStringLiteral("crash %1").arg(++attempts), {QStringLiteral("read")},
                QDateTime::currentDateTimeUtc().addDays(1));
            if (r.status == 201)
                acknowledged.insert(tokenIdOf(r), secretOf(r));
            else if (!killed)
                QFAIL(qPrintable(r.describe()));
        }
        server.stop();
        QCOMPARE(integrityOf(server.databasePath()), QStringLiteral("ok"));
    }
    qInfo("%lld tokens acknowledged over %d kills (%d attempts)",
          static_cast<long long>(acknowledged.size()), Rounds, attempts);
    QVERIFY(acknowledged.size() >= Rounds);

    // And once more after the last kill.
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    client.setBaseUrl(server.baseUrl());
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it)
        HTTP_EXPECT_STATUS(client.get(QStringLiteral("/api/v1/token"), it.value()), 200);
}

QTEST_GUILESS_MAIN(TestCrashDurability)
#include "tst_crashdurability.moc"
