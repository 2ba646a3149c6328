#include "Token.h"
#include "TokenEvent.h"
#include "TokenUsage.h"

#include <QJsonDocument>
#include <QTest>

// The client's reading of the usage and activity answers (issue 18): the documented shapes are
// accepted, anything else names the problem instead of showing empty values.
class TestActivityJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void usageReadsAddressesNewestFirst();
    void usageRejectsWrongShapes_data();
    void usageRejectsWrongShapes();
    void eventReadsTokenAndSessionEvents();
    void eventRejectsWrongShapes_data();
    void eventRejectsWrongShapes();
    void tokenReadsLastAddressAndGrace();
};

static QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

void TestActivityJson::usageReadsAddressesNewestFirst()
{
    QString problem;
    const auto usage = TokenUsage::fromJson(
        object(R"({"addresses":[{"address":"127.0.0.2","user_agent":"curl/8","first_seen":)"
               R"("2026-12-02T04:00:00Z","last_seen":"2026-12-02T05:00:00Z"},{"address":"::1",)"
               R"("user_agent":null,"first_seen":"2026-12-01T04:00:00Z","last_seen":)"
               R"("2026-12-01T04:00:00Z"}]})"),
        &problem);
    QVERIFY2(usage, qPrintable(problem));
    QCOMPARE(usage->addresses.size(), 2);
    QCOMPARE(usage->addresses[0].address, QStringLiteral("127.0.0.2"));
    QCOMPARE(usage->addresses[0].userAgent, QStringLiteral("curl/8"));
    QCOMPARE(usage->addresses[0].lastSeen, QDateTime(QDate(2026, 12, 2), QTime(5, 0), Qt::UTC));
    QVERIFY(usage->addresses[1].userAgent.isEmpty());
    QCOMPARE(TokenUsage::fromJson(usage->toJson()), usage);
}

void TestActivityJson::usageRejectsWrongShapes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no list") << QByteArray("{}") << QStringLiteral("addresses");
    QTest::newRow("not objects") << QByteArray(R"({"addresses":[1]})")
                                 << QStringLiteral("addresses[0]");
    QTest::newRow("no time") << QByteArray(R"({"addresses":[{"address":"1.2.3.4"}]})")
                             << QStringLiteral("first_seen");
    QTest::newRow("empty address")
        << QByteArray(R"({"addresses":[{"address":"","first_seen":"2026-12-02T04:00:00Z",)"
                      R"("last_seen":"2026-12-02T04:00:00Z"}]})")
        << QStringLiteral("empty");
}

void TestActivityJson::usageRejectsWrongShapes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString problem;
    QVERIFY(!TokenUsage::fromJson(QJsonDocument::fromJson(json).object(), &problem));
    QVERIFY2(problem.contains(mentions), qPrintable(problem));
}

void TestActivityJson::eventReadsTokenAndSessionEvents()
{
    QString problem;
    const auto revoked = TokenEvent::fromJson(
        object(R"({"id":"evt_1","at":"2026-12-02T04:00:00Z","action":"token.revoked","actor":)"
               R"({"type":"token","id":"tok_1","name":"ci"},"owner":{"type":"team","id":"team_1",)"
               R"("name":"platform"},"token":{"id":"tok_1","name":"ci"},"address":"10.0.0.9"})"),
        &problem);
    QVERIFY2(revoked, qPrintable(problem));
    QCOMPARE(revoked->action, QStringLiteral("token.revoked"));
    QCOMPARE(revoked->actor.type, QStringLiteral("token"));
    QCOMPARE(revoked->owner.type, TokenOwner::Type::Team);
    QCOMPARE(revoked->tokenName, QStringLiteral("ci"));
    QCOMPARE(revoked->address, QStringLiteral("10.0.0.9"));
    QCOMPARE(TokenEvent::fromJson(revoked->toJson()), revoked);

    const auto signedIn = TokenEvent::fromJson(
        object(R"({"id":"evt_2","at":"2026-12-02T04:00:00Z","action":"session.created","actor":)"
               R"({"type":"user","id":"usr_1","name":"demo"},"owner":{"type":"user","id":"usr_1",)"
               R"("name":"demo"},"token":null,"address":null})"),
        &problem);
    QVERIFY2(signedIn, qPrintable(problem));
    QVERIFY(!signedIn->hasToken());
    QVERIFY(signedIn->address.isEmpty());
}

void TestActivityJson::eventRejectsWrongShapes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    const QByteArray good = R"("id":"e","at":"2026-12-02T04:00:00Z","owner":{"type":"user","id":)"
                            R"("u","name":"demo"},"actor":{"type":"user","id":"u"})";
    QTest::newRow("no action") << "{" + good + "}" << QStringLiteral("action");
    QTest::newRow("empty action") << "{" + good + R"(,"action":""})" << QStringLiteral("action");
    QTest::newRow("token not an object")
        << "{" + good + R"(,"action":"token.created","token":"tok_1"})" << QStringLiteral("token");
    QTest::newRow("token without id")
        << "{" + good + R"(,"action":"token.created","token":{"name":"x"}})"
        << QStringLiteral("token: id");
    QTest::newRow("actor without id")
        << QByteArray(R"({"id":"e","at":"2026-12-02T04:00:00Z","action":"token.created",)"
                      R"("owner":{"type":"user","id":"u","name":"demo"},"actor":{"type":"user"}})")
        << QStringLiteral("actor");
    QTest::newRow("bad time") << QByteArray(R"({"id":"e","at":"yesterday","action":"a"})")
                              << QStringLiteral("at");
}

void TestActivityJson::eventRejectsWrongShapes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString problem;
    QVERIFY(!TokenEvent::fromJson(QJsonDocument::fromJson(json).object(), &problem));
    QVERIFY2(problem.contains(mentions), qPrintable(problem));
}

void TestActivityJson::tokenReadsLastAddressAndGrace()
{
    QString problem;
    const auto token = Token::fromJson(
        object(R"({"id":"tok_1","name":"ci","scopes":["read"],"owner":{"type":"user","id":"u",)"
               R"("name":"demo"},"created_at":"2026-12-01T00:00:00Z","created_by":"demo",)"
               R"("expires_at":null,"last_used_at":"2026-12-02T04:00:00Z","hint":"tdk_Ab…yz",)"
               R"("status":"active","last_used_address":"127.0.0.2",)"
               R"("previous_secret_valid_until":"2026-12-02T05:00:00Z"})"),
        &problem);
    QVERIFY2(token, qPrintable(problem));
    QCOMPARE(token->lastUsedAddress, QStringLiteral("127.0.0.2"));
    QCOMPARE(token->previousSecretValidUntil, QDateTime(QDate(2026, 12, 2), QTime(5, 0), Qt::UTC));
    QCOMPARE(Token::fromJson(token->toJson()), token);
    // Without them (an older server, never used, no grace): empty, and read back the same.
    Token plain = *token;
    plain.lastUsedAddress.clear();
    plain.previousSecretValidUntil = {};
    QCOMPARE(Token::fromJson(plain.toJson()), plain);
    QVERIFY(plain.toJson().value(QStringLiteral("previous_secret_valid_until")).isNull());
    QVERIFY(plain.toJson().value(QStringLiteral("last_used_address")).isNull());
}

QTEST_GUILESS_MAIN(TestActivityJson)
#include "tst_activityjson.moc"
