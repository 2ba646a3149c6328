#include "AccountSession.h"
#include "ApiCall.h"
#include "ApiClient.h"
#include "AppRun.h"
#include "MemorySecretStore.h"
#include "RememberedSessions.h"
#include "SecretStore.h"
#include "Settings.h"
#include "TestServer.h"
#include "TokenFormat.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// "Remember me" without a window: persist, resume at the next start, forget, switch accounts.
// The in-memory secret store stands in for the keychain (its own suites test the real one).
class TestRememberedSessions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void rememberedSessionResumesAtNextStart();
    void notRememberedOrNoKeychainMeansNothingToResume();
    void revokedSessionIsForgottenWithReason();
    void signOutForgetsTheSavedSession();
    void failedSaveLeavesNothingBehind();
    void switchKeepsOnlyARememberedSessionValid();
    void cancelledResumeDoesNotSignIn();
    void credentialsInTheServerUrlAreNotKept();

private:
    QString ini() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    QString sessionKey(const QString &user) const
    {
        return SecretStore::sessionKey(m_server.baseUrl(), user);
    }
    // Whether the server still accepts session (a fresh client asks /me).
    bool sessionValid(const QByteArray &session);

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRememberedSessions::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestRememberedSessions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

bool TestRememberedSessions::sessionValid(const QByteArray &session)
{
    ApiClient client;
    client.setBaseUrl(m_server.baseUrl());
    client.setSession(SecureBuffer(session));
    bool done = false;
    bool ok = false;
    client.me(
        &client,
        [&](const Account &) {
            ok = true;
            done = true;
        },
        [&](const ApiError &) { done = true; });
    return QTest::qWaitFor([&] { return done; }, 10000) && ok;
}

void TestRememberedSessions::rememberedSessionResumesAtNextStart()
{
    MemorySecretStore keychain;
    QByteArray saved;
    {
        AppRun first(keychain, ini());
        QVERIFY(first.signInRemembered(m_server.baseUrl(), QStringLiteral("demo")));
        QVERIFY(keychain.contains(sessionKey(QStringLiteral("demo"))));
        saved = keychain.value(sessionKey(QStringLiteral("demo")));
        QVERIFY(TokenFormat::isWellFormed(saved, TokenFormat::Kind::Session));
    } // quit without signing out

    AppRun second(keychain, ini());
    QVERIFY(second.probe());
    RememberedSessions &remembered = second.services.remembered();
    QSignalSpy resumed(&remembered, &RememberedSessions::resumed);
    QSignalSpy failed(&remembered, &RememberedSessions::resumeFailed);
    QVERIFY(remembered.resumeLast());
    QVERIFY(remembered.isResuming());
    QCOMPARE(remembered.resuming().username, QStringLiteral("demo"));
    QVERIFY(resumed.wait(15000));
    QVERIFY(!remembered.isResuming());
    QCOMPARE(failed.count(), 0);
    QCOMPARE(second.services.session().account().username, QStringLiteral("demo"));
    QCOMPARE(second.services.session().sessionSecret().view().toByteArray(), saved);
}

void TestRememberedSessions::notRememberedOrNoKeychainMeansNothingToResume()
{
    MemorySecretStore keychain;
    {
        AppRun run(keychain, ini());
        QVERIFY(run.probe());
        QVERIFY(!run.services.remembered().resumeLast()); // no account yet
        QVERIFY(run.signIn(m_server.baseUrl(), QStringLiteral("demo")));
        run.services.remembered().rememberCurrent(false);
        QVERIFY(!run.services.remembered().resumeLast()); // known, but not remembered
        run.services.remembered().rememberCurrent(true);
        QTRY_VERIFY_WITH_TIMEOUT(keychain.contains(sessionKey(QStringLiteral("demo"))), 5000);
    }
    MemorySecretStore noKeychain(false);
    AppRun without(noKeychain, ini());
    QVERIFY(!without.probe());
    QVERIFY(!without.services.remembered().resumeLast()); // remembered, but no keychain now
    QVERIFY(!without.services.remembered().isResuming());
}

void TestRememberedSessions::revokedSessionIsForgottenWithReason()
{
    MemorySecretStore keychain;
    {
        AppRun first(keychain, ini());
        QVERIFY(first.signInRemembered(m_server.baseUrl(), QStringLiteral("demo")));
        QVERIFY(keychain.contains(sessionKey(QStringLiteral("demo"))));
    }
    // Revoked behind the app's back (e.g. signed out on another machine).
    {
        ApiClient other;
        other.setBaseUrl(m_server.baseUrl());
        other.setSession(SecureBuffer(keychain.value(sessionKey(QStringLiteral("demo")))));
        bool done = false;
        other.logout(
            &other, [&] { done = true; }, [&](const ApiError &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }
    AppRun second(keychain, ini());
    QVERIFY(second.probe());
    RememberedSessions &remembered = second.services.remembered();
    QSignalSpy failed(&remembered, &RememberedSessions::resumeFailed);
    QSignalSpy resumed(&remembered, &RememberedSessions::resumed);
    QVERIFY(remembered.resumeLast());
    QVERIFY(failed.wait(15000));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("saved session ended")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(resumed.count(), 0);
    QVERIFY(!second.services.session().isSignedIn());
    QVERIFY(!remembered.isRemembered({m_server.baseUrl(), QStringLiteral("demo")}));
    QTRY_VERIFY_WITH_TIMEOUT(!keychain.contains(sessionKey(QStringLiteral("demo"))), 5000);
}

void TestRememberedSessions::signOutForgetsTheSavedSession()
{
    MemorySecretStore keychain;
    AppRun run(keychain, ini());
    QVERIFY(run.signInRemembered(m_server.baseUrl(), QStringLiteral("demo")));
    RememberedSessions &remembered = run.services.remembered();
    QVERIFY(keychain.contains(sessionKey(QStringLiteral("demo"))));
    const QByteArray session = keychain.value(sessionKey(QStringLiteral("demo")));
    remembered.signOut();
    QVERIFY(!run.services.session().isSignedIn());
    QVERIFY(!remembered.isRemembered({m_server.baseUrl(), QStringLiteral("demo")}));
    QTRY_VERIFY_WITH_TIMEOUT(!keychain.contains(sessionKey(QStringLiteral("demo"))), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!sessionValid(session), 10000); // ended on the server too
    QVERIFY(!remembered.resumeLast());
}

void TestRememberedSessions::failedSaveLeavesNothingBehind()
{
    MemorySecretStore keychain;
    AppRun run(keychain, ini());
    QVERIFY(run.probe());
    QVERIFY(run.signIn(m_server.baseUrl(), QStringLiteral("demo")));
    RememberedSessions &remembered = run.services.remembered();
    QSignalSpy saveFailed(&remembered, &RememberedSessions::saveFailed);
    keychain.setFailWrites(true);
    remembered.rememberCurrent(true);
    QVERIFY(saveFailed.wait(5000));
    QVERIFY(saveFailed.first().first().toString().contains(QStringLiteral("could not be saved")));
    QVERIFY(!remembered.isRemembered({m_server.baseUrl(), QStringLiteral("demo")}));
    QVERIFY(keychain.keys().isEmpty());
}

void TestRememberedSessions::switchKeepsOnlyARememberedSessionValid()
{
    MemorySecretStore keychain;
    AppRun run(keychain, ini());
    QVERIFY(run.probe());
    RememberedSessions &remembered = run.services.remembered();
    AccountSession &session = run.services.session();
    const Settings::AccountRef demo{m_server.baseUrl(), QStringLiteral("demo")};
    const Settings::AccountRef alice{m_server.baseUrl(), QStringLiteral("alice")};

    // Remembered: switching away keeps the session valid, so switching back resumes it.
    QVERIFY(run.signIn(m_server.baseUrl(), QStringLiteral("demo")));
    remembered.rememberCurrent(true);
    QTRY_VERIFY_WITH_TIMEOUT(remembered.isRemembered(demo), 5000);
    const QByteArray demoSession = session.sessionSecret().view().toByteArray();
    remembered.switchTo(alice);
    QVERIFY(!session.isSignedIn());
    QCOMPARE(run.services.settings().accounts().first(), alice);
    QVERIFY(sessionValid(demoSession));

    // Not remembered: switching away ends the session on the server.
    QVERIFY(run.signIn(m_server.baseUrl(), QStringLiteral("alice")));
    remembered.rememberCurrent(false);
    const QByteArray aliceSession = session.sessionSecret().view().toByteArray();
    remembered.switchTo(demo);
    QCOMPARE(run.services.settings().accounts().first(), demo);
    QTRY_VERIFY_WITH_TIMEOUT(!sessionValid(aliceSession), 10000);

    QSignalSpy resumed(&remembered, &RememberedSessions::resumed);
    QVERIFY(remembered.resumeLast());
    QVERIFY(resumed.wait(15000));
    QCOMPARE(session.account().username, QStringLiteral("demo"));
    QCOMPARE(session.sessionSecret().view().toByteArray(), demoSession);
}

void TestRememberedSessions::cancelledResumeDoesNotSignIn()
{
    MemorySecretStore keychain;
    {
        AppRun first(keychain, ini());
        QVERIFY(first.signInRemembered(m_server.baseUrl(), QStringLiteral("demo")));
        QVERIFY(keychain.contains(sessionKey(QStringLiteral("demo"))));
    }
    AppRun second(keychain, ini());
    QVERIFY(second.probe());
    RememberedSessions &remembered = second.services.remembered();
    QSignalSpy resuming(&remembered, &RememberedSessions::resumingChanged);
    QSignalSpy resumed(&remembered, &RememberedSessions::resumed);
    QSignalSpy failed(&remembered, &RememberedSessions::resumeFailed);
    QVERIFY(remembered.resumeLast());
    remembered.cancel(); // the user chose to sign in by hand before the keychain answered
    QVERIFY(!remembered.isResuming());
    QTest::qWait(500);
    QCOMPARE(resumed.count(), 0);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(second.services.session().state(), AccountSession::State::SignedOut);
    QCOMPARE(resuming.count(), 2); // on, then off
}

void TestRememberedSessions::credentialsInTheServerUrlAreNotKept()
{
    MemorySecretStore keychain;
    {
        AppRun run(keychain, ini());
        QVERIFY(run.probe());
        QUrl typed = m_server.baseUrl();
        typed.setUserName(QStringLiteral("someone"));
        typed.setPassword(QStringLiteral("hunter2"));
        QVERIFY(run.signIn(typed, QStringLiteral("demo")));
        QVERIFY(run.services.session().server().userInfo().isEmpty());
        QCOMPARE(run.services.session().server(), m_server.baseUrl());
        QVERIFY(run.services.settings().accounts().first().server.userInfo().isEmpty());
        // Settings written directly with such a URL drop them as well.
        run.services.settings().rememberAccount({typed, QStringLiteral("alice")});
        QVERIFY(run.services.settings().accounts().first().server.userInfo().isEmpty());
    }
    QFile file(ini());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains("demo"));
    QVERIFY2(!written.contains("hunter2") && !written.contains("someone"), written.constData());
}

QTEST_MAIN(TestRememberedSessions)
#include "tst_rememberedsessions.moc"
