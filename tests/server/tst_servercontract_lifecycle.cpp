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

private:
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

QTEST_GUILESS_MAIN(TestServerContractLifecycle)
#include "tst_servercontract_lifecycle.moc"
