#include "ApiClient.h"
#include "CallOutcome.h"
#include "SignedInClient.h"
#include "TestServer.h"
#include "TokenFormat.h"

#include <QTest>

// ApiClient's calls for rotation with grace, bulk revoke and leak response (identify, revoke
// with the token itself), against the real server: what each sends and how it reads the answer.
class TestApiClientRevoke : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rotateWithGraceReportsUntilWhen();
    void revokeTokensAnswersTheRevokedIds();
    void identifyNamesOwnTokensOnly();
    void revokeWithTokenUsesTheTokenAsBearer();

private:
    struct Created
    {
        Token token;
        QByteArray secret;
    };
    // A personal token of alice's; empty secret when it failed.
    Created create(const QString &name);
    // 200 when secret authenticates, else the HTTP status.
    int introspect(const QByteArray &secret);
    // Waits for outcome's callback; false after 15 s.
    static bool await(const CallOutcome &outcome);

    TestServer m_server;
    ApiClient m_alice;
    ApiClient m_demo;
    TokenOwner m_aliceOwner;
};

void TestApiClientRevoke::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QString error;
    m_aliceOwner =
        SignedInClient::signIn(m_alice, m_server.baseUrl(), QStringLiteral("alice"), &error);
    QVERIFY2(!m_aliceOwner.id.isEmpty(), qPrintable(error));
    QVERIFY2(!SignedInClient::signIn(m_demo, m_server.baseUrl(), QStringLiteral("demo"), &error)
                  .id.isEmpty(),
             qPrintable(error));
}

bool TestApiClientRevoke::await(const CallOutcome &outcome)
{
    return QTest::qWaitFor([&outcome] { return outcome.count() > 0; }, 15000);
}

TestApiClientRevoke::Created TestApiClientRevoke::create(const QString &name)
{
    Created created;
    CallOutcome o;
    m_alice.createToken(
        m_aliceOwner, {name, {QStringLiteral("read")}, QDateTime::currentDateTimeUtc().addDays(7)},
        this,
        [&](const ApiClient::CreatedToken &c) {
            created = {c.token, c.secret.view().toByteArray()};
            ++o.successes;
        },
        o.failed());
    (void)await(o);
    return created;
}

int TestApiClientRevoke::introspect(const QByteArray &secret)
{
    CallOutcome o;
    m_alice.introspect(SecureBuffer(secret), this, o.succeeded<ApiClient::Introspection>(),
                       o.failed());
    if (!await(o))
        return 0;
    return o.successes ? 200 : o.error.httpStatus;
}

void TestApiClientRevoke::rotateWithGraceReportsUntilWhen()
{
    const Created original = create(QStringLiteral("api-grace"));
    QVERIFY(!original.secret.isEmpty());
    QVERIFY(!original.token.previousSecretValidUntil.isValid());
    Token rotated;
    QByteArray fresh;
    CallOutcome o;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    m_alice.rotateTokenWithGrace(
        m_aliceOwner, original.token.id, {}, 600, this,
        [&](const ApiClient::CreatedToken &c) {
            rotated = c.token;
            fresh = c.secret.view().toByteArray();
            ++o.successes;
        },
        o.failed());
    QVERIFY(await(o));
    QVERIFY2(o.successes == 1, qPrintable(o.error.message));
    QVERIFY(qAbs(before.addSecs(600).secsTo(rotated.previousSecretValidUntil)) < 60);
    QCOMPARE(introspect(original.secret), 200);
    QCOMPARE(introspect(fresh), 200);

    // Out of range: the server says which field, and the client reports it.
    CallOutcome bad;
    m_alice.rotateTokenWithGrace(m_aliceOwner, original.token.id, {}, 86401, this,
                                 bad.succeeded<ApiClient::CreatedToken>(), bad.failed());
    QVERIFY(await(bad));
    QCOMPARE(bad.failures, 1);
    QCOMPARE(bad.error.httpStatus, 400);
    QCOMPARE(bad.error.field, QStringLiteral("grace_seconds"));
}

void TestApiClientRevoke::revokeTokensAnswersTheRevokedIds()
{
    const Created a = create(QStringLiteral("api-bulk-a"));
    const Created b = create(QStringLiteral("api-bulk-b"));
    QVERIFY(!a.secret.isEmpty() && !b.secret.isEmpty());
    QStringList revoked;
    CallOutcome o;
    m_alice.revokeTokens(
        m_aliceOwner, {a.token.id, b.token.id}, this,
        [&](const QStringList &ids) {
            revoked = ids;
            ++o.successes;
        },
        o.failed());
    QVERIFY(await(o));
    QVERIFY2(o.successes == 1, qPrintable(o.error.message));
    revoked.sort();
    QStringList expected{a.token.id, b.token.id};
    expected.sort();
    QCOMPARE(revoked, expected);
    QCOMPARE(introspect(a.secret), 401);
    QCOMPARE(introspect(b.secret), 401);
}

void TestApiClientRevoke::identifyNamesOwnTokensOnly()
{
    const Created mine = create(QStringLiteral("api-identify"));
    QVERIFY(!mine.secret.isEmpty());
    Token found;
    CallOutcome o;
    m_alice.identifyToken(
        SecureBuffer(mine.secret), this,
        [&](const Token &token) {
            found = token;
            ++o.successes;
        },
        o.failed());
    QVERIFY(await(o));
    QVERIFY2(o.successes == 1, qPrintable(o.error.message));
    QCOMPARE(found.id, mine.token.id);
    QCOMPARE(found.name, QStringLiteral("api-identify"));

    // demo may not learn whose it is: 404, as for a secret nobody issued.
    CallOutcome other;
    m_demo.identifyToken(SecureBuffer(mine.secret), this, other.succeeded<Token>(), other.failed());
    QVERIFY(await(other));
    QCOMPARE(other.failures, 1);
    QCOMPARE(other.error.httpStatus, 404);
    QCOMPARE(introspect(mine.secret), 200); // asking changes nothing
}

void TestApiClientRevoke::revokeWithTokenUsesTheTokenAsBearer()
{
    const Created leaked = create(QStringLiteral("api-self-revoke"));
    QVERIFY(!leaked.secret.isEmpty());
    // demo's client (another user's session) revokes alice's token with the token itself.
    CallOutcome o;
    m_demo.revokeWithToken(
        SecureBuffer(leaked.secret), this, [&o] { ++o.successes; }, o.failed());
    QVERIFY(await(o));
    QVERIFY2(o.successes == 1, qPrintable(o.error.message));
    QCOMPARE(introspect(leaked.secret), 401);
    // Again: it authenticates nothing now.
    CallOutcome again;
    m_demo.revokeWithToken(
        SecureBuffer(leaked.secret), this, [&again] { ++again.successes; }, again.failed());
    QVERIFY(await(again));
    QCOMPARE(again.failures, 1);
    QCOMPARE(again.error.httpStatus, 401);
    // A 401 for the token is not the end of demo's session.
    CallOutcome me;
    m_demo.me(this, me.succeeded<Account>(), me.failed());
    QVERIFY(await(me));
    QCOMPARE(me.successes, 1);
}

QTEST_MAIN(TestApiClientRevoke)
#include "tst_apiclient_revoke.moc"
