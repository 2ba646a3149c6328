#include "ActivityPage.h"
#include "ActivitySteps.h"
#include "EventListModel.h"
#include "HttpTestClient.h"
#include "TokenDetailsPane.h"
#include "TokenUse.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>

using namespace ActivitySteps;
using namespace GuiSteps;

// Issue 18 in the window, keyboard only, widgets found by their accessible names or label
// buddies: the Activity page with its filters and paging (personal; teams for admins only), and
// the details pane's rotation grace.
class TestTokenActivity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void detailsPaneShowsTheRotationGrace();
    void activityPageFiltersAndPagesIn();
    void teamActivityOnlyForAdmins();

private:
    TokenOwner me() const;

    TestServer m_server;
    std::unique_ptr<GuiFixture> m_app;
};

void TestTokenActivity::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_app = std::make_unique<GuiFixture>(m_server);
    QVERIFY(signInActive(*m_app));
}

void TestTokenActivity::cleanup()
{
    closeLeftoverDialogs(*m_app);
}

TokenOwner TestTokenActivity::me() const
{
    const Account account = m_app->session.account();
    return {TokenOwner::Type::User, account.id, account.username};
}

void TestTokenActivity::detailsPaneShowsTheRotationGrace()
{
    QString error;
    auto created = TokenUse::create(m_app->client, me(), QStringLiteral("grace-token"), &error);
    QVERIFY2(created, qPrintable(error));
    // Rotated with an hour of grace (the app's rotate dialog is another item: the API here).
    HttpTestClient http(m_server.baseUrl());
    const HttpResult rotated =
        http.json("POST", QStringLiteral("/api/v1/me/tokens/%1/rotate").arg(created->token.id),
                  {{QStringLiteral("grace_seconds"), 3600}},
                  m_app->session.sessionSecret().view().toByteArray());
    QVERIFY2(rotated.status == 201, qPrintable(rotated.describe()));

    TokensPage *page = personalPage(*m_app);
    QVERIFY(refreshPersonal(*m_app));
    QVERIFY(arrowTo(page, QStringLiteral("grace-token")));
    auto *pane = page->findChild<TokenDetailsPane *>();
    QWidget *grace = byLabel(pane, QStringLiteral("Rotation grace:"));
    QVERIFY(grace);
    QVERIFY(grace->isVisible());
    const QString text = qobject_cast<QLineEdit *>(grace)->text();
    // "… until <exact time> (in 59 minutes)." or "(in 1 hour)": the future, never "ago".
    QVERIFY2(text.contains(QStringLiteral("previous secret still works until")) &&
                 text.contains(QStringLiteral("(in ")),
             qPrintable(text));
}

void TestTokenActivity::activityPageFiltersAndPagesIn()
{
    QString error;
    for (const char *name : {"log-1", "log-2", "log-3", "log-4"})
        QVERIFY2(TokenUse::create(m_app->client, me(), QLatin1String(name), &error),
                 qPrintable(error));
    QVERIFY(refreshPersonal(*m_app)); // the token filter lists the tokens the app knows
    QVERIFY(navigateTo(*m_app, QStringLiteral("Activity")));
    ActivityPage *page = m_app->window->activityPage(me());
    QVERIFY(page);
    QVERIFY(page->isVisible());
    EventListModel &model = page->model();
    model.setPageSize(2); // small pages, so paging happens
    page->reload();
    QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded() && !model.isLoading(), 15000);

    // Scrolling to the end with the keyboard pages in the rest.
    auto *view = qobject_cast<QTableView *>(byAccessibleName(page, QStringLiteral("Activity")));
    QVERIFY(view);
    for (int presses = 0; presses < 50 && model.hasMore(); ++presses) {
        view->setFocus();
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 15000);
    }
    QVERIFY(!model.hasMore());
    QVERIFY2(model.rowCount() >= 6, qPrintable(QString::number(model.rowCount())));
    auto *count = page->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY2(count->text().contains(QString::number(model.rowCount())), qPrintable(count->text()));

    // Filter by action with the keyboard (label buddy "Action:").
    auto *action = qobject_cast<QComboBox *>(byLabel(page, QStringLiteral("Action:")));
    QVERIFY(action);
    action->setFocus();
    for (int presses = 0;
         presses < action->count() && action->currentText() != QLatin1String("Token created");
         ++presses)
        QTest::keyClick(action, Qt::Key_Down);
    QCOMPARE(action->currentText(), QStringLiteral("Token created"));
    QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded() && !model.isLoading(), 15000);
    QVERIFY(model.rowCount() >= 1);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, EventListModel::ActionColumn).data().toString(),
                 QStringLiteral("Token created"));

    // And by token (label buddy "Token:"): only that token's events.
    auto *token = qobject_cast<QComboBox *>(byLabel(page, QStringLiteral("Token:")));
    QVERIFY(token);
    QVERIFY(token->findText(QStringLiteral("log-2")) >= 0);
    token->setFocus();
    for (int presses = 0;
         presses < token->count() && token->currentText() != QLatin1String("log-2"); ++presses)
        QTest::keyClick(token, Qt::Key_Down);
    QCOMPARE(token->currentText(), QStringLiteral("log-2"));
    QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded() && !model.isLoading(), 15000);
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, EventListModel::TokenColumn).data().toString(),
             QStringLiteral("log-2"));
    QCOMPARE(model.index(0, EventListModel::ActorColumn).data().toString(), QStringLiteral("demo"));

    // Back to everything.
    QTest::keyClick(token, Qt::Key_Home);
    QTest::keyClick(action, Qt::Key_Home);
    QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded() && !model.isLoading(), 15000);
    QCOMPARE(model.tokenFilter(), QString());
    QCOMPARE(model.actionFilter(), QString());
}

void TestTokenActivity::teamActivityOnlyForAdmins()
{
    // demo is a member of platform, not an admin: no activity entry for the team.
    const QStringList texts = navigationTexts(*m_app);
    QVERIFY2(texts.contains(QStringLiteral("platform")), qPrintable(texts.join(u'|')));
    QVERIFY2(!texts.contains(QStringLiteral("platform activity")), qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(QStringLiteral("Activity")), qPrintable(texts.join(u'|')));
}

QTEST_MAIN(TestTokenActivity)
#include "tst_tokenactivity.moc"
