// Contract of docs/API.md: the demo resource, which shows scopes and free-plan limits.
// Check order: authentication (401) → plan allowlist (403 plan_restricted) → scope (403
// insufficient_scope). demo is on the free plan, alice on the paid plan.
#include "HttpTestClient.h"
#include "Rfc3339.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {
const QString Items = QStringLiteral("/api/v1/demo/items");

// Every item has exactly the documented shape.
bool isItem(const QJsonValue &value)
{
    const QJsonObject item = value.toObject();
    return item.value(QLatin1String("id")).isString() &&
           !item.value(QLatin1String("id")).toString().isEmpty() &&
           item.value(QLatin1String("name")).isString() &&
           Rfc3339::parse(item.value(QLatin1String("created_at")).toString()).isValid();
}
} // namespace

class TestServerContractDemoItems : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void access_data();
    void access();
    void itemsBelongToTheTokensOwner();
    void postValidation();

private:
    QByteArray tokenFor(const QString &user, const QStringList &scopes);

    TestServer m_server;
    HttpTestClient m_client;
    QHash<QString, QByteArray> m_sessions;
    int m_tokenCount = 0;
};

void TestServerContractDemoItems::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_client.setBaseUrl(m_server.baseUrl());
    for (const QString &user : {QStringLiteral("demo"), QStringLiteral("alice")}) {
        m_sessions[user] = m_client.login(user, user);
        QVERIFY(!m_sessions[user].isEmpty());
    }
}

QByteArray TestServerContractDemoItems::tokenFor(const QString &user, const QStringList &scopes)
{
    const HttpResult r =
        m_client.createToken(m_sessions.value(user), QStringLiteral("items %1").arg(++m_tokenCount),
                             scopes, QDateTime::currentDateTimeUtc().addDays(1));
    if (r.status != 201)
        qWarning().noquote() << r.describe();
    return secretOf(r);
}

void TestServerContractDemoItems::access_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QStringList read{QStringLiteral("read")};
    const QStringList write{QStringLiteral("write")};
    const QStringList both{QStringLiteral("read"), QStringLiteral("write")};
    const QString demo = QStringLiteral("demo");
    const QString alice = QStringLiteral("alice");
    const QString introspect = QStringLiteral("/api/v1/token");
    const QByteArray get = "GET";
    const QByteArray post = "POST";
    const QString ok;
    const QString scope = QStringLiteral("insufficient_scope");
    const QString plan = QStringLiteral("plan_restricted");

    QTest::newRow("free read GET") << demo << read << get << Items << 200 << ok;
    QTest::newRow("free write GET") << demo << write << get << Items << 403 << scope;
    QTest::newRow("free both POST") << demo << both << post << Items << 403 << plan;
    QTest::newRow("free write POST") << demo << write << post << Items << 403 << plan;
    // The plan is checked before the scope.
    QTest::newRow("free read POST") << demo << read << post << Items << 403 << plan;
    QTest::newRow("paid read GET") << alice << read << get << Items << 200 << ok;
    QTest::newRow("paid write GET") << alice << write << get << Items << 403 << scope;
    QTest::newRow("paid write POST") << alice << write << post << Items << 201 << ok;
    QTest::newRow("paid both POST") << alice << both << post << Items << 201 << ok;
    QTest::newRow("paid read POST") << alice << read << post << Items << 403 << scope;
    // Introspection needs no particular scope and is on the free plan's list.
    QTest::newRow("free write introspect") << demo << write << get << introspect << 200 << ok;
    QTest::newRow("paid write introspect") << alice << write << get << introspect << 200 << ok;
}

void TestServerContractDemoItems::access()
{
    QFETCH(QString, user);
    QFETCH(QStringList, scopes);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QByteArray secret = tokenFor(user, scopes);
    QVERIFY(!secret.isEmpty());
    const QString name = QString::fromLatin1(QTest::currentDataTag());
    const QByteArray body =
        method == "POST" ? QJsonDocument(QJsonObject{{"name", name}}).toJson() : QByteArray();
    const HttpResult r = m_client.request(method, path, body, secret);
    if (!code.isEmpty()) {
        HTTP_EXPECT_ERROR(r, status, code, "");
        return;
    }
    HTTP_EXPECT_STATUS(r, status);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QVERIFY(r.header("Cache-Control").contains("no-store"));
    if (path != Items)
        return;
    if (method == "POST") {
        const QJsonValue item = r.json.value(QLatin1String("item"));
        QVERIFY2(isItem(item), qPrintable(r.describe()));
        QCOMPARE(item[QLatin1String("name")].toString(), name);
    } else {
        QVERIFY2(r.json.value(QLatin1String("items")).isArray(), qPrintable(r.describe()));
        for (const QJsonValue &item : r.json.value(QLatin1String("items")).toArray())
            QVERIFY2(isItem(item), qPrintable(r.describe()));
    }
}

void TestServerContractDemoItems::itemsBelongToTheTokensOwner()
{
    const QByteArray aliceWrite = tokenFor(QStringLiteral("alice"), {QStringLiteral("write")});
    const QByteArray aliceRead = tokenFor(QStringLiteral("alice"), {QStringLiteral("read")});
    const QByteArray demoRead = tokenFor(QStringLiteral("demo"), {QStringLiteral("read")});
    const HttpResult created =
        m_client.json("POST", Items, {{QStringLiteral("name"), "widget"}}, aliceWrite);
    HTTP_EXPECT_STATUS(created, 201);
    const QString itemId =
        created.json.value(QLatin1String("item"))[QLatin1String("id")].toString();
    QVERIFY(!itemId.isEmpty());

    const auto ids = [this](const QByteArray &secret) {
        QStringList result;
        const HttpResult r = m_client.get(Items, secret);
        if (r.status != 200)
            qWarning().noquote() << r.describe();
        for (const QJsonValue &item : r.json.value(QLatin1String("items")).toArray())
            result << item[QLatin1String("id")].toString();
        return result;
    };
    QVERIFY(ids(aliceRead).contains(itemId));
    QVERIFY(!ids(demoRead).contains(itemId));
}

void TestServerContractDemoItems::postValidation()
{
    const QByteArray aliceWrite = tokenFor(QStringLiteral("alice"), {QStringLiteral("write")});
    QVERIFY(!aliceWrite.isEmpty());
    HTTP_EXPECT_ERROR(m_client.request("POST", Items, "{}", aliceWrite), 400, "validation_failed",
                      "name");
    HTTP_EXPECT_ERROR(m_client.request("POST", Items, R"({"name":7})", aliceWrite), 400,
                      "validation_failed", "name");
    HTTP_EXPECT_ERROR(m_client.request("POST", Items, "[]", aliceWrite), 400, "invalid_json", "");
    if (!TestServer::proxyCannotForward("{\"name\":")) // the proxy answers it itself
        HTTP_EXPECT_ERROR(m_client.request("POST", Items, "{\"name\":", aliceWrite), 400,
                          "invalid_json", "");
}

QTEST_GUILESS_MAIN(TestServerContractDemoItems)
#include "tst_servercontract_demoitems.moc"
