#include "HttpTestClient.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTest>

// The admin seed for benchmarks (--seed-tokens USER COUNT): fast, exact, and refusing bad input.
class TestSeedTokens : public QObject
{
    Q_OBJECT
private slots:
    void seedsExactlyCountListableTokens();
    void refusesBadInput_data();
    void refusesBadInput();

private:
    // Runs the server binary as an admin command on db; its exit code and output.
    static std::pair<int, QByteArray> admin(const QString &db, const QStringList &args);
};

std::pair<int, QByteArray> TestSeedTokens::admin(const QString &db, const QStringList &args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(TestServer::serverExecutable(), QStringList{"--database", db} + args);
    if (!process.waitForFinished(120000))
        return {-1, "timed out"};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAll()};
}

void TestSeedTokens::seedsExactlyCountListableTokens()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    server.stop();
    // More than one batch (5 000 per transaction), twice: the second run's names do not collide.
    for (int run = 0; run < 2; ++run) {
        const auto [code, output] =
            admin(server.databasePath(), {"--seed-tokens", "alice", "5001"});
        QCOMPARE(code, 0);
        QVERIFY2(output.contains("seeded 5001 tokens for alice"), output.constData());
    }
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpTestClient http(server.baseUrl());
    const QByteArray session = http.login("alice", "alice");
    QVERIFY(!session.isEmpty());
    QSet<QString> names;
    int listed = 0;
    QString pageToken;
    do {
        const HttpResult page =
            http.get(QStringLiteral("/api/v1/me/tokens?page_size=1000") +
                         (pageToken.isEmpty() ? QString() : "&page_token=" + pageToken),
                     session);
        QCOMPARE(page.status, 200);
        const QJsonArray tokens = page.json.value("tokens").toArray();
        for (const auto &t : tokens) {
            const QJsonObject token = t.toObject();
            QVERIFY(token.value("name").toString().startsWith("seed-"));
            QCOMPARE(token.value("status").toString(), QStringLiteral("active"));
            names.insert(token.value("name").toString());
            ++listed;
        }
        pageToken = page.json.value("next_page_token").toString();
    } while (!pageToken.isEmpty());
    QCOMPARE(listed, 10002);
    QCOMPARE(names.size(), 10002);
}

void TestSeedTokens::refusesBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no such user") << QStringList{"--seed-tokens", "nobody", "5"}
                                  << QByteArray("no user named nobody");
    QTest::newRow("no count") << QStringList{"--seed-tokens", "alice"}
                              << QByteArray("usage: --seed-tokens USER COUNT");
    QTest::newRow("zero") << QStringList{"--seed-tokens", "alice", "0"}
                          << QByteArray("usage: --seed-tokens USER COUNT");
    QTest::newRow("not a number") << QStringList{"--seed-tokens", "alice", "many"}
                                  << QByteArray("usage: --seed-tokens USER COUNT");
}

void TestSeedTokens::refusesBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    server.stop();
    const auto [code, output] = admin(server.databasePath(), args);
    QVERIFY2(code != 0 && code != -1, output.constData());
    QVERIFY2(output.contains(message), output.constData());
}

QTEST_GUILESS_MAIN(TestSeedTokens)
#include "tst_seedtokens.moc"
