// Token names and expiry (issue 11 item 9): which characters a name may hold, NFC comparison
// (look-alikes collide), and no token that expires less than a minute after it is made.
#include "HttpTestClient.h"
#include "Rfc3339.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QtTest>

namespace {
const QString MyTokens = QStringLiteral("/api/v1/me/tokens");

QDateTime inSeconds(qint64 seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(seconds);
}

QByteArray rawCreateBody(const QByteArray &jsonName)
{
    return "{\"name\":\"" + jsonName + "\",\"scopes\":[\"read\"],\"expires_at\":\"" +
           Rfc3339::format(inSeconds(86400)).toLatin1() + "\"}";
}
} // namespace

class TestTokenNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void refusedCharacters_data();
    void refusedCharacters();
    void acceptedNames_data();
    void acceptedNames();
    void lookAlikesCollideAfterNfc_data();
    void lookAlikesCollideAfterNfc();
    void expiryLessThanAMinuteAheadIsRefused_data();
    void expiryLessThanAMinuteAheadIsRefused();

private:
    QStringList listedNames();

    TestServer m_server;
    HttpTestClient m_client;
    QByteArray m_session;
};

void TestTokenNames::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_client.setBaseUrl(m_server.baseUrl());
    m_session = m_client.login(QStringLiteral("alice"), QStringLiteral("alice"));
    QVERIFY(!m_session.isEmpty());
}

QStringList TestTokenNames::listedNames()
{
    QStringList names;
    const HttpResult r = m_client.get(MyTokens + QStringLiteral("?page_size=1000"), m_session);
    for (const QJsonValue &token : r.json.value(QLatin1String("tokens")).toArray())
        names << token[QLatin1String("name")].toString();
    return names;
}

void TestTokenNames::refusedCharacters_data()
{
    // The name as it appears inside the JSON string literal.
    QTest::addColumn<QByteArray>("jsonName");
    QTest::newRow("line separator U+2028") << QByteArray("deploy\\u2028key");
    QTest::newRow("paragraph separator U+2029") << QByteArray("deploy\\u2029key");
    QTest::newRow("private use U+E000") << QByteArray("deploy\\ue000key");
    QTest::newRow("private use plane 15 U+F0000") << QByteArray("deploy\\udb80\\udc00key");
    QTest::newRow("unassigned U+0378") << QByteArray("deploy\\u0378key");
    QTest::newRow("unassigned plane 3 U+3FFFD") << QByteArray("deploy\\ud8bf\\udffdkey");
    QTest::newRow("noncharacter U+FFFF") << QByteArray("deploy\\uffffkey");
    QTest::newRow("lone surrogate") << QByteArray("deploy\\ud800key");
    QTest::newRow("control U+0007") << QByteArray("deploy\\u0007key");
    QTest::newRow("format U+202E (right-to-left override)") << QByteArray("deploy\\u202ekey");
    QTest::newRow("format U+200B (zero width space)") << QByteArray("deploy\\u200bkey");
}

void TestTokenNames::refusedCharacters()
{
    QFETCH(QByteArray, jsonName);
    const QStringList before = listedNames();
    const HttpResult r = m_client.request("POST", MyTokens, rawCreateBody(jsonName), m_session);
    HTTP_EXPECT_ERROR(r, 400, "validation_failed", "name");
    QCOMPARE(listedNames(), before);
}

void TestTokenNames::acceptedNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("accents and a check mark") << QStringLiteral("d\u00e9ploy \u2713");
    QTest::newRow("emoji outside the BMP") << QStringLiteral("\U0001F680 launch");
    QTest::newRow("CJK") << QStringLiteral("\u90e8\u7f72\u30ad\u30fc");
    QTest::newRow("right-to-left script") << QStringLiteral("\u05de\u05e4\u05ea\u05d7");
}

void TestTokenNames::acceptedNames()
{
    QFETCH(QString, name);
    const HttpResult r =
        m_client.createToken(m_session, name, {QStringLiteral("read")}, inSeconds(86400));
    HTTP_EXPECT_STATUS(r, 201);
    QCOMPARE(r.json.value(QLatin1String("token"))[QLatin1String("name")].toString(), name);
}

void TestTokenNames::lookAlikesCollideAfterNfc_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("lookAlike");
    QTest::newRow("é precomposed, then e + U+0301")
        << QStringLiteral("caf\u00e9") << QStringLiteral("cafe\u0301");
    QTest::newRow("e + U+0301, then é precomposed")
        << QStringLiteral("re\u0301sume\u0301") << QStringLiteral("r\u00e9sum\u00e9");
    QTest::newRow("Å, then ANGSTROM SIGN U+212B")
        << QStringLiteral("\u00c5ngstr\u00f6m") << QStringLiteral("\u212bngstr\u00f6m");
    QTest::newRow("Hangul syllable, then its jamo")
        << QStringLiteral("\ud55c key") << QStringLiteral("\u1112\u1161\u11ab key");
}

void TestTokenNames::lookAlikesCollideAfterNfc()
{
    QFETCH(QString, first);
    QFETCH(QString, lookAlike);
    const HttpResult created =
        m_client.createToken(m_session, first, {QStringLiteral("read")}, inSeconds(86400));
    HTTP_EXPECT_STATUS(created, 201);
    // Stored and answered in NFC.
    const QString stored =
        created.json.value(QLatin1String("token"))[QLatin1String("name")].toString();
    QCOMPARE(stored, first.normalized(QString::NormalizationForm_C));
    QVERIFY(first != lookAlike);
    const HttpResult taken =
        m_client.createToken(m_session, lookAlike, {QStringLiteral("write")}, inSeconds(86400));
    HTTP_EXPECT_ERROR(taken, 409, "name_taken", "name");
}

void TestTokenNames::expiryLessThanAMinuteAheadIsRefused_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<int>("status");
    QTest::newRow("now") << 0 << 400;
    QTest::newRow("in 2 s") << 2 << 400;
    QTest::newRow("in 30 s") << 30 << 400;
    QTest::newRow("in 55 s") << 55 << 400;
    QTest::newRow("in 65 s") << 65 << 201;
}

void TestTokenNames::expiryLessThanAMinuteAheadIsRefused()
{
    QFETCH(int, seconds);
    QFETCH(int, status);
    const QString name = QStringLiteral("short %1").arg(seconds);
    const HttpResult r =
        m_client.createToken(m_session, name, {QStringLiteral("read")}, inSeconds(seconds));
    if (status == 400) {
        HTTP_EXPECT_ERROR(r, 400, "validation_failed", "expires_at");
        QVERIFY2(!listedNames().contains(name), "a refused token must not be stored");
        return;
    }
    HTTP_EXPECT_STATUS(r, 201);
    // Renewing with too short an expiry is refused the same way.
    const QString rotate = MyTokens + QLatin1Char('/') + tokenIdOf(r) + QStringLiteral("/rotate");
    const QJsonObject soon{{QStringLiteral("expires_at"), Rfc3339::format(inSeconds(30))}};
    HTTP_EXPECT_ERROR(m_client.json("POST", rotate, soon, m_session), 400, "validation_failed",
                      "expires_at");
    // The old secret still works: nothing was changed.
    HTTP_EXPECT_STATUS(m_client.get(QStringLiteral("/api/v1/token"), secretOf(r)), 200);
}

QTEST_GUILESS_MAIN(TestTokenNames)
#include "tst_tokennames.moc"
