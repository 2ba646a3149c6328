// Contract of docs/API.md: login, logout, rate limiting, and the session endpoints that describe
// the signed-in user (me, me/teams, policy).
#include "Account.h"
#include "HttpTestClient.h"
#include "Policy.h"
#include "Rfc3339.h"
#include "Team.h"
#include "TestServer.h"
#include "TokenFormat.h"

#include <QJsonArray>
#include <QtTest>

class TestServerContractAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void loginSucceeds_data();
    void loginSucceeds();
    void loginRejectsWrongCredentials_data();
    void loginRejectsWrongCredentials();
    void loginValidation_data();
    void loginValidation();
    void sessionHoursFlag();
    void logoutRevokesOnlyThatSession();
    void meMatchesLoginUser();
    void meTeams();
    void policyShapeAndDefaults();
    // Last: it locks alice out of logging in on this server.
    void repeatedFailuresAreRateLimited();

private:
    static QList<Team> teamsOf(const HttpResult &result);

    TestServer m_server;
    HttpTestClient m_client;
};

void TestServerContractAuth::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_client.setBaseUrl(m_server.baseUrl());
}

void TestServerContractAuth::loginSucceeds_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("plan");
    QTest::newRow("demo") << QStringLiteral("demo") << QStringLiteral("free");
    QTest::newRow("alice") << QStringLiteral("alice") << QStringLiteral("paid");
}

void TestServerContractAuth::loginSucceeds()
{
    QFETCH(QString, username);
    QFETCH(QString, plan);
    const HttpResult r = m_client.json(
        "POST", QStringLiteral("/api/v1/session"),
        {{QStringLiteral("username"), username}, {QStringLiteral("password"), username}});
    HTTP_EXPECT_STATUS(r, 201);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    const QByteArray session = r.json.value(QLatin1String("session")).toString().toLatin1();
    QVERIFY2(TokenFormat::isWellFormed(session, TokenFormat::Kind::Session), session.constData());
    QVERIFY2(isUtcSeconds(r.json.value(QLatin1String("expires_at"))), qPrintable(r.describe()));
    const QDateTime expires = Rfc3339::parse(r.json.value(QLatin1String("expires_at")).toString());
    QVERIFY(expires > QDateTime::currentDateTimeUtc());

    const QJsonObject userJson = r.json.value(QLatin1String("user")).toObject();
    for (const char *key : {"id", "username", "display_name", "account_id", "plan"})
        QVERIFY2(userJson.value(QLatin1String(key)).isString(), key);
    QString error;
    const auto user = Account::fromJson(userJson, &error);
    QVERIFY2(user, qPrintable(error));
    QCOMPARE(user->username, username);
    QVERIFY2(user->id.startsWith(QLatin1String("usr_")), qPrintable(user->id));
    QVERIFY(!user->accountId.isEmpty());
    QCOMPARE(Account::planName(user->plan), plan);

    // Two logins give two different sessions, both valid.
    const QByteArray second = m_client.login(username, username);
    QVERIFY(!second.isEmpty());
    QVERIFY(second != session);
    HTTP_EXPECT_STATUS(m_client.get(QStringLiteral("/api/v1/me"), session), 200);
    HTTP_EXPECT_STATUS(m_client.get(QStringLiteral("/api/v1/me"), second), 200);
}

void TestServerContractAuth::loginRejectsWrongCredentials_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::newRow("wrong password") << QStringLiteral("demo") << QStringLiteral("wrong");
    QTest::newRow("unknown user") << QStringLiteral("nobody") << QStringLiteral("demo");
}

void TestServerContractAuth::loginRejectsWrongCredentials()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    const HttpResult r = m_client.json(
        "POST", QStringLiteral("/api/v1/session"),
        {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    HTTP_EXPECT_ERROR(r, 401, "invalid_credentials", "");
    QVERIFY(!r.json.contains(QLatin1String("session")));
}

void TestServerContractAuth::loginValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const QString invalid = QStringLiteral("validation_failed");
    const QString invalidJson = QStringLiteral("invalid_json");
    // A user name no other test logs in as, in case the server counts these as failed logins.
    QTest::newRow("username missing") << QByteArray(R"({"password":"x"})") << invalid << "username";
    QTest::newRow("username number")
        << QByteArray(R"({"username":42,"password":"x"})") << invalid << "username";
    QTest::newRow("username null")
        << QByteArray(R"({"username":null,"password":"x"})") << invalid << "username";
    QTest::newRow("username array")
        << QByteArray(R"({"username":["v"],"password":"x"})") << invalid << "username";
    QTest::newRow("password missing") << QByteArray(R"({"username":"v"})") << invalid << "password";
    QTest::newRow("password number")
        << QByteArray(R"({"username":"v","password":7})") << invalid << "password";
    QTest::newRow("array body") << QByteArray(R"(["v","x"])") << invalidJson << "";
    QTest::newRow("string body") << QByteArray(R"("v")") << invalidJson << "";
    QTest::newRow("malformed") << QByteArray(R"({"username":)") << invalidJson << "";
    QTest::newRow("empty body") << QByteArray() << invalidJson << "";
}

void TestServerContractAuth::loginValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    SKIP_IF_PROXY_CANNOT_FORWARD(body);
    const HttpResult r = m_client.request("POST", QStringLiteral("/api/v1/session"), body);
    HTTP_EXPECT_ERROR(r, 400, code, field);
}

void TestServerContractAuth::sessionHoursFlag()
{
    TestServer server({QStringLiteral("--session-hours"), QStringLiteral("2")});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpTestClient client(server.baseUrl());
    const HttpResult r =
        client.json("POST", QStringLiteral("/api/v1/session"),
                    {{QStringLiteral("username"), "demo"}, {QStringLiteral("password"), "demo"}});
    HTTP_EXPECT_STATUS(r, 201);
    const QDateTime expires = Rfc3339::parse(r.json.value(QLatin1String("expires_at")).toString());
    const qint64 offset = QDateTime::currentDateTimeUtc().secsTo(expires);
    QVERIFY2(qAbs(offset - 2 * 3600) <= 60, qPrintable(r.describe()));
}

void TestServerContractAuth::logoutRevokesOnlyThatSession()
{
    const QByteArray kept = m_client.login(QStringLiteral("demo"), QStringLiteral("demo"));
    const QByteArray session = m_client.login(QStringLiteral("demo"), QStringLiteral("demo"));
    QVERIFY(!kept.isEmpty() && !session.isEmpty());
    HTTP_EXPECT_STATUS(m_client.get(QStringLiteral("/api/v1/me"), session), 200);

    const HttpResult logout =
        m_client.request("DELETE", QStringLiteral("/api/v1/session"), {}, session);
    HTTP_EXPECT_STATUS(logout, 204);
    QVERIFY(logout.body.isEmpty());
    QVERIFY(logout.header("Cache-Control").contains("no-store"));

    HTTP_EXPECT_ERROR(m_client.get(QStringLiteral("/api/v1/me"), session), 401, "unauthenticated",
                      "");
    HTTP_EXPECT_ERROR(m_client.get(QStringLiteral("/api/v1/me/tokens"), session), 401,
                      "unauthenticated", "");
    HTTP_EXPECT_ERROR(m_client.request("DELETE", QStringLiteral("/api/v1/session"), {}, session),
                      401, "unauthenticated", "");
    HTTP_EXPECT_STATUS(m_client.get(QStringLiteral("/api/v1/me"), kept), 200);
}

void TestServerContractAuth::meMatchesLoginUser()
{
    for (const QString &name : {QStringLiteral("demo"), QStringLiteral("alice")}) {
        const HttpResult login =
            m_client.json("POST", QStringLiteral("/api/v1/session"),
                          {{QStringLiteral("username"), name}, {QStringLiteral("password"), name}});
        HTTP_EXPECT_STATUS(login, 201);
        const QByteArray session = login.json.value(QLatin1String("session")).toString().toLatin1();
        const HttpResult me = m_client.get(QStringLiteral("/api/v1/me"), session);
        HTTP_EXPECT_STATUS(me, 200);
        QVERIFY(me.header("Cache-Control").contains("no-store"));
        const auto fromMe = Account::fromJson(me.json);
        QVERIFY2(fromMe, qPrintable(me.describe()));
        QCOMPARE(fromMe, Account::fromJson(login.json.value(QLatin1String("user")).toObject()));
        QCOMPARE(fromMe->username, name);
    }
}

QList<Team> TestServerContractAuth::teamsOf(const HttpResult &result)
{
    QList<Team> teams;
    for (const QJsonValue &value : result.json.value(QLatin1String("teams")).toArray()) {
        const auto team = Team::fromJson(value.toObject());
        if (!team)
            return {}; // the caller's size check fails
        teams.append(*team);
    }
    return teams;
}

void TestServerContractAuth::meTeams()
{
    const QByteArray demo = m_client.login(QStringLiteral("demo"), QStringLiteral("demo"));
    const QByteArray alice = m_client.login(QStringLiteral("alice"), QStringLiteral("alice"));
    QVERIFY(!demo.isEmpty() && !alice.isEmpty());

    const HttpResult demoResult = m_client.get(QStringLiteral("/api/v1/me/teams"), demo);
    HTTP_EXPECT_STATUS(demoResult, 200);
    const QList<Team> demoTeams = teamsOf(demoResult);
    QCOMPARE(demoTeams.size(), 1);
    QCOMPARE(demoTeams[0].name, QStringLiteral("platform"));
    QCOMPARE(demoTeams[0].role, Team::Role::Member);
    QVERIFY(demoTeams[0].id.startsWith(QLatin1String("team_")));

    const HttpResult aliceResult = m_client.get(QStringLiteral("/api/v1/me/teams"), alice);
    HTTP_EXPECT_STATUS(aliceResult, 200);
    const QList<Team> aliceTeams = teamsOf(aliceResult);
    QCOMPARE(aliceTeams.size(), 2);
    // Sorted by name.
    QCOMPARE(aliceTeams[0].name, QStringLiteral("data"));
    QCOMPARE(aliceTeams[0].role, Team::Role::Member);
    QCOMPARE(aliceTeams[1].name, QStringLiteral("platform"));
    QCOMPARE(aliceTeams[1].role, Team::Role::Admin);
    QCOMPARE(aliceTeams[1].id, demoTeams[0].id);
    QVERIFY(aliceTeams[0].id.startsWith(QLatin1String("team_")));
    QVERIFY(aliceTeams[0].id != aliceTeams[1].id);
}

void TestServerContractAuth::policyShapeAndDefaults()
{
    const QByteArray demo = m_client.login(QStringLiteral("demo"), QStringLiteral("demo"));
    QVERIFY(!demo.isEmpty());
    const HttpResult r = m_client.get(QStringLiteral("/api/v1/policy"), demo);
    HTTP_EXPECT_STATUS(r, 200);
    QString error;
    const auto policy = Policy::fromJson(r.json, &error);
    QVERIFY2(policy, qPrintable(error));
    QCOMPARE(policy->scopeIds(), (QStringList{QStringLiteral("read"), QStringLiteral("write")}));
    for (const Scope &scope : policy->scopes)
        QVERIFY2(!scope.description.isEmpty(), qPrintable(scope.id));
    QCOMPARE(policy->maxLifetimeDays, 365);
    QCOMPARE(policy->allowNoExpiry, false);
    QCOMPARE(policy->defaultLifetimeDays, 30);
    const QList<Policy::Endpoint> expected{
        {QStringLiteral("GET"), QStringLiteral("/api/v1/token")},
        {QStringLiteral("GET"), QStringLiteral("/api/v1/demo/items")}};
    QCOMPARE(policy->freePlanEndpoints, expected);

    const QByteArray alice = m_client.login(QStringLiteral("alice"), QStringLiteral("alice"));
    const HttpResult aliceResult = m_client.get(QStringLiteral("/api/v1/policy"), alice);
    HTTP_EXPECT_STATUS(aliceResult, 200);
    QCOMPARE(aliceResult.json, r.json);
}

void TestServerContractAuth::repeatedFailuresAreRateLimited()
{
    const QByteArray aliceSession =
        m_client.login(QStringLiteral("alice"), QStringLiteral("alice"));
    QVERIFY(!aliceSession.isEmpty());
    const auto attempt = [this](const QString &user, const QString &password) {
        return m_client.json(
            "POST", QStringLiteral("/api/v1/session"),
            {{QStringLiteral("username"), user}, {QStringLiteral("password"), password}});
    };
    for (int i = 1; i <= 5; ++i) {
        const HttpResult r = attempt(QStringLiteral("alice"), QStringLiteral("wrong"));
        QVERIFY2(r.status == 401,
                 qPrintable(QStringLiteral("attempt %1: %2").arg(i).arg(r.describe())));
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_credentials"));
    }
    for (const QString &password : {QStringLiteral("wrong"), QStringLiteral("alice")}) {
        const HttpResult r = attempt(QStringLiteral("alice"), password);
        HTTP_EXPECT_ERROR(r, 429, "rate_limited", "");
        bool isNumber = false;
        const int retryAfter = r.header("Retry-After").trimmed().toInt(&isNumber);
        QVERIFY2(isNumber && retryAfter >= 1 && retryAfter <= 60,
                 qPrintable(QStringLiteral("Retry-After: ") +
                            QString::fromLatin1(r.header("Retry-After"))));
        QVERIFY(!r.json.contains(QLatin1String("session")));
    }
    // Per user name: demo still logs in; alice's existing session is untouched.
    QVERIFY(!m_client.login(QStringLiteral("demo"), QStringLiteral("demo")).isEmpty());
    HTTP_EXPECT_STATUS(m_client.get(QStringLiteral("/api/v1/me"), aliceSession), 200);
}

QTEST_GUILESS_MAIN(TestServerContractAuth)
#include "tst_servercontract_auth.moc"
