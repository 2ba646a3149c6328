#include "Account.h"
#include "ApiError.h"
#include "JsonObjectReader.h"
#include "Policy.h"
#include "Rfc3339.h"
#include "Team.h"
#include "Token.h"
#include "TokenDraft.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestCoreJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfc3339CalendarMatchesQt();
    void tokenRoundTrip();
    void tokenWithoutExpiry();
    void tokenRejectsWrongShapes_data();
    void tokenRejectsWrongShapes();
    void teamAccountPolicyRoundTrip();
    void integersOutOfRangeAreErrors_data();
    void integersOutOfRangeAreErrors();
    void policyDaysOutOfRangeAreErrors();
    void apiErrorParsesServerBody();
    void apiErrorRejectsOtherBodies();
    void rfc3339_data();
    void rfc3339();
    void rfc3339ServerFormLikeQt();
    void draftOmitsMissingExpiry();
};

static Token sampleToken()
{
    Token t;
    t.id = QStringLiteral("tok_1");
    t.name = QStringLiteral("CI deploy");
    t.scopes = {QStringLiteral("read"), QStringLiteral("write")};
    t.owner = {TokenOwner::Type::Team, QStringLiteral("team_1"), QStringLiteral("platform")};
    t.createdAt = QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
    t.createdBy = QStringLiteral("alice");
    t.expiresAt = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    t.lastUsedAt = QDateTime(QDate(2026, 11, 2), QTime(8, 30, 5), Qt::UTC);
    t.hint = QStringLiteral("tdk_AbCd…wxyz");
    t.status = Token::Status::Active;
    return t;
}

void TestCoreJson::tokenRoundTrip()
{
    const Token token = sampleToken();
    const QJsonObject json = token.toJson();
    QCOMPARE(json.value(QStringLiteral("expires_at")).toString(),
             QStringLiteral("2026-12-01T10:00:00Z"));
    QCOMPARE(
        json.value(QStringLiteral("owner")).toObject().value(QStringLiteral("type")).toString(),
        QStringLiteral("team"));
    QString error;
    const auto parsed = Token::fromJson(json, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(*parsed, token);
}

void TestCoreJson::tokenWithoutExpiry()
{
    Token token = sampleToken();
    token.expiresAt = {};
    token.lastUsedAt = {};
    const QJsonObject json = token.toJson();
    QVERIFY(json.value(QStringLiteral("expires_at")).isNull());
    const auto parsed = Token::fromJson(json);
    QVERIFY(parsed);
    QVERIFY(!parsed->expires());
    QVERIFY(!parsed->isExpiredAt(QDateTime::currentDateTimeUtc().addYears(100)));
}

void TestCoreJson::tokenRejectsWrongShapes_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("id missing") << QStringLiteral("id") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("name number") << QStringLiteral("name") << QJsonValue(5);
    QTest::newRow("scopes string")
        << QStringLiteral("scopes") << QJsonValue(QStringLiteral("read"));
    QTest::newRow("scopes of numbers") << QStringLiteral("scopes") << QJsonValue(QJsonArray{1, 2});
    QTest::newRow("bad time") << QStringLiteral("created_at")
                              << QJsonValue(QStringLiteral("yesterday"));
    QTest::newRow("bad status") << QStringLiteral("status")
                                << QJsonValue(QStringLiteral("revoked"));
    QTest::newRow("owner type") << QStringLiteral("owner")
                                << QJsonValue(
                                       QJsonObject{{QStringLiteral("type"), QStringLiteral("org")},
                                                   {QStringLiteral("id"), QStringLiteral("x")},
                                                   {QStringLiteral("name"), QStringLiteral("x")}});
}

void TestCoreJson::tokenRejectsWrongShapes()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QJsonObject json = sampleToken().toJson();
    if (value.isUndefined())
        json.remove(key);
    else
        json.insert(key, value);
    QString error;
    QVERIFY(!Token::fromJson(json, &error));
    QVERIFY2(error.contains(key == QLatin1String("owner") ? QStringLiteral("owner") : key),
             qPrintable(error));
}

void TestCoreJson::teamAccountPolicyRoundTrip()
{
    const Team team{QStringLiteral("team_1"), QStringLiteral("platform"), Team::Role::Admin};
    QCOMPARE(Team::fromJson(team.toJson()).value(), team);

    const Account account{QStringLiteral("usr_1"), QStringLiteral("demo"), QStringLiteral("Demo"),
                          QStringLiteral("abc123"), Account::Plan::Paid};
    QCOMPARE(Account::fromJson(account.toJson()).value(), account);

    Policy policy;
    policy.scopes = {{QStringLiteral("read"), QStringLiteral("Read")}};
    policy.allowNoExpiry = true;
    policy.maxLifetimeDays = 90;
    policy.freePlanEndpoints = {{QStringLiteral("GET"), QStringLiteral("/api/v1/token")}};
    const auto parsed = Policy::fromJson(policy.toJson());
    QVERIFY(parsed);
    QCOMPARE(*parsed, policy);
    QVERIFY(parsed->allowsFreePlan(QStringLiteral("GET"), QStringLiteral("/api/v1/token")));
    QVERIFY(!parsed->allowsFreePlan(QStringLiteral("POST"), QStringLiteral("/api/v1/token")));
}

void TestCoreJson::integersOutOfRangeAreErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::newRow("small") << QByteArray(R"({"n": 42})") << true;
    QTest::newRow("2^53") << QByteArray(R"({"n": 9007199254740992})") << true;
    QTest::newRow("-2^53") << QByteArray(R"({"n": -9007199254740992})") << true;
    QTest::newRow("1e300") << QByteArray(R"({"n": 1e300})") << false;
    QTest::newRow("-1e300") << QByteArray(R"({"n": -1e300})") << false;
    QTest::newRow("2^63") << QByteArray(R"({"n": 9223372036854775808})") << false;
    QTest::newRow("2^60") << QByteArray(R"({"n": 1152921504606846976})") << false; // inexact
    QTest::newRow("fraction") << QByteArray(R"({"n": 1.5})") << false;
}

void TestCoreJson::integersOutOfRangeAreErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    JsonObjectReader r(QJsonDocument::fromJson(json).object());
    const qint64 n = r.integer(QStringLiteral("n"));
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QCOMPARE(n, qint64(0));
        QCOMPARE(r.errorField(), QStringLiteral("n"));
    }
}

void TestCoreJson::policyDaysOutOfRangeAreErrors()
{
    Policy policy;
    policy.scopes = {{QStringLiteral("read"), QStringLiteral("Read")}};
    policy.maxLifetimeDays = 90;
    QJsonObject json = policy.toJson();
    QVERIFY(Policy::fromJson(json));
    for (const double days : {1e12, 3e9, -1.0, 1e300}) {
        json[QStringLiteral("max_lifetime_days")] = days; // would not fit the int it becomes
        QString error;
        QVERIFY2(!Policy::fromJson(json, &error), qPrintable(QString::number(days)));
        QVERIFY2(error.contains(QStringLiteral("max_lifetime_days")), qPrintable(error));
    }
}

void TestCoreJson::apiErrorParsesServerBody()
{
    const ApiError error = ApiError::http(409, QStringLiteral("name_taken"),
                                          QStringLiteral("taken"), QStringLiteral("name"));
    const QByteArray body = QJsonDocument(error.toJson()).toJson();
    const auto parsed = ApiError::fromResponse(409, body);
    QVERIFY(parsed);
    QCOMPARE(parsed->code, QStringLiteral("name_taken"));
    QCOMPARE(parsed->field, QStringLiteral("name"));
    QCOMPARE(parsed->httpStatus, 409);
    QVERIFY(!parsed->isUnauthenticated());
}

void TestCoreJson::apiErrorRejectsOtherBodies()
{
    QVERIFY(!ApiError::fromResponse(500, "<html>oops</html>"));
    QVERIFY(!ApiError::fromResponse(500, "{\"error\":\"text\"}"));
    QVERIFY(!ApiError::fromResponse(500, "{\"error\":{\"code\":1,\"message\":\"m\"}}"));
}

void TestCoreJson::rfc3339_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime t(QDate(2030, 1, 31), QTime(12, 0), Qt::UTC);
    QTest::newRow("zulu") << QStringLiteral("2030-01-31T12:00:00Z") << t;
    QTest::newRow("lower z") << QStringLiteral("2030-01-31t12:00:00z") << t;
    QTest::newRow("offset") << QStringLiteral("2030-01-31T14:00:00+02:00") << t;
    QTest::newRow("fraction") << QStringLiteral("2030-01-31T12:00:00.000000Z") << t;
    QTest::newRow("no offset") << QStringLiteral("2030-01-31T12:00:00") << QDateTime();
    QTest::newRow("date only") << QStringLiteral("2030-01-31") << QDateTime();
    QTest::newRow("garbage") << QStringLiteral("tomorrow") << QDateTime();
    QTest::newRow("bad month") << QStringLiteral("2030-13-01T00:00:00Z") << QDateTime();
}

void TestCoreJson::rfc3339()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = Rfc3339::parse(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(Rfc3339::format(parsed), QStringLiteral("2030-01-31T12:00:00Z"));
    }
}

void TestCoreJson::rfc3339ServerFormLikeQt()
{
    // parse() reads the server's own form ("…T12:00:00Z") without Qt's ISO parser: it must give
    // what that parser gives, and leave whatever it does not read (out-of-range fields) to it.
    const auto qtParse = [](const QString &text) {
        const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
        return t.isValid() && t.date().year() >= 1 && t.date().year() <= 9999 ? t : QDateTime();
    };
    QStringList texts;
    for (const int year : {1, 4, 100, 1899, 1900, 1969, 1970, 1999, 2000, 2024, 2026, 2100, 9999}) {
        for (QDate day(year, 1, 1); day.isValid() && day.year() == year; day = day.addDays(1)) {
            const int s = int(day.toJulianDay() * 7919 % 86400);
            texts << QDateTime(day, QTime(s / 3600, s / 60 % 60, s % 60), Qt::UTC)
                         .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
        }
    }
    texts << QStringLiteral("2026-02-29T00:00:00Z") << QStringLiteral("2024-02-30T00:00:00Z")
          << QStringLiteral("2026-04-31T10:00:00Z") << QStringLiteral("2026-13-01T00:00:00Z")
          << QStringLiteral("2026-00-10T00:00:00Z") << QStringLiteral("2026-01-00T00:00:00Z")
          << QStringLiteral("2026-01-01T24:00:00Z") << QStringLiteral("2026-01-01T23:60:00Z")
          << QStringLiteral("2026-01-01T23:59:60Z") << QStringLiteral("0000-01-01T00:00:00Z")
          << QStringLiteral("0001-01-01T00:00:00Z") << QStringLiteral("9999-12-31T23:59:59Z");
    for (const QString &text : std::as_const(texts)) {
        const QDateTime parsed = Rfc3339::parse(text);
        const QDateTime expected = qtParse(text);
        QVERIFY2(parsed == expected && parsed.isValid() == expected.isValid(), qPrintable(text));
        if (parsed.isValid())
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
    // Not the shape: neither reader takes them. Digits of other scripts are not digits here.
    for (const QString &text :
         {QStringLiteral("2026-01-01T00:00:0aZ"), QStringLiteral("2026-01-01 00:00:00Z"),
          QStringLiteral("2026-01-01T00-00:00Z"), QStringLiteral("+026-01-01T00:00:00Z"),
          QStringLiteral("2026-01-01T00:00:00Y")})
        QVERIFY2(!Rfc3339::parse(text).isValid(), qPrintable(text));
    QVERIFY(!Rfc3339::parse(QString::fromUtf16(u"\uff12026-01-01T00:00:00Z")).isValid());
    QVERIFY(!Rfc3339::parse(QString::fromUtf16(u"2026-01-01T00:00:0\u0661Z")).isValid());
}

void TestCoreJson::draftOmitsMissingExpiry()
{
    TokenDraft draft{QStringLiteral("x"), {QStringLiteral("read")}, {}};
    QVERIFY(!draft.toJson().contains(QStringLiteral("expires_at")));
    draft.expiresAt = QDateTime(QDate(2030, 1, 31), QTime(12, 0), Qt::UTC);
    QCOMPARE(draft.toJson().value(QStringLiteral("expires_at")).toString(),
             QStringLiteral("2030-01-31T12:00:00Z"));
}

void TestCoreJson::rfc3339CalendarMatchesQt()
{
    // The hand-written calendar (the server's JSON writer and the fast parse path) against
    // Qt's, a day apart over four centuries and at the edges of the written range.
    const QDateTime start(QDate(1800, 1, 1), QTime(0, 0), Qt::UTC);
    for (int day = 0; day < 146097; day += 7) {
        const QDateTime time = start.addDays(day).addSecs(day % 86400);
        const qint64 secs = time.toSecsSinceEpoch();
        char text[Rfc3339::FormLength];
        QVERIFY(Rfc3339::writeSeconds(secs, text));
        QCOMPARE(QString::fromLatin1(text, Rfc3339::FormLength), Rfc3339::format(time));
        const Rfc3339::CivilDate date =
            Rfc3339::civilFromDays(secs >= 0 ? secs / 86400 : (secs - 86399) / 86400);
        QCOMPARE(date.year, qint64(time.date().year()));
        QCOMPARE(int(date.month), time.date().month());
        QCOMPARE(int(date.day), time.date().day());
        QCOMPARE(Rfc3339::daysFromCivil(int(date.year), int(date.month), int(date.day)),
                 QDate(1970, 1, 1).daysTo(time.date()));
    }
    char text[Rfc3339::FormLength];
    QVERIFY(Rfc3339::writeSeconds(253402300799, text)); // 9999-12-31T23:59:59Z
    QCOMPARE(QByteArray(text, Rfc3339::FormLength), QByteArray("9999-12-31T23:59:59Z"));
    QVERIFY(!Rfc3339::writeSeconds(253402300800, text)); // year 10000
}

QTEST_APPLESS_MAIN(TestCoreJson)
#include "tst_corejson.moc"
