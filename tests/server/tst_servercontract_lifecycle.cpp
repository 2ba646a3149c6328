// Contract of docs/API.md for the careful user and the team admin (issue 18): rotation with a
// grace for the old secret, bulk revoke, leak response (revoking a token with itself, identifying
// a pasted secret), the activity log and per-token usage by address. Two instances on one
// database (A and B), so that every rule is shown to live in the database, not in a process.
#include "HttpTestClient.h"
#include "InstancePair.h"
#include "Rfc3339.h"
#include "TestServer.h"
#include "Token.h"
#include "TokenFormat.h"

#include <QJsonArray>
#include <QSet>
#include <QtTest>

namespace {
const QString MyTokens = QStringLiteral("/api/v1/me/tokens");
const QString Introspect = QStringLiteral("/api/v1/token");
const QString Items = QStringLiteral("/api/v1/demo/items");

QDateTime inDays(int days)
{
    return Rfc3339::wholeSeconds(QDateTime::currentDateTimeUtc()).addDays(days);
}

// Runs one UPDATE on the shared database; true when exactly one row changed.
bool updateOne(const TestServer &server, const QString &sql, const QVariantList &values)
{
    int changed = 0;
    QString error;
    server.execSql(sql, values, &error, &changed);
    if (!error.isEmpty())
        qWarning().noquote() << error;
    return changed == 1;
}

QString tokenPath(const QString &id, const QString &tail = {})
{
    return MyTokens + QLatin1Char('/') + id + tail;
}
} // namespace

class TestServerContractLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // Rotation without downtime
    void rotationWithGraceKeepsTheOldSecretWorking();
    void graceEndsOnTimeAndOnTheNextRotation();
    void graceHoldsOnEveryInstance();
    void graceOutOfRangeIsRefused_data();
    void graceOutOfRangeIsRefused();

    // Bulk revoke
    void bulkRevokeByIds();
    void bulkRevokeIsAllOrNothingOnPermission();
    void bulkRevokeUnusedSince();
    void bulkRevokeRefusesBadBodies_data();
    void bulkRevokeRefusesBadBodies();

    // Leak response
    void aTokenRevokesItself();
    void identifyFindsOwnAndAdministeredTokensOnly();
    void identifyIsRateLimited();

    // Activity log
    void eventsTellTheLifeOfAToken();
    void sessionsAndExpiryAreLogged();
    void teamEventsAreForAdminsOnly();
    void eventsArePagedNewestFirst();
    void eventFiltersAreChecked_data();
    void eventFiltersAreChecked();

    // Usage by address
    void usageRecordsAddressesAndUserAgents();
    void aUseFromAnotherAddressIsRecordedAtOnce();
    void usageShowsTheLastTenAddresses();
    void usageFollowsTheTokensRules();

private:
    // The events of path (newest first), all pages.
    QList<QJsonObject> allEvents(const QString &path, const QByteArray &session);
    std::optional<Token> listed(const QByteArray &session, const QString &id,
                                const QString &base = MyTokens);

    InstancePair m_pair;
    HttpTestClient m_client;  // instance A
    HttpTestClient m_clientB; // instance B
    QByteArray m_demo;
    QByteArray m_alice;
};

void TestServerContractLifecycle::initTestCase()
{
    QVERIFY2(m_pair.start(), qPrintable(m_pair.errorString()));
    m_client.setBaseUrl(m_pair.a().baseUrl());
    m_clientB.setBaseUrl(m_pair.b().baseUrl());
    m_demo = m_client.login(QStringLiteral("demo"), QStringLiteral("demo"));
    m_alice = m_client.login(QStringLiteral("alice"), QStringLiteral("alice"));
    QVERIFY(!m_demo.isEmpty() && !m_alice.isEmpty());
}

std::optional<Token> TestServerContractLifecycle::listed(const QByteArray &session,
                                                         const QString &id, const QString &base)
{
    const HttpResult r = m_client.get(base + QStringLiteral("?page_size=1000"), session);
    if (r.status != 200)
        qWarning().noquote() << r.describe();
    for (const QJsonValue &value : r.json.value(QLatin1String("tokens")).toArray()) {
        if (value[QLatin1String("id")].toString() != id)
            continue;
        QString error;
        auto token = Token::fromJson(value.toObject(), &error);
        if (!token)
            qWarning().noquote() << error;
        return token;
    }
    return std::nullopt;
}

void TestServerContractLifecycle::rotationWithGraceKeepsTheOldSecretWorking()
{
    const HttpResult created =
        m_client.createToken(m_alice, QStringLiteral("grace"),
                             {QStringLiteral("read"), QStringLiteral("write")}, inDays(10));
    HTTP_EXPECT_STATUS(created, 201);
    const QString id = tokenIdOf(created);
    const QByteArray oldSecret = secretOf(created);
    QVERIFY(created.json[QLatin1String("token")][QLatin1String("previous_secret_valid_until")]
                .isNull());

    const QDateTime before = Rfc3339::wholeSeconds(QDateTime::currentDateTimeUtc());
    const QDateTime expires = inDays(20);
    const HttpResult rotated =
        m_client.json("POST", tokenPath(id, QStringLiteral("/rotate")),
                      {{QStringLiteral("grace_seconds"), 3600},
                       {QStringLiteral("expires_at"), Rfc3339::format(expires)}},
                      m_alice);
    HTTP_EXPECT_STATUS(rotated, 201);
    const QByteArray newSecret = secretOf(rotated);
    const QJsonObject token = rotated.json[QLatin1String("token")].toObject();
    QCOMPARE(token[QLatin1String("id")].toString(), id);
    QCOMPARE(token[QLatin1String("name")].toString(), QStringLiteral("grace"));
    QCOMPARE(token[QLatin1String("expires_at")].toString(), Rfc3339::format(expires));
    const QDateTime until =
        Rfc3339::parse(token[QLatin1String("previous_secret_valid_until")].toString());
    QVERIFY2(until >= before.addSecs(3600) &&
                 until <= QDateTime::currentDateTimeUtc().addSecs(3601),
             qPrintable(token[QLatin1String("previous_secret_valid_until")].toString()));

    // The old secret authenticates on every API-token path, and says it is the old one.
    const HttpResult oldIntrospect = m_client.get(Introspect, oldSecret);
    HTTP_EXPECT_STATUS(oldIntrospect, 200);
    QCOMPARE(oldIntrospect.json[QLatin1String("status")].toString(), QStringLiteral("rotating"));
    QCOMPARE(oldIntrospect.json[QLatin1String("id")].toString(), id);
    HTTP_EXPECT_STATUS(m_client.get(Items, oldSecret), 200);
    HTTP_EXPECT_STATUS(
        m_client.json("POST", Items, {{QStringLiteral("name"), QStringLiteral("x")}}, oldSecret),
        201);
    const HttpResult newIntrospect = m_client.get(Introspect, newSecret);
    HTTP_EXPECT_STATUS(newIntrospect, 200);
    QCOMPARE(newIntrospect.json[QLatin1String("status")].toString(), QStringLiteral("active"));

    const auto afterRotation = listed(m_alice, id);
    QVERIFY(afterRotation);
    QCOMPARE(afterRotation->previousSecretValidUntil, until);
    QCOMPARE(afterRotation->hint, TokenFormat::hint(newSecret));
}

void TestServerContractLifecycle::graceEndsOnTimeAndOnTheNextRotation()
{
    const HttpResult created = m_client.createToken(m_alice, QStringLiteral("grace ends"),
                                                    {QStringLiteral("read")}, inDays(10));
    HTTP_EXPECT_STATUS(created, 201);
    const QString id = tokenIdOf(created);
    const QByteArray first = secretOf(created);
    const HttpResult second = m_client.json("POST", tokenPath(id, QStringLiteral("/rotate")),
                                            {{QStringLiteral("grace_seconds"), 86400}}, m_alice);
    HTTP_EXPECT_STATUS(second, 201);
    HTTP_EXPECT_STATUS(m_client.get(Introspect, first), 200);

    // The grace ends: the old secret gets 401 and the token no longer shows a grace.
    QVERIFY(updateOne(m_pair.a(),
                      QStringLiteral("UPDATE tokens SET previous_valid_until = ? WHERE id = ?"),
                      {QDateTime::currentSecsSinceEpoch() - 1, id}));
    HTTP_EXPECT_ERROR(m_client.get(Introspect, first), 401, "unauthenticated", "");
    HTTP_EXPECT_STATUS(m_client.get(Introspect, secretOf(second)), 200);
    const auto ended = listed(m_alice, id);
    QVERIFY(ended);
    QVERIFY(!ended->previousSecretValidUntil.isValid());

    // A rotation without a grace ends any grace still running, at once.
    const HttpResult third = m_client.json("POST", tokenPath(id, QStringLiteral("/rotate")),
                                           {{QStringLiteral("grace_seconds"), 600}}, m_alice);
    HTTP_EXPECT_STATUS(third, 201);
    HTTP_EXPECT_STATUS(m_client.get(Introspect, secretOf(second)), 200);
    const HttpResult fourth =
        m_client.request("POST", tokenPath(id, QStringLiteral("/rotate")), {}, m_alice);
    HTTP_EXPECT_STATUS(fourth, 201);
    QVERIFY(
        fourth.json[QLatin1String("token")][QLatin1String("previous_secret_valid_until")].isNull());
    HTTP_EXPECT_ERROR(m_client.get(Introspect, secretOf(second)), 401, "unauthenticated", "");
    HTTP_EXPECT_ERROR(m_client.get(Introspect, secretOf(third)), 401, "unauthenticated", "");
    HTTP_EXPECT_STATUS(m_client.get(Introspect, secretOf(fourth)), 200);

    // Revoking the token ends the old secret too.
    const HttpResult fifth = m_client.json("POST", tokenPath(id, QStringLiteral("/rotate")),
                                           {{QStringLiteral("grace_seconds"), 600}}, m_alice);
    HTTP_EXPECT_STATUS(fifth, 201);
    HTTP_EXPECT_STATUS(m_client.request("DELETE", tokenPath(id), {}, m_alice), 204);
    HTTP_EXPECT_ERROR(m_client.get(Introspect, secretOf(fourth)), 401, "unauthenticated", "");
    HTTP_EXPECT_ERROR(m_client.get(Introspect, secretOf(fifth)), 401, "unauthenticated", "");
}

void TestServerContractLifecycle::graceHoldsOnEveryInstance()
{
    // Rotated on A; the old secret works on B, and a rotation on B without grace ends it on A.
    const QString team = m_client.teamId(m_alice, QStringLiteral("platform"));
    QVERIFY(!team.isEmpty());
    const QString base = QStringLiteral("/api/v1/teams/%1/tokens").arg(team);
    const HttpResult created = m_client.createToken(m_alice, QStringLiteral("grace everywhere"),
                                                    {QStringLiteral("read")}, inDays(5), team);
    HTTP_EXPECT_STATUS(created, 201);
    const QString id = tokenIdOf(created);
    const HttpResult rotated = m_client.json("POST", base + '/' + id + "/rotate",
                                             {{QStringLiteral("grace_seconds"), 120}}, m_alice);
    HTTP_EXPECT_STATUS(rotated, 201);
    const HttpResult onB = m_clientB.get(Introspect, secretOf(created));
    HTTP_EXPECT_STATUS(onB, 200);
    QCOMPARE(onB.json[QLatin1String("status")].toString(), QStringLiteral("rotating"));
    const auto shownOnB = [&] {
        const HttpResult r = m_clientB.get(base + QStringLiteral("?page_size=1000"), m_alice);
        for (const QJsonValue &t : r.json[QLatin1String("tokens")].toArray()) {
            if (t[QLatin1String("id")].toString() == id)
                return t[QLatin1String("previous_secret_valid_until")];
        }
        return QJsonValue(QJsonValue::Undefined);
    }();
    QVERIFY(shownOnB.isString());

    const HttpResult again = m_clientB.request("POST", base + '/' + id + "/rotate", {}, m_alice);
    HTTP_EXPECT_STATUS(again, 201);
    HTTP_EXPECT_ERROR(m_client.get(Introspect, secretOf(created)), 401, "unauthenticated", "");
    HTTP_EXPECT_ERROR(m_client.get(Introspect, secretOf(rotated)), 401, "unauthenticated", "");
    HTTP_EXPECT_STATUS(m_client.get(Introspect, secretOf(again)), 200);
}

void TestServerContractLifecycle::graceOutOfRangeIsRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("negative") << QByteArray(R"({"grace_seconds":-1})");
    QTest::newRow("over a day") << QByteArray(R"({"grace_seconds":86401})");
    QTest::newRow("fraction") << QByteArray(R"({"grace_seconds":1.5})");
    QTest::newRow("string") << QByteArray(R"({"grace_seconds":"60"})");
    QTest::newRow("huge") << QByteArray(R"({"grace_seconds":1e300})");
}

void TestServerContractLifecycle::graceOutOfRangeIsRefused()
{
    QFETCH(QByteArray, body);
    const HttpResult created = m_client.createToken(
        m_demo, QStringLiteral("bad grace %1").arg(QString::fromLatin1(QTest::currentDataTag())),
        {QStringLiteral("read")}, inDays(3));
    HTTP_EXPECT_STATUS(created, 201);
    const HttpResult r = m_client.request(
        "POST", tokenPath(tokenIdOf(created), QStringLiteral("/rotate")), body, m_demo);
    HTTP_EXPECT_ERROR(r, 400, "validation_failed", "grace_seconds");
    // Nothing changed: the secret still works.
    HTTP_EXPECT_STATUS(m_client.get(Introspect, secretOf(created)), 200);
}

void TestServerContractLifecycle::bulkRevokeByIds()
{
    QStringList ids;
    QList<QByteArray> secrets;
    for (int i = 0; i < 3; ++i) {
        const HttpResult created = m_client.createToken(m_demo, QStringLiteral("bulk %1").arg(i),
                                                        {QStringLiteral("read")}, inDays(3));
        HTTP_EXPECT_STATUS(created, 201);
        ids.append(tokenIdOf(created));
        secrets.append(secretOf(created));
    }
    // Duplicates collapse; the third token stays.
    const HttpResult r =
        m_client.json("POST", MyTokens + QStringLiteral("/revoke"),
                      {{QStringLiteral("ids"), QJsonArray{ids[0], ids[1], ids[0]}}}, m_demo);
    HTTP_EXPECT_STATUS(r, 200);
    QStringList revoked;
    for (const QJsonValue &id : r.json[QLatin1String("revoked")].toArray())
        revoked.append(id.toString());
    QCOMPARE(QSet<QString>(revoked.begin(), revoked.end()), (QSet<QString>{ids[0], ids[1]}));
    QCOMPARE(r.json[QLatin1String("more")].toBool(true), false);
    HTTP_EXPECT_ERROR(m_client.get(Introspect, secrets[0]), 401, "unauthenticated", "");
    HTTP_EXPECT_ERROR(m_clientB.get(Introspect, secrets[1]), 401, "unauthenticated", "");
    HTTP_EXPECT_STATUS(m_client.get(Introspect, secrets[2]), 200);
    QVERIFY(!listed(m_demo, ids[0]) && !listed(m_demo, ids[1]) && listed(m_demo, ids[2]));

    // Another user's token (or one already gone) is not found, and nothing is revoked.
    const HttpResult other = m_client.createToken(m_alice, QStringLiteral("not demo's"),
                                                  {QStringLiteral("read")}, inDays(3));
    HTTP_EXPECT_STATUS(other, 201);
    HTTP_EXPECT_ERROR(m_client.json("POST", MyTokens + QStringLiteral("/revoke"),
                                    {{QStringLiteral("ids"), QJsonArray{ids[2], tokenIdOf(other)}}},
                                    m_demo),
                      404, "not_found", "");
    HTTP_EXPECT_ERROR(m_client.json("POST", MyTokens + QStringLiteral("/revoke"),
                                    {{QStringLiteral("ids"), QJsonArray{ids[2], ids[0]}}}, m_demo),
                      404, "not_found", "");
    HTTP_EXPECT_STATUS(m_client.get(Introspect, secrets[2]), 200);
    HTTP_EXPECT_STATUS(m_client.get(Introspect, secretOf(other)), 200);
}

void TestServerContractLifecycle::bulkRevokeIsAllOrNothingOnPermission()
{
    // In platform, alice is an admin and demo a member: demo may revoke only what demo created.
    const QString team = m_client.teamId(m_alice, QStringLiteral("platform"));
    QVERIFY(!team.isEmpty());
    const QString revoke = QStringLiteral("/api/v1/teams/%1/tokens/revoke").arg(team);
    const HttpResult mine = m_client.createToken(m_demo, QStringLiteral("demo's team token"),
                                                 {QStringLiteral("read")}, inDays(3), team);
    const HttpResult hers = m_client.createToken(m_alice, QStringLiteral("alice's team token"),
                                                 {QStringLiteral("read")}, inDays(3), team);
    HTTP_EXPECT_STATUS(mine, 201);
    HTTP_EXPECT_STATUS(hers, 201);
    const QJsonObject both{{QStringLiteral("ids"), QJsonArray{tokenIdOf(mine), tokenIdOf(hers)}}};
    HTTP_EXPECT_ERROR(m_client.json("POST", revoke, both, m_demo), 403, "forbidden", "");
    HTTP_EXPECT_STATUS(m_client.get(Introspect, secretOf(mine)), 200);
    HTTP_EXPECT_STATUS(m_client.get(Introspect, secretOf(hers)), 200);
    // unused_since that takes in alice's token: refused as a whole too.
    const QJsonObject unused{{QStringLiteral("unused_since"),
                              Rfc3339::format(QDateTime::currentDateTimeUtc().addSecs(5))}};
    HTTP_EXPECT_ERROR(m_clientB.json("POST", revoke, unused, m_demo), 403, "forbidden", "");
    HTTP_EXPECT_STATUS(m_client.get(Introspect, secretOf(mine)), 200);

    const HttpResult byAdmin = m_clientB.json("POST", revoke, both, m_alice);
    HTTP_EXPECT_STATUS(byAdmin, 200);
    QCOMPARE(byAdmin.json[QLatin1String("revoked")].toArray().size(), 2);
    HTTP_EXPECT_ERROR(m_client.get(Introspect, secretOf(mine)), 401, "unauthenticated", "");
    HTTP_EXPECT_ERROR(m_client.get(Introspect, secretOf(hers)), 401, "unauthenticated", "");
    // Not a member of data's tokens: demo is not in team data.
    const QString data = m_client.teamId(m_alice, QStringLiteral("data"));
    HTTP_EXPECT_ERROR(m_client.json("POST",
                                    QStringLiteral("/api/v1/teams/%1/tokens/revoke").arg(data),
                                    both, m_demo),
                      403, "forbidden", "");
}

void TestServerContractLifecycle::bulkRevokeUnusedSince()
{
    // A fresh user, so that no other test's tokens are in the way.
    const QString user = InstancePair::uniqueName(QStringLiteral("bulk"));
    QVERIFY2(m_pair.createUser(user), qPrintable(m_pair.errorString()));
    const QByteArray session = m_client.login(user, user);
    QVERIFY(!session.isEmpty());
    QStringList ids;
    QList<QByteArray> secrets;
    for (const QString &name : {QStringLiteral("old unused"), QStringLiteral("used long ago"),
                                QStringLiteral("used lately"), QStringLiteral("new unused")}) {
        const HttpResult created =
            m_client.createToken(session, name, {QStringLiteral("read")}, inDays(3));
        HTTP_EXPECT_STATUS(created, 201);
        ids.append(tokenIdOf(created));
        secrets.append(secretOf(created));
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 monthAgo = now - 30 * 86400;
    // Created 100 days ago: never used / used 40 days ago / used lately; the fourth is new.
    for (int i = 0; i < 3; ++i)
        QVERIFY(updateOne(m_pair.a(),
                          QStringLiteral("UPDATE tokens SET created_at = ? WHERE id = ?"),
                          {now - 100 * 86400, ids[i]}));
    QVERIFY(updateOne(m_pair.a(), QStringLiteral("UPDATE tokens SET last_used_at = ? WHERE id = ?"),
                      {now - 40 * 86400, ids[1]}));
    HTTP_EXPECT_STATUS(m_client.get(Introspect, secrets[2]), 200);

    const HttpResult r =
        m_clientB.json("POST", MyTokens + QStringLiteral("/revoke"),
                       {{QStringLiteral("unused_since"),
                         Rfc3339::format(QDateTime::fromSecsSinceEpoch(monthAgo, Qt::UTC))}},
                       session);
    HTTP_EXPECT_STATUS(r, 200);
    QCOMPARE(r.json[QLatin1String("revoked")].toArray(), (QJsonArray{ids[0], ids[1]}));
    QCOMPARE(r.json[QLatin1String("more")].toBool(true), false);
    HTTP_EXPECT_ERROR(m_client.get(Introspect, secrets[0]), 401, "unauthenticated", "");
    HTTP_EXPECT_ERROR(m_client.get(Introspect, secrets[1]), 401, "unauthenticated", "");
    HTTP_EXPECT_STATUS(m_client.get(Introspect, secrets[2]), 200);
    HTTP_EXPECT_STATUS(m_client.get(Introspect, secrets[3]), 200);
}

void TestServerContractLifecycle::bulkRevokeRefusesBadBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QJsonArray tooMany;
    for (int i = 0; i < 101; ++i)
        tooMany.append(QStringLiteral("tok_%1").arg(i));
    QTest::newRow("neither") << QByteArray("{}") << "ids";
    QTest::newRow("both") << QByteArray(
                                 R"({"ids":["tok_a"],"unused_since":"2026-01-01T00:00:00Z"})")
                          << "unused_since";
    QTest::newRow("empty ids") << QByteArray(R"({"ids":[]})") << "ids";
    QTest::newRow("ids not strings") << QByteArray(R"({"ids":[1]})") << "ids";
    QTest::newRow("ids not array") << QByteArray(R"({"ids":"tok_a"})") << "ids";
    QTest::newRow("too many ids")
        << QJsonDocument(QJsonObject{{QStringLiteral("ids"), tooMany}}).toJson() << "ids";
    QTest::newRow("long id") << QByteArray(R"({"ids":[")" + QByteArray(201, 'a') + R"("]})")
                             << "ids";
    QTest::newRow("time without offset")
        << QByteArray(R"({"unused_since":"2026-01-01T00:00:00"})") << "unused_since";
    QTest::newRow("time not string") << QByteArray(R"({"unused_since":5})") << "unused_since";
}

void TestServerContractLifecycle::bulkRevokeRefusesBadBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const HttpResult r =
        m_client.request("POST", MyTokens + QStringLiteral("/revoke"), body, m_demo);
    HTTP_EXPECT_ERROR(r, 400, "validation_failed", field);
}

void TestServerContractLifecycle::aTokenRevokesItself()
{
    // demo is on the free plan: revoking needs no plan and no scope.
    const HttpResult created =
        m_client.createToken(m_demo, QStringLiteral("leaked"), {QStringLiteral("read")}, inDays(3));
    HTTP_EXPECT_STATUS(created, 201);
    const QByteArray secret = secretOf(created);
    const QString revoke = Introspect + QStringLiteral("/revoke");
    HTTP_EXPECT_ERROR(m_client.request("POST", revoke, {}, m_demo), 403, "forbidden", "");
    HTTP_EXPECT_ERROR(m_client.request("POST", revoke, {}, "tdk_nonsense"), 401, "unauthenticated",
                      "");
    const HttpResult r = m_clientB.request("POST", revoke, {}, secret);
    HTTP_EXPECT_STATUS(r, 204);
    HTTP_EXPECT_ERROR(m_client.get(Introspect, secret), 401, "unauthenticated", "");
    QVERIFY(!listed(m_demo, tokenIdOf(created)));
    HTTP_EXPECT_ERROR(m_client.request("POST", revoke, {}, secret), 401, "unauthenticated", "");

    // The secret before a rotation, in its grace, revokes the token too.
    const HttpResult other = m_client.createToken(m_demo, QStringLiteral("leaked old"),
                                                  {QStringLiteral("read")}, inDays(3));
    HTTP_EXPECT_STATUS(other, 201);
    const HttpResult rotated =
        m_client.json("POST", tokenPath(tokenIdOf(other), QStringLiteral("/rotate")),
                      {{QStringLiteral("grace_seconds"), 600}}, m_demo);
    HTTP_EXPECT_STATUS(rotated, 201);
    HTTP_EXPECT_STATUS(m_client.request("POST", revoke, {}, secretOf(other)), 204);
    HTTP_EXPECT_ERROR(m_client.get(Introspect, secretOf(rotated)), 401, "unauthenticated", "");
}

void TestServerContractLifecycle::identifyFindsOwnAndAdministeredTokensOnly()
{
    const QString identify = MyTokens + QStringLiteral("/identify");
    const QString platform = m_client.teamId(m_alice, QStringLiteral("platform"));
    const HttpResult mine = m_client.createToken(m_demo, QStringLiteral("identify me"),
                                                 {QStringLiteral("read")}, inDays(3));
    const HttpResult team = m_client.createToken(m_demo, QStringLiteral("identify team"),
                                                 {QStringLiteral("read")}, inDays(3), platform);
    HTTP_EXPECT_STATUS(mine, 201);
    HTTP_EXPECT_STATUS(team, 201);
    const auto ask = [&](HttpTestClient &client, const QByteArray &session,
                         const QByteArray &secret) {
        return client.json("POST", identify,
                           {{QStringLiteral("secret"), QString::fromLatin1(secret)}}, session);
    };

    const HttpResult own = ask(m_client, m_demo, secretOf(mine));
    HTTP_EXPECT_STATUS(own, 200);
    QCOMPARE(own.json[QLatin1String("id")].toString(), tokenIdOf(mine));
    QVERIFY(Token::fromJson(own.json));
    // alice administers platform: she may identify demo's team token, not demo's own one.
    const HttpResult admin = ask(m_clientB, m_alice, secretOf(team));
    HTTP_EXPECT_STATUS(admin, 200);
    QCOMPARE(admin.json[QLatin1String("id")].toString(), tokenIdOf(team));
    HTTP_EXPECT_ERROR(ask(m_client, m_alice, secretOf(mine)), 404, "not_found", "");
    // demo is only a member of platform.
    HTTP_EXPECT_ERROR(ask(m_client, m_demo, secretOf(team)), 404, "not_found", "");
    HTTP_EXPECT_ERROR(ask(m_client, m_demo, "not a token"), 404, "not_found", "");
    HTTP_EXPECT_ERROR(m_client.json("POST", identify, {{QStringLiteral("secret"), 5}}, m_demo), 400,
                      "validation_failed", "secret");
    HTTP_EXPECT_ERROR(m_client.json("POST", identify,
                                    {{QStringLiteral("secret"), QString(257, QLatin1Char('a'))}},
                                    m_demo),
                      400, "validation_failed", "secret");
    HTTP_EXPECT_ERROR(
        m_client.json("POST", identify,
                      {{QStringLiteral("secret"), QString::fromLatin1(secretOf(mine))}},
                      secretOf(mine)),
        403, "forbidden", "");
}

void TestServerContractLifecycle::identifyIsRateLimited()
{
    // A user of its own, so that the other tests' misses do not count.
    const QString user = InstancePair::uniqueName(QStringLiteral("guess"));
    QVERIFY2(m_pair.createUser(user), qPrintable(m_pair.errorString()));
    const QByteArray session = m_client.login(user, user);
    QVERIFY(!session.isEmpty());
    const QJsonObject guess{
        {QStringLiteral("secret"), QStringLiteral("tdk_000000000000000000000000000000000000AA")}};
    // Five misses within the minute, spread over both instances; then 429, even on the other.
    for (int i = 0; i < 5; ++i) {
        HttpTestClient &client = i % 2 == 0 ? m_client : m_clientB;
        HTTP_EXPECT_ERROR(
            client.json("POST", MyTokens + QStringLiteral("/identify"), guess, session), 404,
            "not_found", "");
    }
    const HttpResult limited =
        m_clientB.json("POST", MyTokens + QStringLiteral("/identify"), guess, session);
    HTTP_EXPECT_ERROR(limited, 429, "rate_limited", "");
    const int retryAfter = limited.header("Retry-After").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 60, limited.header("Retry-After").constData());
    // Sign-ins are counted apart: the user still signs in.
    QVERIFY(!m_client.login(user, user).isEmpty());
}

QList<QJsonObject> TestServerContractLifecycle::allEvents(const QString &path,
                                                          const QByteArray &session)
{
    QList<QJsonObject> events;
    QString page;
    for (int pages = 0; pages < 100; ++pages) {
        const QString sep =
            path.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?");
        const HttpResult r = m_client.get(
            page.isEmpty() ? path : path + sep + QStringLiteral("page_token=") + page, session);
        if (r.status != 200) {
            qWarning().noquote() << r.describe();
            return {};
        }
        for (const QJsonValue &e : r.json[QLatin1String("events")].toArray())
            events.append(e.toObject());
        if (!r.json[QLatin1String("next_page_token")].isString())
            break;
        page = r.json[QLatin1String("next_page_token")].toString();
    }
    return events;
}

void TestServerContractLifecycle::eventsTellTheLifeOfAToken()
{
    const HttpResult created =
        m_client.createToken(m_demo, QStringLiteral("logged"), {QStringLiteral("read")}, inDays(3));
    HTTP_EXPECT_STATUS(created, 201);
    const QString id = tokenIdOf(created);
    const HttpResult rotated =
        m_clientB.request("POST", tokenPath(id, QStringLiteral("/rotate")), {}, m_demo);
    HTTP_EXPECT_STATUS(rotated, 201);
    HTTP_EXPECT_STATUS(m_client.request("DELETE", tokenPath(id), {}, m_demo), 204);

    const QList<QJsonObject> events =
        allEvents(QStringLiteral("/api/v1/me/events?token_id=") + id, m_demo);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[0][QLatin1String("action")].toString(), QStringLiteral("token.revoked"));
    QCOMPARE(events[1][QLatin1String("action")].toString(), QStringLiteral("token.rotated"));
    QCOMPARE(events[2][QLatin1String("action")].toString(), QStringLiteral("token.created"));
    for (const QJsonObject &e : events) {
        QVERIFY(e[QLatin1String("id")].toString().startsWith(QLatin1String("evt_")));
        QVERIFY(isUtcSeconds(e[QLatin1String("at")]));
        QCOMPARE(e[QLatin1String("actor")][QLatin1String("type")].toString(),
                 QStringLiteral("user"));
        QCOMPARE(e[QLatin1String("actor")][QLatin1String("name")].toString(),
                 QStringLiteral("demo"));
        QCOMPARE(e[QLatin1String("owner")][QLatin1String("type")].toString(),
                 QStringLiteral("user"));
        QCOMPARE(e[QLatin1String("token")][QLatin1String("id")].toString(), id);
        QCOMPARE(e[QLatin1String("token")][QLatin1String("name")].toString(),
                 QStringLiteral("logged"));
        QVERIFY2(!e[QLatin1String("address")].toString().isEmpty(),
                 qPrintable(QJsonDocument(e).toJson()));
    }
    // Filter by action; the log never holds a secret.
    const QList<QJsonObject> revocations =
        allEvents(QStringLiteral("/api/v1/me/events?action=token.revoked&token_id=") + id, m_demo);
    QCOMPARE(revocations.size(), 1);
    QString error;
    const QByteArray stored = m_pair.a().storedBytes(&error);
    QVERIFY2(!stored.isEmpty(), qPrintable(error));
    QVERIFY(!stored.contains(secretOf(created)) && !stored.contains(secretOf(rotated)));

    // A token revoking itself is the actor.
    const HttpResult leaked = m_client.createToken(m_demo, QStringLiteral("logged leak"),
                                                   {QStringLiteral("read")}, inDays(3));
    HTTP_EXPECT_STATUS(
        m_client.request("POST", Introspect + QStringLiteral("/revoke"), {}, secretOf(leaked)),
        204);
    const QList<QJsonObject> self = allEvents(
        QStringLiteral("/api/v1/me/events?action=token.revoked&token_id=") + tokenIdOf(leaked),
        m_demo);
    QCOMPARE(self.size(), 1);
    QCOMPARE(self[0][QLatin1String("actor")].toObject(),
             (QJsonObject{{QStringLiteral("type"), QStringLiteral("token")},
                          {QStringLiteral("id"), tokenIdOf(leaked)},
                          {QStringLiteral("name"), QStringLiteral("logged leak")}}));
}

void TestServerContractLifecycle::sessionsAndExpiryAreLogged()
{
    const QString user = InstancePair::uniqueName(QStringLiteral("log"));
    QVERIFY2(m_pair.createUser(user), qPrintable(m_pair.errorString()));
    const QByteArray first = m_client.login(user, user);
    const QByteArray second = m_clientB.login(user, user);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    HTTP_EXPECT_STATUS(m_client.request("DELETE", QStringLiteral("/api/v1/session"), {}, second),
                       204);
    const HttpResult created = m_client.createToken(first, QStringLiteral("expiring"),
                                                    {QStringLiteral("read")}, inDays(3));
    HTTP_EXPECT_STATUS(created, 201);
    QVERIFY(updateOne(m_pair.a(), QStringLiteral("UPDATE tokens SET expires_at = ? WHERE id = ?"),
                      {QDateTime::currentSecsSinceEpoch() - 10, tokenIdOf(created)}));
    // Seen expired twice (on both instances): logged once.
    HTTP_EXPECT_ERROR(m_client.get(Introspect, secretOf(created)), 401, "unauthenticated", "");
    HTTP_EXPECT_ERROR(m_clientB.get(Introspect, secretOf(created)), 401, "unauthenticated", "");

    const QList<QJsonObject> events = allEvents(QStringLiteral("/api/v1/me/events"), first);
    QStringList actions;
    for (const QJsonObject &e : events)
        actions.append(e[QLatin1String("action")].toString());
    QCOMPARE(actions,
             (QStringList{QStringLiteral("token.expired"), QStringLiteral("token.created"),
                          QStringLiteral("session.revoked"), QStringLiteral("session.created"),
                          QStringLiteral("session.created")}));
    QVERIFY(events[2][QLatin1String("token")].isNull());
    QCOMPARE(events[2][QLatin1String("owner")][QLatin1String("name")].toString(), user);
    QCOMPARE(events[0][QLatin1String("actor")][QLatin1String("type")].toString(),
             QStringLiteral("token"));
    // Another user sees none of them.
    for (const QJsonObject &e : allEvents(QStringLiteral("/api/v1/me/events"), m_alice))
        QVERIFY(e[QLatin1String("owner")][QLatin1String("name")].toString() != user);
}

void TestServerContractLifecycle::teamEventsAreForAdminsOnly()
{
    const QString team = m_client.teamId(m_alice, QStringLiteral("platform"));
    const HttpResult created = m_client.createToken(m_demo, QStringLiteral("team logged"),
                                                    {QStringLiteral("read")}, inDays(3), team);
    HTTP_EXPECT_STATUS(created, 201);
    const QString path = QStringLiteral("/api/v1/teams/%1/events").arg(team);
    HTTP_EXPECT_ERROR(m_client.get(path, m_demo), 403, "forbidden", "");
    const QList<QJsonObject> events =
        allEvents(path + QStringLiteral("?token_id=") + tokenIdOf(created), m_alice);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0][QLatin1String("actor")][QLatin1String("name")].toString(),
             QStringLiteral("demo"));
    QCOMPARE(events[0][QLatin1String("owner")][QLatin1String("id")].toString(), team);
    // A team's events are not in the member's personal log.
    QVERIFY(allEvents(QStringLiteral("/api/v1/me/events?token_id=") + tokenIdOf(created), m_demo)
                .isEmpty());
    HTTP_EXPECT_ERROR(m_client.get(QStringLiteral("/api/v1/teams/team_nope/events"), m_alice), 404,
                      "not_found", "");
}

void TestServerContractLifecycle::eventsArePagedNewestFirst()
{
    const HttpResult created = m_client.createToken(m_alice, QStringLiteral("paged log"),
                                                    {QStringLiteral("read")}, inDays(3));
    HTTP_EXPECT_STATUS(created, 201);
    const QString id = tokenIdOf(created);
    for (int i = 0; i < 4; ++i)
        HTTP_EXPECT_STATUS(
            m_client.request("POST", tokenPath(id, QStringLiteral("/rotate")), {}, m_alice), 201);
    const QString path = QStringLiteral("/api/v1/me/events?page_size=2&token_id=") + id;
    const HttpResult first = m_client.get(path, m_alice);
    HTTP_EXPECT_STATUS(first, 200);
    QCOMPARE(first.json[QLatin1String("events")].toArray().size(), 2);
    QVERIFY(first.json[QLatin1String("next_page_token")].isString());
    const QList<QJsonObject> all = allEvents(path, m_alice);
    QCOMPARE(all.size(), 5);
    QCOMPARE(all.last()[QLatin1String("action")].toString(), QStringLiteral("token.created"));
    QSet<QString> ids;
    for (const QJsonObject &e : all)
        ids.insert(e[QLatin1String("id")].toString());
    QCOMPARE(ids.size(), 5);
}

void TestServerContractLifecycle::eventFiltersAreChecked_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown action") << "action=token.eaten"
                                    << "action";
    QTest::newRow("empty action") << "action="
                                  << "action";
    QTest::newRow("empty token id") << "token_id="
                                    << "token_id";
    QTest::newRow("long token id") << "token_id=" + QString(201, QLatin1Char('a')) << "token_id";
    QTest::newRow("page size 0") << "page_size=0"
                                 << "page_size";
    QTest::newRow("page size 1001") << "page_size=1001"
                                    << "page_size";
    QTest::newRow("bad page token") << "page_token=%21%21"
                                    << "page_token";
}

void TestServerContractLifecycle::eventFiltersAreChecked()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    HTTP_EXPECT_ERROR(m_client.get(QStringLiteral("/api/v1/me/events?") + query, m_demo), 400,
                      "validation_failed", field);
}

namespace {
HttpResult useWithAgent(HttpTestClient &client, const QByteArray &secret, const QByteArray &agent)
{
    return client.request("GET", Introspect, {}, secret, "application/json",
                          {{"User-Agent", agent}});
}

// Adds a made-up address row for the token (as if it had been used from there).
bool addAddress(const TestServer &server, const QString &tokenId, const QString &address,
                qint64 lastSeen)
{
    QString error;
    int changed = 0;
    server.execSql(QStringLiteral("INSERT INTO token_addresses (token_id, address, user_agent, "
                                  "first_seen, last_seen) VALUES (?, ?, 'seeded', ?, ?)"),
                   {tokenId, address, lastSeen - 100, lastSeen}, &error, &changed);
    if (!error.isEmpty())
        qWarning().noquote() << error;
    return changed == 1;
}
} // namespace

void TestServerContractLifecycle::usageRecordsAddressesAndUserAgents()
{
    const HttpResult created = m_client.createToken(m_demo, QStringLiteral("used here"),
                                                    {QStringLiteral("read")}, inDays(3));
    HTTP_EXPECT_STATUS(created, 201);
    const QString id = tokenIdOf(created);
    QVERIFY(created.json[QLatin1String("token")][QLatin1String("last_used_address")].isNull());
    const HttpResult none = m_client.get(tokenPath(id, QStringLiteral("/usage")), m_demo);
    HTTP_EXPECT_STATUS(none, 200);
    QCOMPARE(none.json[QLatin1String("addresses")].toArray().size(), 0);

    HTTP_EXPECT_STATUS(useWithAgent(m_client, secretOf(created), "ci-runner/1.0"), 200);
    HTTP_EXPECT_STATUS(useWithAgent(m_clientB, secretOf(created), "ci-runner/2.0"), 200);
    const HttpResult usage = m_client.get(tokenPath(id, QStringLiteral("/usage")), m_demo);
    HTTP_EXPECT_STATUS(usage, 200);
    const QJsonArray addresses = usage.json[QLatin1String("addresses")].toArray();
    QCOMPARE(addresses.size(), 1);
    const QJsonObject use = addresses[0].toObject();
    const QString address = use[QLatin1String("address")].toString();
    QVERIFY2(address.contains(QLatin1String("127.0.0.1")), qPrintable(address));
    // The same address again writes nothing: the agent of the first use stays.
    QCOMPARE(use[QLatin1String("user_agent")].toString(), QStringLiteral("ci-runner/1.0"));
    QVERIFY(isUtcSeconds(use[QLatin1String("first_seen")]));
    QVERIFY(isUtcSeconds(use[QLatin1String("last_seen")]));
    const auto token = listed(m_demo, id);
    QVERIFY(token);
    QCOMPARE(token->lastUsedAddress, address);
    QVERIFY(token->lastUsedAt.isValid());

    // Logged once, as a use from a new address.
    const QList<QJsonObject> events = allEvents(
        QStringLiteral("/api/v1/me/events?action=token.used_from_new_address&token_id=") + id,
        m_demo);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0][QLatin1String("address")].toString(), address);
    QCOMPARE(events[0][QLatin1String("actor")][QLatin1String("type")].toString(),
             QStringLiteral("token"));
}

void TestServerContractLifecycle::aUseFromAnotherAddressIsRecordedAtOnce()
{
    const HttpResult created =
        m_client.createToken(m_demo, QStringLiteral("moving"), {QStringLiteral("read")}, inDays(3));
    HTTP_EXPECT_STATUS(created, 201);
    const QString id = tokenIdOf(created);
    HTTP_EXPECT_STATUS(useWithAgent(m_client, secretOf(created), "first"), 200);
    const QString here = listed(m_demo, id).value().lastUsedAddress;
    // Last used 20 s ago from elsewhere (within the minute that coalesces same-address uses).
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVERIFY(addAddress(m_pair.a(), id, QStringLiteral("203.0.113.9"), now - 20));
    QVERIFY(updateOne(m_pair.a(),
                      QStringLiteral("UPDATE tokens SET last_used_at = ?, last_used_address = ? "
                                     "WHERE id = ?"),
                      {now - 20, QStringLiteral("203.0.113.9"), id}));
    QCOMPARE(listed(m_demo, id).value().lastUsedAddress, QStringLiteral("203.0.113.9"));

    HTTP_EXPECT_STATUS(useWithAgent(m_clientB, secretOf(created), "second"), 200);
    const auto token = listed(m_demo, id);
    QVERIFY(token);
    QCOMPARE(token->lastUsedAddress, here);
    QVERIFY2(token->lastUsedAt.toSecsSinceEpoch() >= now - 2,
             qPrintable(token->lastUsedAt.toString(Qt::ISODate)));
    const QJsonArray addresses = m_client.get(tokenPath(id, QStringLiteral("/usage")), m_demo)
                                     .json[QLatin1String("addresses")]
                                     .toArray();
    QCOMPARE(addresses.size(), 2);
    QCOMPARE(addresses[0][QLatin1String("address")].toString(), here);
    QCOMPARE(addresses[0][QLatin1String("user_agent")].toString(), QStringLiteral("second"));
    QCOMPARE(addresses[1][QLatin1String("address")].toString(), QStringLiteral("203.0.113.9"));
    // Back to a known address: not a new one.
    QCOMPARE(
        allEvents(QStringLiteral("/api/v1/me/events?action=token.used_from_new_address&token_id=") +
                      id,
                  m_demo)
            .size(),
        1);
}

void TestServerContractLifecycle::usageShowsTheLastTenAddresses()
{
    const HttpResult created = m_client.createToken(m_demo, QStringLiteral("many places"),
                                                    {QStringLiteral("read")}, inDays(3));
    HTTP_EXPECT_STATUS(created, 201);
    const QString id = tokenIdOf(created);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 1; i <= 12; ++i)
        QVERIFY(addAddress(m_pair.a(), id, QStringLiteral("198.51.100.%1").arg(i), now - 1000 + i));
    const QJsonArray addresses = m_clientB.get(tokenPath(id, QStringLiteral("/usage")), m_demo)
                                     .json[QLatin1String("addresses")]
                                     .toArray();
    QCOMPARE(addresses.size(), 10);
    QCOMPARE(addresses[0][QLatin1String("address")].toString(), QStringLiteral("198.51.100.12"));
    QCOMPARE(addresses[9][QLatin1String("address")].toString(), QStringLiteral("198.51.100.3"));
}

void TestServerContractLifecycle::usageFollowsTheTokensRules()
{
    const HttpResult mine = m_client.createToken(m_demo, QStringLiteral("usage private"),
                                                 {QStringLiteral("read")}, inDays(3));
    HTTP_EXPECT_STATUS(mine, 201);
    HTTP_EXPECT_ERROR(m_client.get(tokenPath(tokenIdOf(mine), QStringLiteral("/usage")), m_alice),
                      404, "not_found", "");
    HTTP_EXPECT_ERROR(
        m_client.get(tokenPath(tokenIdOf(mine), QStringLiteral("/usage")), secretOf(mine)), 403,
        "forbidden", "");
    // Any member sees a team token's usage, as they see the token.
    const QString team = m_client.teamId(m_alice, QStringLiteral("platform"));
    const HttpResult hers = m_client.createToken(m_alice, QStringLiteral("usage team"),
                                                 {QStringLiteral("read")}, inDays(3), team);
    HTTP_EXPECT_STATUS(hers, 201);
    HTTP_EXPECT_STATUS(m_client.get(Introspect, secretOf(hers)), 200);
    const HttpResult r = m_client.get(
        QStringLiteral("/api/v1/teams/%1/tokens/%2/usage").arg(team, tokenIdOf(hers)), m_demo);
    HTTP_EXPECT_STATUS(r, 200);
    QCOMPARE(r.json[QLatin1String("addresses")].toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestServerContractLifecycle)
#include "tst_servercontract_lifecycle.moc"
