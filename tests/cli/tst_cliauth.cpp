// tokendesk-cli's sign-in, usage and shell integration, against the real server, in a
// throwaway HOME with its own gnome-keyring (tests/secrets/with-keyring.sh).
#include "AccountSession.h"
#include "AppServices.h"
#include "CliRun.h"
#include "RememberedSessions.h"
#include "SecretStore.h"
#include "SecretTool.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
QJsonObject jsonOf(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}
} // namespace

class TstCliAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void usage();
    void notSignedIn();
    void loginRemembersSessionInKeychain();
    void environmentSession();
    void unreachableServer();
    void switchAndLogout();
    void desktopAppResumesCliLogin();
    void completionsLoad();

private:
    QProcessEnvironment env() const;
    TestServer m_server;
    QString m_sessionKey;
};

QProcessEnvironment TstCliAuth::env() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TOKENDESK_SERVER"), m_server.baseUrl().toString());
    environment.remove(QStringLiteral("TOKENDESK_SESSION"));
    return environment;
}

void TstCliAuth::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("TOKENDESK_TEST_SANDBOX"))
        QSKIP("needs tests/secrets/with-keyring.sh (its own D-Bus session and keyring)");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_sessionKey = m_server.baseUrl().authority() + QStringLiteral("/alice/session");
}

void TstCliAuth::usage()
{
    CliRun help = CliRun::run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("token create"));
    help = CliRun::run({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("-h")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("Examples:"));
    QVERIFY(help.out.contains("--scope"));
    const CliRun unknown = CliRun::run({QStringLiteral("token"), QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.out.isEmpty());
    const CliRun wrongOption =
        CliRun::run({QStringLiteral("team"), QStringLiteral("list"), QStringLiteral("--save")});
    QCOMPARE(wrongOption.exitCode, 2);
    // No option takes a secret: a password on the command line is refused as unknown.
    const CliRun password = CliRun::run(
        {QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--password=x")});
    QCOMPARE(password.exitCode, 2);
}

void TstCliAuth::notSignedIn()
{
    const CliRun status =
        CliRun::run({QStringLiteral("auth"), QStringLiteral("status")}, {}, env());
    QCOMPARE(status.exitCode, 3);
    QVERIFY(status.err.contains("auth login"));
    const CliRun list = CliRun::run({QStringLiteral("token"), QStringLiteral("list")}, {}, env());
    QCOMPARE(list.exitCode, 3);
}

void TstCliAuth::loginRemembersSessionInKeychain()
{
    // Not a terminal and no --password-stdin: nobody can type a password.
    const CliRun noPassword = CliRun::run({QStringLiteral("auth"), QStringLiteral("login"),
                                           QStringLiteral("--username"), QStringLiteral("alice")},
                                          "alice\n", env());
    QCOMPARE(noPassword.exitCode, 2);
    const CliRun wrong =
        CliRun::run({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--username"),
                     QStringLiteral("alice"), QStringLiteral("--password-stdin")},
                    "wrong\n", env());
    QCOMPARE(wrong.exitCode, 1);
    const CliRun login =
        CliRun::run({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--username"),
                     QStringLiteral("alice"), QStringLiteral("--password-stdin")},
                    "alice\n", env());
    QCOMPARE(login.exitCode, 0);
    QVERIFY(login.out.isEmpty());
    QVERIFY(!login.err.contains("alice\n") && !login.err.contains("tds_"));

    // Where the desktop app looks for it: QtKeychain's entry under the app's key.
    const QByteArray stored = SecretTool::entry(m_sessionKey);
    QVERIFY2(stored.startsWith("tds_"), stored.constData());

    const CliRun status = CliRun::run(
        {QStringLiteral("auth"), QStringLiteral("status"), QStringLiteral("--json")}, {}, env());
    QCOMPARE(status.exitCode, 0);
    const QJsonObject answer = jsonOf(status.out);
    QCOMPARE(answer.value(QStringLiteral("session")).toString(), QStringLiteral("keychain"));
    QCOMPARE(answer.value(QStringLiteral("user")).toObject().value(QStringLiteral("username")),
             QStringLiteral("alice"));
    QCOMPARE(answer.value(QStringLiteral("teams")).toArray().size(), 2);
    const CliRun text = CliRun::run({QStringLiteral("auth"), QStringLiteral("status")}, {}, env());
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("alice"));
    QVERIFY(!text.out.contains("\x1b[")); // no colour on a pipe
}

void TstCliAuth::environmentSession()
{
    const QByteArray session = SecretTool::entry(m_sessionKey);
    QVERIFY(session.startsWith("tds_"));
    // A CI job: no accounts, no keychain entry known to these settings, only the environment.
    QTemporaryDir elsewhere;
    QProcessEnvironment environment = env();
    environment.insert(QStringLiteral("TOKENDESK_SETTINGS"), elsewhere.filePath("ci.ini"));
    environment.insert(QStringLiteral("TOKENDESK_SESSION"), QString::fromLatin1(session));
    const CliRun status =
        CliRun::run({QStringLiteral("auth"), QStringLiteral("status"), QStringLiteral("--json")},
                    {}, environment);
    QCOMPARE(status.exitCode, 0);
    QCOMPARE(jsonOf(status.out).value(QStringLiteral("session")).toString(),
             QStringLiteral("environment"));
    environment.insert(QStringLiteral("TOKENDESK_SESSION"),
                       QStringLiteral("tds_notarealsessionnotarealsession000000"));
    const CliRun refused =
        CliRun::run({QStringLiteral("team"), QStringLiteral("list")}, {}, environment);
    QCOMPARE(refused.exitCode, 3);
}

void TstCliAuth::unreachableServer()
{
    QProcessEnvironment environment = env();
    environment.insert(QStringLiteral("TOKENDESK_SERVER"), QStringLiteral("http://127.0.0.1:1"));
    environment.insert(QStringLiteral("TOKENDESK_SESSION"),
                       QStringLiteral("tds_notarealsessionnotarealsession000000"));
    const CliRun run =
        CliRun::run({QStringLiteral("team"), QStringLiteral("list")}, {}, environment);
    QCOMPARE(run.exitCode, 6);
}

void TstCliAuth::switchAndLogout()
{
    const CliRun accounts = CliRun::run(
        {QStringLiteral("auth"), QStringLiteral("switch"), QStringLiteral("--json")}, {}, env());
    QCOMPARE(accounts.exitCode, 0);
    QCOMPARE(jsonOf(accounts.out).value(QStringLiteral("accounts")).toArray().size(), 1);
    const CliRun missing = CliRun::run(
        {QStringLiteral("auth"), QStringLiteral("switch"), QStringLiteral("nobody@nowhere")}, {},
        env());
    QCOMPARE(missing.exitCode, 4);

    const CliRun logout =
        CliRun::run({QStringLiteral("auth"), QStringLiteral("logout")}, {}, env());
    QCOMPARE(logout.exitCode, 0);
    QVERIFY(SecretTool::entry(m_sessionKey).isEmpty());
    QCOMPARE(CliRun::run({QStringLiteral("auth"), QStringLiteral("status")}, {}, env()).exitCode,
             3);
}

void TstCliAuth::desktopAppResumesCliLogin()
{
    // The same settings file for both programs (the desktop app's, through TOKENDESK_SETTINGS).
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("tokendesk.ini"));
    QProcessEnvironment environment = env();
    environment.insert(QStringLiteral("TOKENDESK_SETTINGS"), ini);
    QCOMPARE(
        CliRun::run({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--username"),
                     QStringLiteral("alice"), QStringLiteral("--password-stdin")},
                    "alice\n", environment)
            .exitCode,
        0);
    {
        // The app's services as main.cpp builds them, on the real keychain.
        AppServices app(ini);
        bool probed = false;
        app.secrets().probe(&app, [&probed](bool, const QString &) { probed = true; });
        QVERIFY(QTest::qWaitFor([&probed] { return probed; }, 10000));
        QSignalSpy resumed(&app.remembered(), &RememberedSessions::resumed);
        QVERIFY(app.remembered().resumeLast());
        QVERIFY(resumed.wait(15000));
        QCOMPARE(app.session().account().username, QStringLiteral("alice"));
    }
    QCOMPARE(
        CliRun::run({QStringLiteral("auth"), QStringLiteral("logout")}, {}, environment).exitCode,
        0);
}

void TstCliAuth::completionsLoad()
{
    for (const QString &shell : {QStringLiteral("bash"), QStringLiteral("zsh")}) {
        const CliRun script = CliRun::run({QStringLiteral("completion"), shell});
        QCOMPARE(script.exitCode, 0);
        QVERIFY(script.out.contains("tokendesk-cli"));
        if (shell == QLatin1String("zsh"))
            continue; // zsh itself is not installed here; its script is the bash one + a prelude
        QProcess bash;
        bash.start(QStringLiteral("bash"), {QStringLiteral("-n")});
        bash.write(script.out);
        bash.closeWriteChannel();
        QVERIFY(bash.waitForFinished(10000));
        QVERIFY2(bash.exitCode() == 0, bash.readAllStandardError().constData());
        // Loaded for real: the function completes "tokendesk-cli token cr" to "create".
        QProcess use;
        use.start(QStringLiteral("bash"),
                  {QStringLiteral("-c"),
                   QStringLiteral("source /dev/stdin; COMP_WORDS=(tokendesk-cli token cr); "
                                  "COMP_CWORD=2; _tokendesk_cli; echo \"${COMPREPLY[@]}\"")});
        use.write(script.out);
        use.closeWriteChannel();
        QVERIFY(use.waitForFinished(10000));
        QCOMPARE(use.readAllStandardOutput().trimmed(), QByteArray("create"));
    }
    const CliRun fish = CliRun::run({QStringLiteral("completion"), QStringLiteral("fish")});
    QCOMPARE(fish.exitCode, 0);
    QVERIFY(fish.out.contains("complete -c tokendesk-cli"));
    QCOMPARE(CliRun::run({QStringLiteral("completion"), QStringLiteral("tcsh")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TstCliAuth)
#include "tst_cliauth.moc"
