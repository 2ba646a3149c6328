#include "AccountSession.h"
#include "ApiCall.h"
#include "ApiClient.h"
#include "TestServer.h"
#include "TokenFormat.h"

#include <QSignalSpy>
#include <QTest>

class TestAccountSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void signInLoadsProfileTeamsAndPolicy();
    void wrongPasswordFails();
    void resumeWithRememberedSession();
    void resumeWithRevokedSessionFails();
    void expiredSessionAsksToSignInAgain();
    void signOutRevokesSession();
    void permissionsFollowTeamRole();
    void failedSecondSignInKeepsCurrentAccount();

private:
    static SecureBuffer pw(const char *text) { return SecureBuffer(QByteArrayView(text)); }
    bool signIn(AccountSession &session, const QString &user);
    // Asks /me with session until the server refuses it (sign-out revokes in the background);
    // the last HTTP status seen (401 once revoked).
    int waitUntilRefused(const SecureBuffer &session);

    TestServer m_server;
};

void TestAccountSession::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

bool TestAccountSession::signIn(AccountSession &session, const QString &user)
{
    QSignalSpy signedIn(&session, &AccountSession::signedIn);
    session.signIn(m_server.baseUrl(), user, SecureBuffer(user.toUtf8()));
    return signedIn.wait(15000) && session.isSignedIn();
}

int TestAccountSession::waitUntilRefused(const SecureBuffer &session)
{
    ApiClient probe;
    probe.setBaseUrl(m_server.baseUrl());
    probe.setSession(session.clone());
    int status = 0;
    for (int attempt = 0; attempt < 50 && status != 401; ++attempt) {
        bool done = false;
        probe.me(
            this, [&](const Account &) { status = 200, done = true; },
            [&](const ApiError &e) { status = e.httpStatus, done = true; });
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            return 0;
        if (status != 401)
            QTest::qWait(100);
    }
    return status;
}

void TestAccountSession::signInLoadsProfileTeamsAndPolicy()
{
    ApiClient client;
    AccountSession session(client);
    QSignalSpy states(&session, &AccountSession::stateChanged);
    QVERIFY(signIn(session, QStringLiteral("alice")));
    QCOMPARE(states.first().first().value<AccountSession::State>(),
             AccountSession::State::SigningIn);
    QCOMPARE(session.account().username, QStringLiteral("alice"));
    QCOMPARE(session.account().plan, Account::Plan::Paid);
    QVERIFY(!session.account().accountId.isEmpty());
    QCOMPARE(session.teams().size(), 2);
    QCOMPARE(session.teams().at(0).name, QStringLiteral("data"));
    QCOMPARE(session.teams().at(1).role, Team::Role::Admin);
    QCOMPARE(session.policy().scopeIds(),
             (QStringList{QStringLiteral("read"), QStringLiteral("write")}));
    QCOMPARE(session.policy().maxLifetimeDays, 365);
    QVERIFY(TokenFormat::isWellFormed(session.sessionSecret().view(), TokenFormat::Kind::Session));
}

void TestAccountSession::wrongPasswordFails()
{
    ApiClient client;
    AccountSession session(client);
    QSignalSpy failed(&session, &AccountSession::signInFailed);
    session.signIn(m_server.baseUrl(), QStringLiteral("demo"), pw("not-the-password"));
    QVERIFY(failed.wait(15000));
    const auto error = failed.first().first().value<ApiError>();
    QCOMPARE(error.code, QStringLiteral("invalid_credentials"));
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(session.state(), AccountSession::State::SignedOut);
    QVERIFY(session.sessionSecret().isEmpty());
}

void TestAccountSession::resumeWithRememberedSession()
{
    SecureBuffer remembered;
    {
        ApiClient client;
        AccountSession first(client);
        QVERIFY(signIn(first, QStringLiteral("demo")));
        remembered = first.sessionSecret();
    } // the app quits without signing out
    ApiClient client;
    AccountSession second(client);
    QSignalSpy signedIn(&second, &AccountSession::signedIn);
    second.resume(m_server.baseUrl(), remembered.clone());
    QVERIFY(signedIn.wait(15000));
    QCOMPARE(second.account().username, QStringLiteral("demo"));
    QCOMPARE(second.teams().size(), 1);
}

void TestAccountSession::resumeWithRevokedSessionFails()
{
    ApiClient client;
    AccountSession session(client);
    QVERIFY(signIn(session, QStringLiteral("demo")));
    const SecureBuffer old = session.sessionSecret();
    session.signOut();
    QCOMPARE(waitUntilRefused(old), 401); // the revocation has landed

    ApiClient client2;
    AccountSession resumed(client2);
    QSignalSpy failed(&resumed, &AccountSession::signInFailed);
    resumed.resume(m_server.baseUrl(), old.clone());
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.first().first().value<ApiError>().httpStatus, 401);
    QCOMPARE(resumed.state(), AccountSession::State::SignedOut);
}

void TestAccountSession::expiredSessionAsksToSignInAgain()
{
    ApiClient client;
    AccountSession session(client);
    QVERIFY(signIn(session, QStringLiteral("demo")));

    // Revoke the session behind the app's back, as an expiry on the server would.
    ApiClient other;
    other.setBaseUrl(m_server.baseUrl());
    other.setSession(session.sessionSecret());
    bool revoked = false;
    other.logout(
        this, [&] { revoked = true; }, [](const ApiError &) {});
    QTRY_VERIFY_WITH_TIMEOUT(revoked, 15000);

    QSignalSpy expired(&session, &AccountSession::sessionExpired);
    ApiError seen;
    session.client().listTokens(
        {TokenOwner::Type::User, session.account().id, {}}, this, [](const QList<Token> &) {},
        [&](const ApiError &e) { seen = e; });
    QVERIFY(expired.wait(15000));
    QCOMPARE(session.state(), AccountSession::State::Expired);
    QCOMPARE(seen.httpStatus, 401);
    QVERIFY(expired.first().first().toString().contains(QStringLiteral("Sign in again")));
    // Profile data survives so open pages and dialogs keep their content.
    QCOMPARE(session.account().username, QStringLiteral("demo"));

    QVERIFY(signIn(session, QStringLiteral("demo")));
    QCOMPARE(session.state(), AccountSession::State::SignedIn);
}

void TestAccountSession::signOutRevokesSession()
{
    ApiClient client;
    AccountSession session(client);
    QVERIFY(signIn(session, QStringLiteral("demo")));
    const SecureBuffer old = session.sessionSecret();
    QSignalSpy signedOut(&session, &AccountSession::signedOut);
    session.signOut();
    QCOMPARE(signedOut.size(), 1);
    QCOMPARE(session.state(), AccountSession::State::SignedOut);
    QVERIFY(session.sessionSecret().isEmpty());

    // The server forgot it too (the logout call finishes in the background).
    QCOMPARE(waitUntilRefused(old), 401);
}

void TestAccountSession::permissionsFollowTeamRole()
{
    ApiClient client;
    AccountSession demo(client);
    QVERIFY(signIn(demo, QStringLiteral("demo")));
    const Team platform = demo.teams().first();
    QCOMPARE(platform.role, Team::Role::Member);

    Token alicesToken;
    alicesToken.owner = {TokenOwner::Type::Team, platform.id, platform.name};
    alicesToken.createdBy = QStringLiteral("alice");
    QVERIFY(!demo.canManage(alicesToken));
    QVERIFY(demo.whyCannotManage(alicesToken).contains(QStringLiteral("alice")));

    Token demosToken = alicesToken;
    demosToken.createdBy = QStringLiteral("demo");
    QVERIFY(demo.canManage(demosToken));

    Token personal;
    personal.owner = {TokenOwner::Type::User, demo.account().id, QStringLiteral("demo")};
    QVERIFY(demo.canManage(personal));

    ApiClient client2;
    AccountSession alice(client2);
    QVERIFY(signIn(alice, QStringLiteral("alice")));
    QVERIFY(alice.canManage(demosToken)); // admin of platform
}

void TestAccountSession::failedSecondSignInKeepsCurrentAccount()
{
    ApiClient client;
    AccountSession session(client);
    QVERIFY(signIn(session, QStringLiteral("demo")));
    const SecureBuffer before = session.sessionSecret();

    // "Add account…" with a mistyped password must not sign demo out.
    QSignalSpy failed(&session, &AccountSession::signInFailed);
    QSignalSpy states(&session, &AccountSession::stateChanged);
    session.signIn(m_server.baseUrl(), QStringLiteral("alice"), pw("wrong"));
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.first().first().value<ApiError>().code, QStringLiteral("invalid_credentials"));
    QCOMPARE(session.state(), AccountSession::State::SignedIn);
    QCOMPARE(states.size(), 0);
    QCOMPARE(session.account().username, QStringLiteral("demo"));
    QVERIFY(session.sessionSecret() == before);
    bool listed = false;
    session.client().listTokens(
        {TokenOwner::Type::User, session.account().id, {}}, this,
        [&](const QList<Token> &) { listed = true; }, [](const ApiError &) {});
    QTRY_VERIFY_WITH_TIMEOUT(listed, 15000); // demo's session still works

    // The right password switches to alice.
    QVERIFY(signIn(session, QStringLiteral("alice")));
    QCOMPARE(session.account().username, QStringLiteral("alice"));
}

QTEST_GUILESS_MAIN(TestAccountSession)
#include "tst_accountsession.moc"
