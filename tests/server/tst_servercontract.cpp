// Contract of docs/API.md, transport level: routing (404/405), body limit (413), headers every
// answer carries, and which credential each endpoint accepts (401/403).
#include "HttpTestClient.h"
#include "TestServer.h"
#include "TokenFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {
const QByteArray TokenBody = R"({"name":"via-wrong-credential","scopes":["read"]})";
}

class TestServerContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void healthz();
    void unknownRouteIsNotFound_data();
    void unknownRouteIsNotFound();
    void wrongMethodIsNotAllowed_data();
    void wrongMethodIsNotAllowed();
    void bodyLimit_data();
    void bodyLimit();
    void successAnswersAreJsonAndNoStore();
    void missingOrBadCredentialIsUnauthenticated_data();
    void missingOrBadCredentialIsUnauthenticated();
    void sessionOnApiTokenEndpointIsForbidden_data();
    void sessionOnApiTokenEndpointIsForbidden();
    void apiTokenOnSessionEndpointIsForbidden_data();
    void apiTokenOnSessionEndpointIsForbidden();
    void apiTokenSurvivesRefusedSessionCalls();

private:
    TestServer m_server;
    HttpTestClient m_client;
    QByteArray m_session;  // alice
    QByteArray m_apiToken; // alice, read + write
    QString m_tokenId;
    QString m_platformId;
};

void TestServerContract::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_client.setBaseUrl(m_server.baseUrl());
    m_session = m_client.login(QStringLiteral("alice"), QStringLiteral("alice"));
    QVERIFY(!m_session.isEmpty());
    const HttpResult created = m_client.createToken(
        m_session, QStringLiteral("transport"), {QStringLiteral("read"), QStringLiteral("write")},
        QDateTime::currentDateTimeUtc().addDays(1));
    HTTP_EXPECT_STATUS(created, 201);
    m_apiToken = secretOf(created);
    m_tokenId = tokenIdOf(created);
    QVERIFY(!m_tokenId.isEmpty());
    m_platformId = m_client.teamId(m_session, QStringLiteral("platform"));
    QVERIFY(!m_platformId.isEmpty());
}

void TestServerContract::healthz()
{
    const HttpResult r = m_client.get(QStringLiteral("/healthz"));
    HTTP_EXPECT_STATUS(r, 200);
    QCOMPARE(r.json, (QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}}));
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QVERIFY(r.header("Cache-Control").contains("no-store"));
}

void TestServerContract::unknownRouteIsNotFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("withSession");
    QTest::newRow("root") << QByteArray("GET") << QStringLiteral("/") << false;
    QTest::newRow("root with session") << QByteArray("GET") << QStringLiteral("/") << true;
    QTest::newRow("api nope") << QByteArray("GET") << QStringLiteral("/api/v1/nope") << false;
    QTest::newRow("api nope with session")
        << QByteArray("GET") << QStringLiteral("/api/v1/nope") << true;
    QTest::newRow("post nope") << QByteArray("POST") << QStringLiteral("/api/v1/nope") << true;
    QTest::newRow("v2") << QByteArray("GET") << QStringLiteral("/api/v2/me") << true;
    QTest::newRow("below token id")
        << QByteArray("GET") << QStringLiteral("/api/v1/me/tokens/tok_x/nope") << true;
}

void TestServerContract::unknownRouteIsNotFound()
{
    if (TestServer::throughOpenApiProxy())
        QSKIP("Outside the OpenAPI description: the proxy answers these itself.");
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(bool, withSession);
    const HttpResult r =
        m_client.request(method, path, method == "POST" ? QByteArray("{}") : QByteArray(),
                         withSession ? m_session : QByteArray());
    HTTP_EXPECT_ERROR(r, 404, "not_found", "");
}

void TestServerContract::wrongMethodIsNotAllowed_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("allowed");
    const QString tokens = QStringLiteral("/api/v1/me/tokens");
    QTest::newRow("PUT me/tokens") << QByteArray("PUT") << tokens << QStringList{"GET", "POST"};
    QTest::newRow("DELETE me/tokens")
        << QByteArray("DELETE") << tokens << QStringList{"GET", "POST"};
    QTest::newRow("GET me/tokens/{id}")
        << QByteArray("GET") << tokens + '/' + m_tokenId << QStringList{"DELETE"};
    QTest::newRow("GET rotate") << QByteArray("GET") << tokens + '/' + m_tokenId + "/rotate"
                                << QStringList{"POST"};
    QTest::newRow("PUT team tokens")
        << QByteArray("PUT") << QStringLiteral("/api/v1/teams/%1/tokens").arg(m_platformId)
        << QStringList{"GET", "POST"};
    QTest::newRow("GET session") << QByteArray("GET") << QStringLiteral("/api/v1/session")
                                 << QStringList{"POST", "DELETE"};
    QTest::newRow("PATCH me") << QByteArray("PATCH") << QStringLiteral("/api/v1/me")
                              << QStringList{"GET"};
    QTest::newRow("POST policy") << QByteArray("POST") << QStringLiteral("/api/v1/policy")
                                 << QStringList{"GET"};
    QTest::newRow("DELETE healthz")
        << QByteArray("DELETE") << QStringLiteral("/healthz") << QStringList{"GET"};
}

void TestServerContract::wrongMethodIsNotAllowed()
{
    if (TestServer::throughOpenApiProxy())
        QSKIP("Outside the OpenAPI description: the proxy answers these itself.");
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QStringList, allowed);
    const QByteArray body = (method == "GET" || method == "DELETE") ? QByteArray() : "{}";
    const HttpResult r = m_client.request(method, path, body, m_session);
    HTTP_EXPECT_ERROR(r, 405, "method_not_allowed", "");
    QStringList listed;
    for (const QByteArray &part : r.header("Allow").split(','))
        listed << QString::fromLatin1(part.trimmed()).toUpper();
    for (const QString &m : allowed)
        QVERIFY2(listed.contains(m), qPrintable(QStringLiteral("Allow: %1").arg(listed.join(','))));
    QVERIFY2(!listed.contains(QString::fromLatin1(method)), r.header("Allow").constData());
}

void TestServerContract::bodyLimit_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("withSession");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString tokens = QStringLiteral("/api/v1/me/tokens");
    const QString session = QStringLiteral("/api/v1/session");
    QTest::newRow("70000 create") << tokens << true << 70000 << 413 << "too_large";
    QTest::newRow("65537 create") << tokens << true << 65537 << 413 << "too_large";
    // At the limit the body is read and judged: its name is far too long.
    QTest::newRow("65536 create") << tokens << true << 65536 << 400 << "validation_failed";
    QTest::newRow("70000 login") << session << false << 70000 << 413 << "too_large";
}

void TestServerContract::bodyLimit()
{
    QFETCH(QString, path);
    QFETCH(bool, withSession);
    QFETCH(int, size);
    QFETCH(int, status);
    QFETCH(QString, code);
    // A valid JSON object of exactly `size` bytes: {"name":"xxx…","scopes":["read"]}
    const QByteArray head = R"({"name":")";
    const QByteArray tail = R"(","scopes":["read"],"username":"u","password":"p"})";
    const QByteArray body = head + QByteArray(size - head.size() - tail.size(), 'x') + tail;
    QCOMPARE(body.size(), size);
    QVERIFY(QJsonDocument::fromJson(body).isObject());
    const HttpResult r =
        m_client.request("POST", path, body, withSession ? m_session : QByteArray());
    HTTP_EXPECT_ERROR(r, status, code, status == 400 ? "name" : "");
}

void TestServerContract::successAnswersAreJsonAndNoStore()
{
    const HttpResult login =
        m_client.json("POST", QStringLiteral("/api/v1/session"),
                      {{QStringLiteral("username"), "demo"}, {QStringLiteral("password"), "demo"}});
    HTTP_EXPECT_STATUS(login, 201);
    QVERIFY(login.header("Content-Type").startsWith("application/json"));
    QVERIFY(login.header("Cache-Control").contains("no-store"));
    const QByteArray session = login.json.value(QLatin1String("session")).toString().toLatin1();

    const HttpResult list = m_client.get(QStringLiteral("/api/v1/me/tokens"), session);
    HTTP_EXPECT_STATUS(list, 200);
    QVERIFY(list.header("Content-Type").startsWith("application/json"));
    QVERIFY(list.header("Cache-Control").contains("no-store"));

    const HttpResult logout =
        m_client.request("DELETE", QStringLiteral("/api/v1/session"), {}, session);
    HTTP_EXPECT_STATUS(logout, 204);
    QVERIFY(logout.body.isEmpty());
    QVERIFY(logout.header("Cache-Control").contains("no-store"));
}

void TestServerContract::missingOrBadCredentialIsUnauthenticated_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization"); // raw header value; empty: none sent

    QByteArray tampered = m_session;
    tampered[tampered.size() - 1] = tampered.endsWith('A') ? 'B' : 'A';
    const QList<std::pair<const char *, QByteArray>> credentials{
        {"none", {}},
        {"garbage", "Bearer garbage"},
        {"empty bearer", "Bearer "},
        {"basic", "Basic ZGVtbzpkZW1v"},
        {"bare session", m_session},
        {"bad checksum", "Bearer " + tampered},
        {"unknown session", "Bearer " + TokenFormat::generate(TokenFormat::Kind::Session)},
        {"unknown token", "Bearer " + TokenFormat::generate(TokenFormat::Kind::ApiToken)},
    };
    const QList<std::pair<QByteArray, QString>> endpoints{
        {"GET", QStringLiteral("/api/v1/me")},
        {"GET", QStringLiteral("/api/v1/me/teams")},
        {"GET", QStringLiteral("/api/v1/policy")},
        {"GET", QStringLiteral("/api/v1/me/tokens")},
        {"POST", QStringLiteral("/api/v1/me/tokens")},
        {"POST", QStringLiteral("/api/v1/me/tokens/%1/rotate").arg(m_tokenId)},
        {"DELETE", QStringLiteral("/api/v1/me/tokens/%1").arg(m_tokenId)},
        {"GET", QStringLiteral("/api/v1/teams/%1/tokens").arg(m_platformId)},
        {"DELETE", QStringLiteral("/api/v1/session")},
        {"GET", QStringLiteral("/api/v1/token")},
        {"GET", QStringLiteral("/api/v1/demo/items")},
        {"POST", QStringLiteral("/api/v1/demo/items")},
    };
    for (const auto &[method, path] : endpoints) {
        for (const auto &[label, value] : credentials)
            QTest::addRow("%s %s, %s", method.constData(), qPrintable(path), label)
                << method << path << value;
    }
}

void TestServerContract::missingOrBadCredentialIsUnauthenticated()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);
    // Prism refuses a request without a well-formed bearer itself, before it reaches the server.
    if (TestServer::throughOpenApiProxy() &&
        (!authorization.startsWith("Bearer ") || authorization.size() <= 7))
        QSKIP("Not a bearer credential: the OpenAPI proxy answers this itself.");
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const QByteArray body = method == "POST" ? TokenBody : QByteArray();
    const HttpResult r = m_client.request(method, path, body, {}, "application/json", headers);
    HTTP_EXPECT_ERROR(r, 401, "unauthenticated", "");
}

void TestServerContract::sessionOnApiTokenEndpointIsForbidden_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("GET token") << QByteArray("GET") << QStringLiteral("/api/v1/token");
    QTest::newRow("GET demo items") << QByteArray("GET") << QStringLiteral("/api/v1/demo/items");
    QTest::newRow("POST demo items") << QByteArray("POST") << QStringLiteral("/api/v1/demo/items");
}

void TestServerContract::sessionOnApiTokenEndpointIsForbidden()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const QByteArray body = method == "POST" ? QByteArray(R"({"name":"by session"})") : "";
    HTTP_EXPECT_ERROR(m_client.request(method, path, body, m_session), 403, "forbidden", "");
}

void TestServerContract::apiTokenOnSessionEndpointIsForbidden_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("GET me") << QByteArray("GET") << QStringLiteral("/api/v1/me");
    QTest::newRow("GET me/teams") << QByteArray("GET") << QStringLiteral("/api/v1/me/teams");
    QTest::newRow("GET policy") << QByteArray("GET") << QStringLiteral("/api/v1/policy");
    QTest::newRow("GET me/tokens") << QByteArray("GET") << QStringLiteral("/api/v1/me/tokens");
    QTest::newRow("POST me/tokens") << QByteArray("POST") << QStringLiteral("/api/v1/me/tokens");
    QTest::newRow("rotate") << QByteArray("POST")
                            << QStringLiteral("/api/v1/me/tokens/%1/rotate").arg(m_tokenId);
    QTest::newRow("DELETE token") << QByteArray("DELETE")
                                  << QStringLiteral("/api/v1/me/tokens/%1").arg(m_tokenId);
    QTest::newRow("GET team tokens")
        << QByteArray("GET") << QStringLiteral("/api/v1/teams/%1/tokens").arg(m_platformId);
    QTest::newRow("POST team tokens")
        << QByteArray("POST") << QStringLiteral("/api/v1/teams/%1/tokens").arg(m_platformId);
    QTest::newRow("DELETE session") << QByteArray("DELETE") << QStringLiteral("/api/v1/session");
}

void TestServerContract::apiTokenOnSessionEndpointIsForbidden()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const QByteArray body = method == "POST" ? TokenBody : QByteArray();
    HTTP_EXPECT_ERROR(m_client.request(method, path, body, m_apiToken), 403, "forbidden", "");
}

void TestServerContract::apiTokenSurvivesRefusedSessionCalls()
{
    // The refused DELETE/rotate/POST calls above changed nothing.
    HTTP_EXPECT_STATUS(m_client.get(QStringLiteral("/api/v1/token"), m_apiToken), 200);
    const HttpResult list = m_client.get(QStringLiteral("/api/v1/me/tokens"), m_session);
    HTTP_EXPECT_STATUS(list, 200);
    const QJsonArray tokens = list.json.value(QLatin1String("tokens")).toArray();
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens.first()[QLatin1String("id")].toString(), m_tokenId);
    const HttpResult team =
        m_client.get(QStringLiteral("/api/v1/teams/%1/tokens").arg(m_platformId), m_session);
    HTTP_EXPECT_STATUS(team, 200);
    for (const QJsonValue &token : team.json.value(QLatin1String("tokens")).toArray())
        QVERIFY(token[QLatin1String("name")].toString() != QLatin1String("via-wrong-credential"));
}

QTEST_GUILESS_MAIN(TestServerContract)
#include "tst_servercontract.moc"
