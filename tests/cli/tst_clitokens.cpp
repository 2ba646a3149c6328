// tokendesk-cli's token commands against the real server, in a throwaway HOME with its own
// gnome-keyring: output and exit status of each, --json against the API's own answer, and the
// secret of create/rotate exactly once on stdout — nowhere else.
#include "CliRun.h"
#include "SecretTool.h"
#include "TestServer.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>

namespace {
QStringList words(const QString &line)
{
    return line.split(QLatin1Char(' '));
}
} // namespace

class TstCliTokens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void createPrintsSecretOnceOnly();
    void createJsonIsTheApiAnswer();
    void listAndShowMatchTheApi();
    void saveRotateAndSecret();
    void revokeNeedsYesOnAPipe();
    void notFoundAndForbidden();
    void checkReadsStdin();
    void teamsAndActivity();

private:
    CliRun cli(const QString &line, const QByteArray &input = {}) const;
    CliRun cli(const char *line, const QByteArray &input = {}) const
    {
        return cli(QString::fromLatin1(line), input);
    }
    QJsonObject api(const QString &path);
    QProcessEnvironment m_env;
    TestServer m_server;
    QByteArray m_session;
};

CliRun TstCliTokens::cli(const QString &line, const QByteArray &input) const
{
    return CliRun::run(words(line), input, m_env);
}

QJsonObject TstCliTokens::api(const QString &path)
{
    QNetworkAccessManager network;
    QNetworkRequest request(m_server.baseUrl().resolved(QUrl(path)));
    request.setRawHeader("Authorization", "Bearer " + m_session);
    QNetworkReply *reply = network.get(request);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000))
        return {};
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

void TstCliTokens::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("TOKENDESK_TEST_SANDBOX"))
        QSKIP("needs tests/secrets/with-keyring.sh (its own D-Bus session and keyring)");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("TOKENDESK_SERVER"), m_server.baseUrl().toString());
    m_env.remove(QStringLiteral("TOKENDESK_SESSION"));
    QCOMPARE(cli("auth login --username alice --password-stdin", "alice\n").exitCode, 0);
    m_session =
        SecretTool::entry(m_server.baseUrl().authority() + QStringLiteral("/alice/session"));
    QVERIFY(m_session.startsWith("tds_"));
}

void TstCliTokens::createPrintsSecretOnceOnly()
{
    const CliRun created = cli("token create ci-deploy --expires 30d --scope read");
    QCOMPARE(created.exitCode, 0);
    QVERIFY(created.out.endsWith('\n'));
    const QByteArray secret = created.out.chopped(1);
    QVERIFY2(secret.startsWith("tdk_") && secret.size() == 42, created.out.constData());
    QVERIFY(created.err.contains("ci-deploy"));
    QVERIFY(!created.err.contains(secret));
    // Not in the keychain without --save, and in no file under HOME (settings, caches, logs).
    const QByteArray keychain =
        SecretTool::run({QStringLiteral("search"), QStringLiteral("--all"),
                         QStringLiteral("server"), QStringLiteral("TokenDesk")});
    QVERIFY(keychain.contains("secret = ")); // the search itself works: the session is there
    QVERIFY(!keychain.contains(secret) && !keychain.contains(secret.toBase64()));
    QDirIterator files(qEnvironmentVariable("TOKENDESK_TEST_SANDBOX"), QDir::Files | QDir::Hidden,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.fileName().contains(QLatin1String("/data/keyrings/")))
            continue; // the keyring itself is encrypted
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
    }
    // Everything else but the secret is on stderr: a pipe gets the secret alone.
    QCOMPARE(created.out.count("tdk_"), 1);
}

void TstCliTokens::createJsonIsTheApiAnswer()
{
    // A date: the end of that day (UTC), within the policy's longest lifetime.
    const QDate date = QDate::currentDate().addDays(100);
    const CliRun created =
        cli(QStringLiteral("token create json-made --expires %1 --scope read,write --json")
                .arg(date.toString(Qt::ISODate)));
    QCOMPARE(created.exitCode, 0);
    const QJsonObject answer = QJsonDocument::fromJson(created.out).object();
    QVERIFY(answer.value(QStringLiteral("secret")).toString().startsWith(QLatin1String("tdk_")));
    QVERIFY(!answer.value(QStringLiteral("account_id")).toString().isEmpty());
    const QJsonObject token = answer.value(QStringLiteral("token")).toObject();
    QCOMPARE(token.value(QStringLiteral("expires_at")).toString(),
             date.toString(Qt::ISODate) + QStringLiteral("T23:59:59Z"));
    const QJsonArray listed = api(QStringLiteral("/api/v1/me/tokens")).value("tokens").toArray();
    bool found = false;
    for (const QJsonValue &each : listed)
        found = found || each.toObject() == token;
    QVERIFY2(found, created.out.constData());
    QCOMPARE(cli("token create never-ok --expires never --scope read").exitCode,
             api(QStringLiteral("/api/v1/policy")).value("allow_no_expiry").toBool() ? 0 : 5);
    QCOMPARE(cli("token create bad --expires soon --scope read").exitCode, 2);
    QCOMPARE(cli("token create too-long --expires 3000d --scope read").exitCode, 5);
}

void TstCliTokens::listAndShowMatchTheApi()
{
    const CliRun list = cli("token list --json");
    QCOMPARE(list.exitCode, 0);
    QJsonArray mine = QJsonDocument::fromJson(list.out).object().value("tokens").toArray();
    const QJsonArray fromApi = api(QStringLiteral("/api/v1/me/tokens")).value("tokens").toArray();
    QCOMPARE(mine.size(), fromApi.size());
    for (const QJsonValue &each : fromApi)
        QVERIFY(mine.contains(each));
    const CliRun table = cli("token list --sort expires");
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.startsWith("NAME"));
    QVERIFY(table.out.indexOf("ci-deploy") < table.out.indexOf("json-made"));
    const CliRun soon = cli("token list --expiring-within 40d --json");
    const QJsonArray expiring =
        QJsonDocument::fromJson(soon.out).object().value("tokens").toArray();
    QCOMPARE(expiring.size(), 1);
    QCOMPARE(expiring.first()["name"].toString(), QStringLiteral("ci-deploy"));
    QCOMPARE(cli("token list --unused-for 1d --json").out.count("\"name\""), 0);
    QCOMPARE(cli("token list --sort colour").exitCode, 2);
    // The table fits the terminal's width (COLUMNS when stdout is not one): cut, never wrapped.
    QProcessEnvironment narrow = m_env;
    narrow.insert(QStringLiteral("COLUMNS"), QStringLiteral("50"));
    const CliRun cut = CliRun::run(words(QStringLiteral("token list")), {}, narrow);
    QCOMPARE(cut.exitCode, 0);
    for (const QByteArray &row : cut.out.split('\n'))
        QVERIFY2(QString::fromUtf8(row).size() <= 50, row.constData());
    QVERIFY(cut.out.contains("\xe2\x80\xa6")); // "…" where a column was cut

    const CliRun show = cli("token show ci-deploy --json");
    QCOMPARE(show.exitCode, 0);
    QVERIFY(fromApi.contains(QJsonDocument::fromJson(show.out).object()));
    const CliRun text = cli("token show ci-deploy --exact-times");
    QVERIFY(text.out.contains("Z")); // exact RFC 3339 times, not "in 30 days"
}

void TstCliTokens::saveRotateAndSecret()
{
    const CliRun created = cli("token create saved-one --expires 7d --scope read --save");
    QCOMPARE(created.exitCode, 0);
    const QByteArray secret = created.out.trimmed();
    const CliRun read = cli("token secret saved-one");
    QCOMPARE(read.exitCode, 0);
    QCOMPARE(read.out, secret + '\n');
    QCOMPARE(cli("token secret ci-deploy").exitCode, 4); // not saved

    const CliRun rotated = cli("token rotate saved-one --grace 1h");
    QCOMPARE(rotated.exitCode, 0);
    const QByteArray fresh = rotated.out.trimmed();
    QVERIFY(fresh.startsWith("tdk_") && fresh != secret);
    // A saved secret follows the rotation.
    QCOMPARE(cli("token secret saved-one").out.trimmed(), fresh);
    QCOMPARE(cli("token rotate saved-one --grace soon").exitCode, 2);
}

void TstCliTokens::revokeNeedsYesOnAPipe()
{
    const CliRun refused = cli("token revoke ci-deploy");
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains("--yes"));
    QCOMPARE(cli("token show ci-deploy").exitCode, 0);
    const CliRun revoked = cli("token revoke ci-deploy saved-one --yes --json");
    QCOMPARE(revoked.exitCode, 0);
    QCOMPARE(QDateTime::currentDateTimeUtc().isValid(), true);
    QCOMPARE(QJsonDocument::fromJson(revoked.out).object().value("revoked").toArray().size(), 2);
    QCOMPARE(cli("token show ci-deploy").exitCode, 4);
    // Its saved secret went with it.
    QCOMPARE(cli("token secret saved-one").exitCode, 4);
}

void TstCliTokens::notFoundAndForbidden()
{
    QCOMPARE(cli("token show no-such-token").exitCode, 4);
    QCOMPARE(cli("token revoke no-such-token --yes").exitCode, 4);
    QCOMPARE(cli("token list --team no-such-team").exitCode, 4);
}

void TstCliTokens::checkReadsStdin()
{
    const QByteArray secret =
        QJsonDocument::fromJson(cli("token create checked --expires 7d --scope read --json").out)
            .object()
            .value("secret")
            .toString()
            .toLatin1();
    const CliRun valid = cli("token check --json", secret + '\n');
    QCOMPARE(valid.exitCode, 0);
    const QJsonObject answer = QJsonDocument::fromJson(valid.out).object();
    QCOMPARE(answer.value("verdict").toString(), QStringLiteral("valid"));
    QCOMPARE(answer.value("token").toObject().value("name").toString(), QStringLiteral("checked"));
    QVERIFY(!valid.out.contains(secret) && !valid.err.contains(secret));
    QByteArray typo = secret;
    typo[10] = typo[10] == 'a' ? 'b' : 'a';
    QCOMPARE(cli("token check", typo).exitCode, 1);
    QVERIFY(cli("token check", typo).out.contains("checksum"));
    QCOMPARE(cli("token check", "hello").exitCode, 1);
}

void TstCliTokens::teamsAndActivity()
{
    const CliRun teams = cli("team list --json");
    QCOMPARE(teams.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(teams.out).object().value("teams"),
             api(QStringLiteral("/api/v1/me/teams")).value("teams"));
    QVERIFY(cli("team list").out.contains("platform"));
    QCOMPARE(cli("token create team-ci --expires 7d --scope read --team platform").exitCode, 0);
    const CliRun teamList = cli("token list --team platform");
    QCOMPARE(teamList.exitCode, 0);
    QVERIFY(teamList.out.contains("team-ci"));
    const CliRun activity = cli("activity --json");
    QCOMPARE(activity.exitCode, 0);
    QVERIFY(!QJsonDocument::fromJson(activity.out).object().value("events").toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TstCliTokens)
#include "tst_clitokens.moc"
