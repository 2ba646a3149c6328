#include "AccountSession.h"
#include "ApiClient.h"
#include "AppRun.h"
#include "EventListModel.h"
#include "MemorySecretStore.h"
#include "NewAddressAlert.h"
#include "Settings.h"
#include "TestServer.h"
#include "TokenUsageLoader.h"
#include "TokenUse.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The activity workflows (issue 18) without a window, over real HTTP against the spawned
// server: the log paged in with its filters, a team's log for its admins only, and what the
// address history of a token the server does not know says.
class TestActivityLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void eventsArePagedInAndFiltered();
    void teamLogIsForAdminsOnly();
    void usageOfAnUnknownTokenSaysWhatToDo();

private:
    TokenOwner me() const;
    // The user's tokens as the server lists them now (empty on failure, *error set).
    QList<Token> listMine(QString *error);
    // Loads the model's first page and then every further one, as scrolling to the end would.
    bool loadAll(EventListModel &model);

    TestServer m_server;
    MemorySecretStore m_secrets;
    QTemporaryDir m_dir;
    std::unique_ptr<AppRun> m_run;
    SecureBuffer m_usageSecret;
    Token m_usageToken;
};

void TestActivityLog::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_run = std::make_unique<AppRun>(m_secrets, m_dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(m_run->signIn(m_server.baseUrl(), QStringLiteral("demo")));
    QString error;
    auto created =
        TokenUse::create(m_run->services.client(), me(), QStringLiteral("usage-app"), &error);
    QVERIFY2(created, qPrintable(error));
    m_usageToken = created->token;
    m_usageSecret = created->secret.clone();
}

TokenOwner TestActivityLog::me() const
{
    const Account account = m_run->services.session().account();
    return {TokenOwner::Type::User, account.id, account.username};
}

QList<Token> TestActivityLog::listMine(QString *error)
{
    QList<Token> tokens;
    bool done = false;
    QObject context;
    m_run->services.client().listTokens(
        me(), &context,
        [&](const QList<Token> &t) {
            tokens = t;
            done = true;
        },
        [&](const ApiError &e) {
            *error = e.message;
            done = true;
        });
    (void)QTest::qWaitFor([&] { return done; }, 15000);
    return tokens;
}

bool TestActivityLog::loadAll(EventListModel &model)
{
    model.reload();
    if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 15000) || !model.isLoaded())
        return false;
    for (int pages = 0; model.canFetchMore({}) && pages < 100; ++pages) {
        model.fetchMore({});
        if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 15000))
            return false;
    }
    return !model.hasMore();
}

void TestActivityLog::eventsArePagedInAndFiltered()
{
    QString error;
    for (const char *name : {"paged-1", "paged-2", "paged-3"})
        QVERIFY2(TokenUse::create(m_run->services.client(), me(), QLatin1String(name), &error),
                 qPrintable(error));

    EventListModel model(m_run->services.session(), me());
    model.setPageSize(2);
    QVERIFY(loadAll(model));
    // sign-in + 4 creations at least, in pages of 2: more than one page was paged in.
    QVERIFY2(model.rowCount() >= 5, qPrintable(QString::number(model.rowCount())));
    QSet<QString> ids;
    QSet<QString> created;
    for (int row = 0; row < model.rowCount(); ++row) {
        const TokenEvent *event = model.eventAt(row);
        ids.insert(event->id);
        if (event->action == QLatin1String("token.created"))
            created.insert(event->tokenName);
    }
    QCOMPARE(ids.size(), model.rowCount()); // no page twice
    for (const char *name : {"usage-app", "paged-1", "paged-2", "paged-3"})
        QVERIFY2(created.contains(QLatin1String(name)), name);
    const QModelIndex what = model.index(0, EventListModel::ActionColumn);
    QVERIFY(!what.data().toString().contains(QLatin1Char('.'))); // worded, not "token.created"

    model.setFilter(QStringLiteral("token.created"), {});
    QVERIFY(loadAll(model));
    QVERIFY(model.rowCount() >= 4);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.eventAt(row)->action, QStringLiteral("token.created"));

    model.setFilter({}, m_usageToken.id);
    QVERIFY(loadAll(model));
    QVERIFY(model.rowCount() >= 1);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.eventAt(row)->tokenId, m_usageToken.id);
}

void TestActivityLog::teamLogIsForAdminsOnly()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    AppRun alice(secrets, dir.filePath(QStringLiteral("alice.ini")));
    QVERIFY(alice.signIn(m_server.baseUrl(), QStringLiteral("alice")));
    const QList<Team> teams = alice.services.session().teams();
    const auto platform = std::find_if(teams.begin(), teams.end(), [](const Team &t) {
        return t.name == QLatin1String("platform");
    });
    QVERIFY(platform != teams.end() && platform->isAdmin());
    const TokenOwner team{TokenOwner::Type::Team, platform->id, platform->name};
    QString error;
    QVERIFY2(TokenUse::create(alice.services.client(), team, QStringLiteral("team-log"), &error),
             qPrintable(error));
    EventListModel adminView(alice.services.session(), team);
    QVERIFY(loadAll(adminView));
    bool listed = false;
    for (int row = 0; row < adminView.rowCount(); ++row)
        listed = listed || adminView.eventAt(row)->tokenName == QLatin1String("team-log");
    QVERIFY(listed);

    // demo is a member of platform, not an admin: refused, with a message to show.
    EventListModel memberView(m_run->services.session(), team);
    QSignalSpy failed(&memberView, &EventListModel::failed);
    memberView.reload();
    QVERIFY(failed.wait(15000));
    QVERIFY(!memberView.isLoaded());
    QCOMPARE(memberView.rowCount(), 0);
    QVERIFY(!memberView.canFetchMore({}));
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("Refresh")));
}

void TestActivityLog::usageOfAnUnknownTokenSaysWhatToDo()
{
    TokenUsageLoader loader(m_run->services.session());
    QSignalSpy failed(&loader, &TokenUsageLoader::failed);
    Token gone = m_usageToken;
    gone.id = QStringLiteral("tok_doesnotexist");
    loader.load(gone);
    QVERIFY(failed.wait(15000));
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("usage-app")) &&
                 message.contains(QStringLiteral("Refresh")),
             qPrintable(message));
}

QTEST_MAIN(TestActivityLog)
#include "tst_activitylog.moc"
