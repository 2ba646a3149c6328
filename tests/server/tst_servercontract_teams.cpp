// Contract of docs/API.md: team tokens — who may list, create, rotate and delete them.
// Demo seeding: team platform (alice admin, demo member), team data (alice member only).
#include "HttpTestClient.h"
#include "Rfc3339.h"
#include "TestServer.h"
#include "Token.h"
#include "TokenFormat.h"

#include <QJsonArray>
#include <QtTest>

namespace {
const QString Introspect = QStringLiteral("/api/v1/token");

QDateTime tomorrow()
{
    return QDateTime::currentDateTimeUtc().addDays(1);
}
} // namespace

class TestServerContractTeams : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void memberListsAndCreates();
    void nonMemberIsForbidden();
    void unknownTeamIsNotFound_data();
    void unknownTeamIsNotFound();
    void onlyCreatorOrAdminRotatesAndDeletes();
    void tokenOfAnotherOwnerIsNotFound();
    void namesAreUniquePerTeam();

private:
    QString tokensPath(const QString &teamId, const QString &rest = {}) const
    {
        return QStringLiteral("/api/v1/teams/%1/tokens").arg(teamId) + rest;
    }
    QStringList listedIds(const QByteArray &session, const QString &path);

    TestServer m_server;
    HttpTestClient m_client;
    QByteArray m_demo;
    QByteArray m_alice;
    QString m_platform;
    QString m_data;
};

void TestServerContractTeams::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_client.setBaseUrl(m_server.baseUrl());
    m_demo = m_client.login(QStringLiteral("demo"), QStringLiteral("demo"));
    m_alice = m_client.login(QStringLiteral("alice"), QStringLiteral("alice"));
    QVERIFY(!m_demo.isEmpty() && !m_alice.isEmpty());
    m_platform = m_client.teamId(m_alice, QStringLiteral("platform"));
    m_data = m_client.teamId(m_alice, QStringLiteral("data"));
    QVERIFY(!m_platform.isEmpty() && !m_data.isEmpty());
}

QStringList TestServerContractTeams::listedIds(const QByteArray &session, const QString &path)
{
    QStringList ids;
    const HttpResult r = m_client.get(path + QStringLiteral("?page_size=1000"), session);
    if (r.status != 200)
        qWarning().noquote() << r.describe();
    for (const QJsonValue &token : r.json.value(QLatin1String("tokens")).toArray())
        ids << token[QLatin1String("id")].toString();
    return ids;
}

void TestServerContractTeams::memberListsAndCreates()
{
    const HttpResult list = m_client.get(tokensPath(m_platform), m_demo);
    HTTP_EXPECT_STATUS(list, 200);
    QVERIFY(list.json.value(QLatin1String("tokens")).isArray());
    QVERIFY(list.json.contains(QLatin1String("next_page_token")));

    const QDateTime soon = tomorrow();
    const QDateTime expires = soon.addMSecs(-soon.time().msec()); // whole seconds, as on output
    const HttpResult r = m_client.createToken(m_demo, QStringLiteral("platform deploy"),
                                              {QStringLiteral("read")}, expires, m_platform);
    HTTP_EXPECT_STATUS(r, 201);
    const QByteArray secret = secretOf(r);
    QVERIFY2(TokenFormat::isWellFormed(secret, TokenFormat::Kind::ApiToken), secret.constData());
    QString error;
    const auto token = Token::fromJson(r.json.value(QLatin1String("token")).toObject(), &error);
    QVERIFY2(token, qPrintable(error));
    QCOMPARE(token->owner.type, TokenOwner::Type::Team);
    QCOMPARE(token->owner.id, m_platform);
    QCOMPARE(token->owner.name, QStringLiteral("platform"));
    QCOMPARE(token->createdBy, QStringLiteral("demo"));
    QCOMPARE(token->hint, TokenFormat::hint(secret));
    QCOMPARE(token->expiresAt, expires);
    const QString accountId = r.json.value(QLatin1String("account_id")).toString();
    QVERIFY(!accountId.isEmpty());

    // Listed for every member of the team, never among anyone's personal tokens.
    QVERIFY(listedIds(m_demo, tokensPath(m_platform)).contains(token->id));
    QVERIFY(listedIds(m_alice, tokensPath(m_platform)).contains(token->id));
    QVERIFY(!listedIds(m_demo, QStringLiteral("/api/v1/me/tokens")).contains(token->id));
    QVERIFY(!listedIds(m_alice, QStringLiteral("/api/v1/me/tokens")).contains(token->id));

    // Introspection names the team as owner, with the team's account.
    const HttpResult info = m_client.get(Introspect, secret);
    HTTP_EXPECT_STATUS(info, 200);
    QCOMPARE(TokenOwner::fromJson(info.json.value(QLatin1String("owner")).toObject()),
             token->owner);
    QCOMPARE(info.json.value(QLatin1String("account_id")).toString(), accountId);
    const QString plan = info.json.value(QLatin1String("plan")).toString();
    QVERIFY2(plan == QLatin1String("free") || plan == QLatin1String("paid"), qPrintable(plan));
}

void TestServerContractTeams::nonMemberIsForbidden()
{
    HTTP_EXPECT_ERROR(m_client.get(tokensPath(m_data), m_demo), 403, "forbidden", "");
    HTTP_EXPECT_ERROR(m_client.createToken(m_demo, QStringLiteral("sneaky"),
                                           {QStringLiteral("read")}, tomorrow(), m_data),
                      403, "forbidden", "");
    const HttpResult created = m_client.createToken(m_alice, QStringLiteral("data reader"),
                                                    {QStringLiteral("read")}, tomorrow(), m_data);
    HTTP_EXPECT_STATUS(created, 201);
    const QString id = tokenIdOf(created);
    HTTP_EXPECT_ERROR(
        m_client.request("POST", tokensPath(m_data, '/' + id + "/rotate"), {}, m_demo), 403,
        "forbidden", "");
    HTTP_EXPECT_ERROR(m_client.request("DELETE", tokensPath(m_data, '/' + id), {}, m_demo), 403,
                      "forbidden", "");
    HTTP_EXPECT_STATUS(m_client.get(Introspect, secretOf(created)), 200);
    // The refused create left nothing behind: data holds only alice's token.
    QCOMPARE(listedIds(m_alice, tokensPath(m_data)), QStringList{id});
}

void TestServerContractTeams::unknownTeamIsNotFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("rest");
    QTest::newRow("list") << QByteArray("GET") << QString();
    QTest::newRow("create") << QByteArray("POST") << QString();
    QTest::newRow("rotate") << QByteArray("POST") << QStringLiteral("/tok_unknown/rotate");
    QTest::newRow("delete") << QByteArray("DELETE") << QStringLiteral("/tok_unknown");
}

void TestServerContractTeams::unknownTeamIsNotFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, rest);
    const QByteArray body =
        method == "POST" && rest.isEmpty() ? QByteArray(R"({"name":"x","scopes":["read"]})") : "";
    for (const QByteArray &session : {m_demo, m_alice}) {
        const HttpResult r = m_client.request(
            method, tokensPath(QStringLiteral("team_doesnotexist"), rest), body, session);
        HTTP_EXPECT_ERROR(r, 404, "not_found", "");
    }
}

void TestServerContractTeams::onlyCreatorOrAdminRotatesAndDeletes()
{
    // alice (admin) creates; demo (plain member) may neither rotate nor delete it.
    const HttpResult aliceToken = m_client.createToken(
        m_alice, QStringLiteral("admin made"), {QStringLiteral("read")}, tomorrow(), m_platform);
    HTTP_EXPECT_STATUS(aliceToken, 201);
    const QString aliceId = tokenIdOf(aliceToken);
    HTTP_EXPECT_ERROR(m_client.request("DELETE", tokensPath(m_platform, '/' + aliceId), {}, m_demo),
                      403, "forbidden", "");
    HTTP_EXPECT_ERROR(
        m_client.request("POST", tokensPath(m_platform, '/' + aliceId + "/rotate"), {}, m_demo),
        403, "forbidden", "");
    HTTP_EXPECT_STATUS(m_client.get(Introspect, secretOf(aliceToken)), 200);
    QVERIFY(listedIds(m_demo, tokensPath(m_platform)).contains(aliceId));

    // The creator rotates their own.
    const HttpResult demoToken = m_client.createToken(
        m_demo, QStringLiteral("member made"), {QStringLiteral("read")}, tomorrow(), m_platform);
    HTTP_EXPECT_STATUS(demoToken, 201);
    const QString demoId = tokenIdOf(demoToken);
    const HttpResult rotated =
        m_client.request("POST", tokensPath(m_platform, '/' + demoId + "/rotate"), {}, m_demo);
    HTTP_EXPECT_STATUS(rotated, 201);
    QCOMPARE(tokenIdOf(rotated), demoId);
    const QByteArray rotatedSecret = secretOf(rotated);
    QVERIFY(TokenFormat::isWellFormed(rotatedSecret, TokenFormat::Kind::ApiToken));
    HTTP_EXPECT_ERROR(m_client.get(Introspect, secretOf(demoToken)), 401, "unauthenticated", "");
    HTTP_EXPECT_STATUS(m_client.get(Introspect, rotatedSecret), 200);

    // The team admin rotates and deletes a member's token.
    const HttpResult byAdmin =
        m_client.request("POST", tokensPath(m_platform, '/' + demoId + "/rotate"), {}, m_alice);
    HTTP_EXPECT_STATUS(byAdmin, 201);
    HTTP_EXPECT_ERROR(m_client.get(Introspect, rotatedSecret), 401, "unauthenticated", "");
    const HttpResult deleted =
        m_client.request("DELETE", tokensPath(m_platform, '/' + demoId), {}, m_alice);
    HTTP_EXPECT_STATUS(deleted, 204);
    QVERIFY(deleted.body.isEmpty());
    HTTP_EXPECT_ERROR(m_client.get(Introspect, secretOf(byAdmin)), 401, "unauthenticated", "");
    QVERIFY(!listedIds(m_demo, tokensPath(m_platform)).contains(demoId));
    HTTP_EXPECT_ERROR(m_client.request("DELETE", tokensPath(m_platform, '/' + demoId), {}, m_alice),
                      404, "not_found", "");

    // The creator deletes their own.
    const HttpResult own = m_client.createToken(m_demo, QStringLiteral("member deletes"),
                                                {QStringLiteral("read")}, tomorrow(), m_platform);
    HTTP_EXPECT_STATUS(own, 201);
    HTTP_EXPECT_STATUS(
        m_client.request("DELETE", tokensPath(m_platform, '/' + tokenIdOf(own)), {}, m_demo), 204);
    HTTP_EXPECT_ERROR(m_client.get(Introspect, secretOf(own)), 401, "unauthenticated", "");
}

void TestServerContractTeams::tokenOfAnotherOwnerIsNotFound()
{
    const HttpResult team = m_client.createToken(m_alice, QStringLiteral("owned by platform"),
                                                 {QStringLiteral("read")}, tomorrow(), m_platform);
    HTTP_EXPECT_STATUS(team, 201);
    const QString teamId = tokenIdOf(team);
    const HttpResult personal = m_client.createToken(m_alice, QStringLiteral("owned by alice"),
                                                     {QStringLiteral("read")}, tomorrow());
    HTTP_EXPECT_STATUS(personal, 201);
    const QString personalId = tokenIdOf(personal);

    // A platform token addressed through data (alice is a member of both), or as personal.
    HTTP_EXPECT_ERROR(m_client.request("DELETE", tokensPath(m_data, '/' + teamId), {}, m_alice),
                      404, "not_found", "");
    HTTP_EXPECT_ERROR(
        m_client.request("POST", tokensPath(m_data, '/' + teamId + "/rotate"), {}, m_alice), 404,
        "not_found", "");
    HTTP_EXPECT_ERROR(
        m_client.request("DELETE", QStringLiteral("/api/v1/me/tokens/") + teamId, {}, m_alice), 404,
        "not_found", "");
    // A personal token addressed through a team.
    HTTP_EXPECT_ERROR(
        m_client.request("DELETE", tokensPath(m_platform, '/' + personalId), {}, m_alice), 404,
        "not_found", "");
    HTTP_EXPECT_ERROR(
        m_client.request("POST", tokensPath(m_platform, '/' + personalId + "/rotate"), {}, m_alice),
        404, "not_found", "");
    HTTP_EXPECT_STATUS(m_client.get(Introspect, secretOf(team)), 200);
    HTTP_EXPECT_STATUS(m_client.get(Introspect, secretOf(personal)), 200);
}

void TestServerContractTeams::namesAreUniquePerTeam()
{
    const QString name = QStringLiteral("shared name");
    HTTP_EXPECT_STATUS(
        m_client.createToken(m_demo, name, {QStringLiteral("read")}, tomorrow(), m_platform), 201);
    // Same team, other creator, name trimmed: taken.
    HTTP_EXPECT_ERROR(m_client.createToken(m_alice, QStringLiteral(" shared name  "),
                                           {QStringLiteral("read")}, tomorrow(), m_platform),
                      409, "name_taken", "name");
    // Other owners: free.
    HTTP_EXPECT_STATUS(m_client.createToken(m_demo, name, {QStringLiteral("read")}, tomorrow()),
                       201);
    HTTP_EXPECT_STATUS(
        m_client.createToken(m_alice, name, {QStringLiteral("read")}, tomorrow(), m_data), 201);
    // Validation applies to team tokens as to personal ones.
    HTTP_EXPECT_ERROR(m_client.createToken(m_demo, QStringLiteral("  "), {QStringLiteral("read")},
                                           tomorrow(), m_platform),
                      400, "validation_failed", "name");
}

QTEST_GUILESS_MAIN(TestServerContractTeams)
#include "tst_servercontract_teams.moc"
