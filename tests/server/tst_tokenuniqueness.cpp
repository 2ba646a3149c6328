// Uniqueness by the database (issue 11 item 8): concurrent creates of one token name, from two
// server processes on one database (SQLite file, or PostgreSQL as tst_tokenuniqueness_postgres),
// give exactly one 201 and otherwise 409 name_taken — never a duplicate, never a 500. Migration 2
// (the unique index) on existing duplicates, and its rollback when it fails, on both backends.
#include "HttpTestClient.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QtTest>

namespace {
QByteArray createBody(const QString &name)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("name"), name},
                           {QStringLiteral("scopes"), QJsonArray{QStringLiteral("read")}},
                           {QStringLiteral("expires_at"),
                            QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate)}})
        .toJson(QJsonDocument::Compact);
}

// Runs statements on the server's database with a connection of the test's own (the server is
// stopped); the first value of the last one. Stops at the first failure, its text in *error.
QVariant onDatabase(const TestServer &server, const QStringList &statements,
                    QString *error = nullptr)
{
    QVariant value;
    for (const QString &sql : statements) {
        QString failure;
        const std::optional<QVariant> result = server.execSql(sql, {}, &failure);
        if (!result) {
            if (error)
                *error += failure;
            break;
        }
        value = *result;
    }
    return value;
}

// Turns a current database back into schema version 1 (before the active-name index), undoing
// every later migration too (6: usage by address, 5: activity log, 4: rotation grace,
// 3: login_failures).
QStringList downgradeToVersion1()
{
    return {QStringLiteral("DROP TABLE token_addresses"),
            QStringLiteral("ALTER TABLE tokens DROP COLUMN last_used_address"),
            QStringLiteral("DROP TABLE events"),
            QStringLiteral("ALTER TABLE tokens DROP COLUMN expiry_logged"),
            QStringLiteral("DROP INDEX tokens_previous_digest"),
            QStringLiteral("ALTER TABLE tokens DROP COLUMN previous_valid_until"),
            QStringLiteral("ALTER TABLE tokens DROP COLUMN previous_digest"),
            QStringLiteral("DROP TABLE login_failures"),
            QStringLiteral("DROP INDEX tokens_active_name"),
            QStringLiteral("ALTER TABLE tokens DROP COLUMN name_key"),
            QStringLiteral("DELETE FROM schema_version WHERE version > 1")};
}

struct Outcome
{
    QList<int> statuses;
    QStringList codes;
};

// Sends one create per (server, session) at the same moment and waits for all answers.
Outcome createAtOnce(QNetworkAccessManager &manager, const QList<QUrl> &servers,
                     const QList<QByteArray> &sessions, const QString &name)
{
    QList<QNetworkReply *> replies;
    const QByteArray body = createBody(name);
    for (qsizetype i = 0; i < servers.size(); ++i) {
        QUrl url = servers[i];
        url.setPath(QStringLiteral("/api/v1/me/tokens"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + sessions[i]);
        request.setTransferTimeout(HttpTestClient::TimeoutMs);
        replies << manager.post(request, body);
    }
    Outcome outcome;
    for (QNetworkReply *reply : replies) {
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(HttpTestClient::TimeoutMs);
        }
        outcome.statuses << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        outcome.codes << QJsonDocument::fromJson(reply->readAll())
                             .object()
                             .value(QLatin1String("error"))
                             .toObject()
                             .value(QLatin1String("code"))
                             .toString();
        reply->deleteLater();
    }
    return outcome;
}
} // namespace

class TestTokenUniqueness : public QObject
{
    Q_OBJECT

private slots:
    void twoProcessesCreatingOneName();
    void migrationRenamesExistingDuplicates();
    void failedMigrationChangesNothing();
};

void TestTokenUniqueness::twoProcessesCreatingOneName()
{
    TestServer first;
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    TestServer second({QStringLiteral("--database"), first.database()});
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    HttpTestClient clientA(first.baseUrl());
    HttpTestClient clientB(second.baseUrl());
    // Two clients per server, so both processes also race with themselves.
    const QList<QUrl> servers{first.baseUrl(), second.baseUrl(), first.baseUrl(), second.baseUrl()};
    QList<QByteArray> sessions;
    for (int i = 0; i < servers.size(); ++i) {
        sessions << (i % 2 == 0 ? clientA : clientB)
                        .login(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(!sessions.last().isEmpty());
    }

    QNetworkAccessManager manager;
    constexpr int Names = 25;
    for (int n = 0; n < Names; ++n) {
        const QString name = QStringLiteral("shared name %1").arg(n);
        const Outcome outcome = createAtOnce(manager, servers, sessions, name);
        QCOMPARE(outcome.statuses.count(201), 1);
        QCOMPARE(outcome.statuses.count(409), servers.size() - 1);
        QCOMPARE(outcome.codes.count(QStringLiteral("name_taken")), servers.size() - 1);
    }
    // Both processes see one token per name.
    const HttpResult listing =
        clientB.get(QStringLiteral("/api/v1/me/tokens?page_size=1000"), sessions[1]);
    HTTP_EXPECT_STATUS(listing, 200);
    QStringList names;
    for (const QJsonValue &token : listing.json.value(QLatin1String("tokens")).toArray())
        names << token[QLatin1String("name")].toString();
    QCOMPARE(names.size(), Names);
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), Names);
}

void TestTokenUniqueness::migrationRenamesExistingDuplicates()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpTestClient client(server.baseUrl());
    const QByteArray session = client.login(QStringLiteral("demo"), QStringLiteral("demo"));
    const QDateTime tomorrow = QDateTime::currentDateTimeUtc().addDays(1);
    for (const QString &name :
         {QStringLiteral("dup"), QStringLiteral("old"), QStringLiteral("caf\u00e9")})
        HTTP_EXPECT_STATUS(client.createToken(session, name, {QStringLiteral("read")}, tomorrow),
                           201);
    server.stop();
    // Copies get ids ending in "-x": '-' never occurs in a generated id, so a generated id that
    // happens to end in the same letter cannot be mistaken for a copy.
    // What an unchecked database could hold: "dup" twice, "café" also as e + U+0301, and an
    // expired "old" next to an active one.
    QString error;
    const auto copyAs = [](const QString &from, const QString &name, const QString &suffix) {
        return QStringLiteral("INSERT INTO tokens (id, owner_type, owner_id, name, scopes, digest, "
                              "hint, created_at, created_by, expires_at, lifetime_seconds) SELECT "
                              "id || '%3', owner_type, owner_id, '%2', scopes, digest || '%3', "
                              "hint, created_at, created_by, expires_at, lifetime_seconds FROM "
                              "tokens WHERE seq = (SELECT MIN(seq) FROM tokens WHERE name = '%1')")
            .arg(from, name, suffix);
    };
    onDatabase(
        server,
        downgradeToVersion1() +
            QStringList{
                copyAs(QStringLiteral("dup"), QStringLiteral("dup"), QStringLiteral("-b")),
                copyAs(QStringLiteral("dup"), QStringLiteral("dup"), QStringLiteral("-c")),
                copyAs(QStringLiteral("dup"), QStringLiteral("cafe\u0301"), QStringLiteral("-d")),
                copyAs(QStringLiteral("old"), QStringLiteral("old"), QStringLiteral("-e")),
                QStringLiteral("UPDATE tokens SET expires_at = 1 WHERE name = 'old' AND "
                               "id NOT LIKE '%-e'")},
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QVERIFY2(server.start(), qPrintable(server.errorString()));
    client.setBaseUrl(server.baseUrl());
    const HttpResult listing = client.get(QStringLiteral("/api/v1/me/tokens"), session);
    HTTP_EXPECT_STATUS(listing, 200);
    QStringList names;
    for (const QJsonValue &token : listing.json.value(QLatin1String("tokens")).toArray())
        names << token[QLatin1String("name")].toString();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("caf\u00e9"), QStringLiteral("caf\u00e9 (2)"),
                                 QStringLiteral("dup"), QStringLiteral("dup (2)"),
                                 QStringLiteral("dup (3)"), QStringLiteral("old"),
                                 QStringLiteral("old")}));
    // The index holds from now on.
    HTTP_EXPECT_ERROR(
        client.createToken(session, QStringLiteral("dup"), {QStringLiteral("read")}, tomorrow), 409,
        "name_taken", "name");
    HTTP_EXPECT_ERROR(
        client.createToken(session, QStringLiteral("old"), {QStringLiteral("read")}, tomorrow), 409,
        "name_taken", "name");
}

void TestTokenUniqueness::failedMigrationChangesNothing()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    server.stop();
    // Something in the way of migration 2's last statement: its index name is taken.
    QString error;
    onDatabase(server,
               downgradeToVersion1() +
                   QStringList{QStringLiteral("CREATE TABLE tokens_active_name (x INTEGER)")},
               &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!server.start());
    QVERIFY2(server.output().contains("tokens_active_name"), server.output().constData());
    // All of migration 2 was rolled back: still version 1, no name_key column.
    QCOMPARE(
        onDatabase(server, {QStringLiteral("SELECT MAX(version) FROM schema_version")}).toInt(), 1);
    const QString nameKeyColumns =
        TestServer::onPostgres()
            ? QStringLiteral("SELECT COUNT(*) FROM information_schema.columns WHERE table_name = "
                             "'tokens' AND column_name = 'name_key'")
            : QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('tokens') WHERE name = "
                             "'name_key'");
    QCOMPARE(onDatabase(server, {nameKeyColumns}).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestTokenUniqueness)
#include "tst_tokenuniqueness.moc"
