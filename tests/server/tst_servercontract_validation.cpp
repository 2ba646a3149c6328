// Contract of docs/API.md: every validation rule of token creation, rotation and listing (400
// with the offending field), and the server flags that change the rules.
#include "HttpTestClient.h"
#include "Policy.h"
#include "Rfc3339.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {
const QString Invalid = QStringLiteral("validation_failed");
const QString InvalidJson = QStringLiteral("invalid_json");
const QString Created = QStringLiteral("created");

QString at(qint64 secondsFromNow)
{
    return Rfc3339::format(QDateTime::currentDateTimeUtc().addSecs(secondsFromNow));
}

constexpr qint64 Day = 24 * 3600;

// A body from a name, scopes and expires_at; a QJsonValue::Undefined member is left out.
QByteArray body(const QJsonValue &name, const QJsonValue &scopes, const QJsonValue &expiresAt)
{
    QJsonObject object;
    if (!name.isUndefined())
        object.insert(QStringLiteral("name"), name);
    if (!scopes.isUndefined())
        object.insert(QStringLiteral("scopes"), scopes);
    if (!expiresAt.isUndefined())
        object.insert(QStringLiteral("expires_at"), expiresAt);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

class TestServerContractValidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void create_data();
    void create();
    void rotate_data();
    void rotate();
    void listQuery_data();
    void listQuery();
    void serverWithNoExpiryAndShorterLifetime();

private:
    TestServer m_server;
    HttpTestClient m_client;
    QByteArray m_session;
    QString m_platform;
    QString m_tokenId;
    QByteArray m_tokenSecret;
};

void TestServerContractValidation::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_client.setBaseUrl(m_server.baseUrl());
    m_session = m_client.login(QStringLiteral("demo"), QStringLiteral("demo"));
    QVERIFY(!m_session.isEmpty());
    m_platform = m_client.teamId(m_session, QStringLiteral("platform"));
    QVERIFY(!m_platform.isEmpty());
    const HttpResult created =
        m_client.createToken(m_session, QStringLiteral("to rotate"), {QStringLiteral("read")},
                             QDateTime::currentDateTimeUtc().addDays(5));
    HTTP_EXPECT_STATUS(created, 201);
    m_tokenId = tokenIdOf(created);
    m_tokenSecret = secretOf(created);
}

void TestServerContractValidation::create_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code"); // Created: 201 expected
    QTest::addColumn<QString>("field");

    const QJsonValue none(QJsonValue::Undefined);
    const QJsonArray read{QStringLiteral("read")};
    const QString soon = at(Day);
    const QString noOffset = at(10 * Day).chopped(1); // "…T10:15:00" without the Z
    const QDateTime inFiveDays = QDateTime::currentDateTimeUtc().addDays(5);
    const QString withOffset = inFiveDays.toOffsetFromUtc(2 * 3600).toString(Qt::ISODate);
    const QString withFraction =
        inFiveDays.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + 'Z';

    const QList<std::pair<QString, QString>> owners{
        {QStringLiteral("me"), QStringLiteral("/api/v1/me/tokens")},
        {QStringLiteral("team"), QStringLiteral("/api/v1/teams/%1/tokens").arg(m_platform)}};
    for (const auto &entry : owners) {
        // Not a structured binding: clang 14 cannot capture those in a lambda.
        const QString &owner = entry.first;
        const QString &path = entry.second;
        const auto row = [&](const char *tag) -> QTestData & {
            return QTest::addRow("%s: %s", qPrintable(owner), tag) << path;
        };
        row("malformed") << QByteArray(R"({"name":"x","scopes":["read"],)") << InvalidJson << "";
        row("array") << QByteArray(R"([{"name":"x","scopes":["read"]}])") << InvalidJson << "";
        row("string") << QByteArray(R"("x")") << InvalidJson << "";
        row("number") << QByteArray("42") << InvalidJson << "";
        row("null") << QByteArray("null") << InvalidJson << "";
        row("empty body") << QByteArray() << InvalidJson << "";

        row("name missing") << body(none, read, soon) << Invalid << "name";
        row("name number") << body(5, read, soon) << Invalid << "name";
        row("name null") << body(QJsonValue::Null, read, soon) << Invalid << "name";
        row("name array") << body(QJsonArray{"x"}, read, soon) << Invalid << "name";
        row("name empty") << body("", read, soon) << Invalid << "name";
        row("name whitespace") << body(" \t ", read, soon) << Invalid << "name";
        row("name 101") << body(QString(101, 'a'), read, soon) << Invalid << "name";
        row("name 100") << body(QString(100, 'b'), read, soon) << Created << "";
        row("name 100 after trim")
            << body("  " + QString(100, 'c') + "  ", read, soon) << Created << "";
        row("name unicode") << body(QStringLiteral("d\u00e9ploy \u2713"), read, soon) << Created
                            << "";
        row("name control U+0001")
            << body(QStringLiteral("bad\u0001name"), read, soon) << Invalid << "name";
        row("name newline") << body(QStringLiteral("bad\nname"), read, soon) << Invalid << "name";
        row("name inner tab") << body(QStringLiteral("bad\tname"), read, soon) << Invalid << "name";
        row("name DEL") << body(QStringLiteral("bad\u007fname"), read, soon) << Invalid << "name";

        row("scopes missing") << body("s1", none, soon) << Invalid << "scopes";
        row("scopes empty") << body("s2", QJsonArray{}, soon) << Invalid << "scopes";
        row("scopes string") << body("s3", "read", soon) << Invalid << "scopes";
        row("scopes null") << body("s4", QJsonValue::Null, soon) << Invalid << "scopes";
        row("scopes number item") << body("s5", QJsonArray{1}, soon) << Invalid << "scopes";
        row("scopes admin") << body("s6", QJsonArray{"admin"}, soon) << Invalid << "scopes";
        row("scopes read+admin") << body("s7", QJsonArray{"read", "admin"}, soon) << Invalid
                                 << "scopes";
        row("scopes upper case") << body("s8", QJsonArray{"READ"}, soon) << Invalid << "scopes";

        row("expiry past") << body("e1", read, at(-3600)) << Invalid << "expires_at";
        row("expiry now+400d") << body("e2", read, at(400 * Day)) << Invalid << "expires_at";
        row("expiry 365d+1h") << body("e3", read, at(365 * Day + 3600)) << Invalid << "expires_at";
        row("expiry 365d") << body("e4", read, at(365 * Day)) << Created << "";
        row("expiry text") << body("e5", read, "tomorrow") << Invalid << "expires_at";
        row("expiry number") << body("e6", read, 1893456000) << Invalid << "expires_at";
        row("expiry no offset") << body("e7", read, noOffset) << Invalid << "expires_at";
        row("expiry date only") << body("e8", read, noOffset.left(10)) << Invalid << "expires_at";
        row("expiry absent") << body("e9", read, none) << Invalid << "expires_at";
        row("expiry null") << body("e10", read, QJsonValue::Null) << Invalid << "expires_at";
        row("expiry +02:00") << body("e11", read, withOffset) << Created << "";
        row("expiry fraction") << body("e12", read, withFraction) << Created << "";
    }
}

void TestServerContractValidation::create()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    SKIP_IF_PROXY_CANNOT_FORWARD(body);
    const HttpResult r = m_client.request("POST", path, body, m_session);
    if (code != Created) {
        HTTP_EXPECT_ERROR(r, 400, code, field);
        QVERIFY(!r.json.contains(QLatin1String("secret")));
        return;
    }
    HTTP_EXPECT_STATUS(r, 201);
    // The stored expiry is the instant asked for, in UTC, to the second.
    const QJsonObject sent = QJsonDocument::fromJson(body).object();
    const QDateTime asked = Rfc3339::parse(sent.value(QLatin1String("expires_at")).toString());
    const QString stored =
        r.json.value(QLatin1String("token"))[QLatin1String("expires_at")].toString();
    QVERIFY2(stored.endsWith('Z'), qPrintable(stored));
    QVERIFY2(qAbs(Rfc3339::parse(stored).msecsTo(asked)) < 1000, qPrintable(r.describe()));
    QCOMPARE(r.json.value(QLatin1String("token"))[QLatin1String("name")].toString(),
             sent.value(QLatin1String("name")).toString().trimmed());
}

void TestServerContractValidation::rotate_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const auto expiry = [](const QJsonValue &value) {
        return QJsonDocument(QJsonObject{{QStringLiteral("expires_at"), value}})
            .toJson(QJsonDocument::Compact);
    };
    QTest::newRow("malformed") << QByteArray("{\"expires_at\":") << InvalidJson << "";
    QTest::newRow("array") << QByteArray("[]") << InvalidJson << "";
    QTest::newRow("past") << expiry(at(-60)) << Invalid << "expires_at";
    QTest::newRow("now+400d") << expiry(at(400 * Day)) << Invalid << "expires_at";
    QTest::newRow("text") << expiry("soon") << Invalid << "expires_at";
    QTest::newRow("number") << expiry(86400) << Invalid << "expires_at";
    QTest::newRow("no offset") << expiry(at(Day).chopped(1)) << Invalid << "expires_at";
}

void TestServerContractValidation::rotate()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    SKIP_IF_PROXY_CANNOT_FORWARD(body);
    const QString path = QStringLiteral("/api/v1/me/tokens/%1/rotate").arg(m_tokenId);
    HTTP_EXPECT_ERROR(m_client.request("POST", path, body, m_session), 400, code, field);
    // Refused: the token was not rotated.
    HTTP_EXPECT_STATUS(m_client.get(QStringLiteral("/api/v1/token"), m_tokenSecret), 200);
}

void TestServerContractValidation::listQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field"); // empty: 200 expected
    const QString size = QStringLiteral("page_size");
    const QString token = QStringLiteral("page_token");
    QTest::newRow("page_size=0") << "page_size=0" << size;
    QTest::newRow("page_size=1001") << "page_size=1001" << size;
    QTest::newRow("page_size=abc") << "page_size=abc" << size;
    QTest::newRow("page_size=-5") << "page_size=-5" << size;
    QTest::newRow("page_size=1.5") << "page_size=1.5" << size;
    QTest::newRow("page_token=garbage") << "page_token=garbage" << token;
    QTest::newRow("page_token=%00%FF") << "page_token=%00%FF" << token;
    QTest::newRow("page_size=1") << "page_size=1" << QString();
    QTest::newRow("page_size=1000") << "page_size=1000" << QString();
}

void TestServerContractValidation::listQuery()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    for (const QString &path : {QStringLiteral("/api/v1/me/tokens"),
                                QStringLiteral("/api/v1/teams/%1/tokens").arg(m_platform)}) {
        const HttpResult r = m_client.get(path + '?' + query, m_session);
        if (!field.isEmpty()) {
            HTTP_EXPECT_ERROR(r, 400, Invalid, field);
            continue;
        }
        HTTP_EXPECT_STATUS(r, 200);
        const int pageSize = query.section('=', 1).toInt();
        const qsizetype count = r.json.value(QLatin1String("tokens")).toArray().size();
        QVERIFY2(count >= 1 && count <= pageSize, qPrintable(r.describe()));
    }
}

void TestServerContractValidation::serverWithNoExpiryAndShorterLifetime()
{
    TestServer server({QStringLiteral("--allow-no-expiry"), QStringLiteral("--max-lifetime-days"),
                       QStringLiteral("90"), QStringLiteral("--default-lifetime-days"),
                       QStringLiteral("7")});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpTestClient client(server.baseUrl());
    const QByteArray session = client.login(QStringLiteral("demo"), QStringLiteral("demo"));
    QVERIFY(!session.isEmpty());

    const HttpResult policyResult = client.get(QStringLiteral("/api/v1/policy"), session);
    HTTP_EXPECT_STATUS(policyResult, 200);
    const auto policy = Policy::fromJson(policyResult.json);
    QVERIFY2(policy, qPrintable(policyResult.describe()));
    QCOMPARE(policy->allowNoExpiry, true);
    QCOMPARE(policy->maxLifetimeDays, 90);
    QCOMPARE(policy->defaultLifetimeDays, 7);

    const QString tokens = QStringLiteral("/api/v1/me/tokens");
    const QJsonArray read{QStringLiteral("read")};
    const QJsonValue none(QJsonValue::Undefined);
    for (const QJsonValue &expiry : {none, QJsonValue(QJsonValue::Null)}) {
        const QString name =
            expiry.isNull() ? QStringLiteral("null expiry") : QStringLiteral("no expiry");
        const HttpResult r = client.request("POST", tokens, body(name, read, expiry), session);
        HTTP_EXPECT_STATUS(r, 201);
        const QJsonObject token = r.json.value(QLatin1String("token")).toObject();
        QVERIFY2(token.contains(QLatin1String("expires_at")), qPrintable(r.describe()));
        QVERIFY2(token.value(QLatin1String("expires_at")).isNull(), qPrintable(r.describe()));

        const QByteArray secret = secretOf(r);
        const HttpResult info = client.get(QStringLiteral("/api/v1/token"), secret);
        HTTP_EXPECT_STATUS(info, 200);
        QVERIFY2(info.json.value(QLatin1String("expires_at")).isNull(),
                 qPrintable(info.describe()));

        // Rotation keeps "never expires".
        const QString id = token.value(QLatin1String("id")).toString();
        const HttpResult rotated =
            client.request("POST", tokens + '/' + id + "/rotate", {}, session);
        HTTP_EXPECT_STATUS(rotated, 201);
        QVERIFY2(rotated.json.value(QLatin1String("token"))[QLatin1String("expires_at")].isNull(),
                 qPrintable(rotated.describe()));
    }
    HTTP_EXPECT_ERROR(client.request("POST", tokens, body("too long", read, at(91 * Day)), session),
                      400, Invalid, "expires_at");
    HTTP_EXPECT_STATUS(
        client.request("POST", tokens, body("long enough", read, at(89 * Day)), session), 201);
}

QTEST_GUILESS_MAIN(TestServerContractValidation)
#include "tst_servercontract_validation.moc"
