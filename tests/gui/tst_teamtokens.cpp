#include "GuiSteps.h"
#include "LoginDialog.h"
#include "ProfilePage.h"

#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QStackedWidget>

using namespace GuiSteps;

// Team tokens through the widgets: alice (admin of "platform") reaches the team page with the
// keyboard, creates team tokens there and from the personal page; demo (member of "platform")
// may manage only the team tokens he created himself and does not see the team "data".
class TestTeamTokens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void adminReachesTeamPageWithKeyboard();
    void screenReadersHearTeamEntriesAsTeams();
    void createOnTeamPageOwnerPreselected();
    void createForTeamFromPersonalPage();
    void signOutThenSignInAsMember();
    void memberCannotManageOthersTokens();
    void memberManagesOwnTeamToken();

private:
    TestServer m_server;
    std::unique_ptr<GuiFixture> m_app;
};

void TestTeamTokens::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_app = std::make_unique<GuiFixture>(m_server);
    QVERIFY(m_app->signIn(QStringLiteral("alice"), QStringLiteral("alice")));
    QTRY_VERIFY_WITH_TIMEOUT(teamPage(*m_app, QStringLiteral("platform")), 10000);
}

void TestTeamTokens::cleanup()
{
    closeLeftoverDialogs(*m_app);
}

void TestTeamTokens::adminReachesTeamPageWithKeyboard()
{
    QListWidget *nav = navigation(*m_app);
    QVERIFY(nav);
    // alice is in both teams, listed by name under a "Teams" heading.
    const QStringList texts = navigationTexts(*m_app);
    QVERIFY2(texts.contains(QStringLiteral("platform")), qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(QStringLiteral("data")), qPrintable(texts.join(u'|')));

    TokensPage *platform = teamPage(*m_app, QStringLiteral("platform"));
    QVERIFY(platform);
    QVERIFY(!platform->isVisible()); // the personal page is shown first

    nav->setFocus();
    for (int presses = 0; presses < nav->count() && !platform->isVisible(); ++presses)
        QTest::keyClick(nav, Qt::Key_Down);
    QVERIFY2(platform->isVisible(), qPrintable(QStringLiteral("arrow keys stopped at \"%1\"")
                                                   .arg(nav->currentItem()->text().trimmed())));
    QCOMPARE(nav->currentItem()->text().trimmed(), QStringLiteral("platform"));
    QCOMPARE(platform->findChild<QLabel *>(QStringLiteral("titleLabel"))->text(),
             QStringLiteral("Team platform: tokens"));
    // Up again reaches the personal page (the "Teams" heading does not trap the cursor).
    TokensPage *personal = personalPage(*m_app);
    for (int presses = 0; presses < nav->count() && !personal->isVisible(); ++presses)
        QTest::keyClick(nav, Qt::Key_Up);
    QVERIFY(personal->isVisible());
}

// What a screen reader announces for each navigation entry: a team says it is a team (the
// visual "Teams" heading above it is not read with it), and no name is padded with spaces.
void TestTeamTokens::screenReadersHearTeamEntriesAsTeams()
{
    QListWidget *nav = navigation(*m_app);
    QVERIFY(nav);
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(nav);
    QVERIFY(list);
    QStringList names;
    for (int i = 0; i < list->childCount(); ++i) {
        if (QAccessibleInterface *entry = list->child(i))
            names << entry->text(QAccessible::Name);
    }
    QVERIFY2(names.contains(QStringLiteral("Team platform")), qPrintable(names.join(u'|')));
    QVERIFY2(names.contains(QStringLiteral("Team data")), qPrintable(names.join(u'|')));
    QVERIFY2(names.contains(QStringLiteral("Personal tokens")), qPrintable(names.join(u'|')));
    for (const QString &name : std::as_const(names))
        QVERIFY2(name == name.trimmed(), qPrintable(QStringLiteral("padded: \"%1\"").arg(name)));
}

void TestTeamTokens::createOnTeamPageOwnerPreselected()
{
    TokensPage *platform = teamPage(*m_app, QStringLiteral("platform"));
    m_app->window->showPage(platform);
    QVERIFY(platform->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(pageIdle(platform), 10000);

    AddTokenDialog *dialog = openAddDialog(*m_app, platform, QStringLiteral("platform-ci"));
    QVERIFY(dialog);
    auto *ownerCombo = dialog->findChild<QComboBox *>(QStringLiteral("ownerCombo"));
    QCOMPARE(ownerCombo->currentText(), QStringLiteral("Team platform"));
    QVERIFY(dialog->owner().isTeam());
    QCOMPARE(dialog->owner().name, QStringLiteral("platform"));

    RevealTokenDialog *reveal = pressCreate(*m_app, dialog);
    QVERIFY(reveal);
    QVERIFY(copyAndClose(*m_app, reveal));

    const int row = rowOf(platform, QStringLiteral("platform-ci"));
    QVERIFY(row >= 0);
    const Token *token = platform->model().tokenAt(row);
    QVERIFY(token->owner.isTeam());
    QCOMPARE(token->owner.name, QStringLiteral("platform"));
    // The "Created by" column is shown on team pages and names alice.
    auto *view = platform->findChild<QTableView *>(QStringLiteral("tableView"));
    QVERIFY(!view->isColumnHidden(TokenListModel::CreatedByColumn));
    QCOMPARE(view->model()->headerData(TokenListModel::CreatedByColumn, Qt::Horizontal).toString(),
             QStringLiteral("Created by"));
    QCOMPARE(platform->model().index(row, TokenListModel::CreatedByColumn).data().toString(),
             QStringLiteral("alice"));
    // Not listed on the personal page.
    QCOMPARE(rowOf(personalPage(*m_app), QStringLiteral("platform-ci")), -1);
    // The server agrees after a reload.
    QTest::mouseClick(pageButton(platform, "refreshButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(pageIdle(platform), 10000);
    QVERIFY(rowOf(platform, QStringLiteral("platform-ci")) >= 0);
}

void TestTeamTokens::createForTeamFromPersonalPage()
{
    TokensPage *personal = personalPage(*m_app);
    TokensPage *platform = teamPage(*m_app, QStringLiteral("platform"));
    QTRY_VERIFY_WITH_TIMEOUT(pageIdle(personal) && pageIdle(platform), 10000);

    AddTokenDialog *dialog = openAddDialog(*m_app, personal, QStringLiteral("from-personal"));
    QVERIFY(dialog);
    auto *ownerCombo = dialog->findChild<QComboBox *>(QStringLiteral("ownerCombo"));
    QCOMPARE(ownerCombo->currentText(), QStringLiteral("Me (alice)"));
    // Choose the team with the keyboard: the combo lists Me, Team data, Team platform.
    ownerCombo->setFocus();
    for (int presses = 0; presses < ownerCombo->count() &&
                          ownerCombo->currentText() != QLatin1String("Team platform");
         ++presses)
        QTest::keyClick(ownerCombo, Qt::Key_Down);
    QCOMPARE(ownerCombo->currentText(), QStringLiteral("Team platform"));
    QCOMPARE(dialog->owner().name, QStringLiteral("platform"));

    RevealTokenDialog *reveal = pressCreate(*m_app, dialog);
    QVERIFY(reveal);
    QVERIFY(copyAndClose(*m_app, reveal));

    QTRY_VERIFY(rowOf(platform, QStringLiteral("from-personal")) >= 0);
    QCOMPARE(rowOf(personal, QStringLiteral("from-personal")), -1);
    const int row = rowOf(platform, QStringLiteral("from-personal"));
    QCOMPARE(platform->model().index(row, TokenListModel::CreatedByColumn).data().toString(),
             QStringLiteral("alice"));

    // After reloading both pages from the server, it is still where it belongs.
    for (TokensPage *page : {personal, platform}) {
        m_app->window->showPage(page);
        QTest::mouseClick(pageButton(page, "refreshButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(pageIdle(page), 10000);
    }
    QVERIFY(rowOf(platform, QStringLiteral("from-personal")) >= 0);
    QCOMPARE(rowOf(personal, QStringLiteral("from-personal")), -1);
}

void TestTeamTokens::signOutThenSignInAsMember()
{
    ProfilePage *profile = m_app->window->profilePage();
    QVERIFY(profile);
    m_app->window->showPage(profile);
    QVERIFY(profile->isVisible());
    QVERIFY(GuiFixture::click(profile, QStringLiteral("Sign out")));
    auto *login = m_app->waitForDialog<LoginDialog>();
    QVERIFY(login);
    QVERIFY(!m_app->session.isSignedIn());
    QVERIFY(!m_app->window->profilePage());

    QVERIFY(m_app->signIn(QStringLiteral("demo"), QStringLiteral("demo")));
    QCOMPARE(m_app->session.account().username, QStringLiteral("demo"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->findVisible<LoginDialog>(), 5000);

    // demo is a member of "platform" only.
    const QStringList texts = navigationTexts(*m_app);
    QVERIFY2(texts.contains(QStringLiteral("platform")), qPrintable(texts.join(u'|')));
    QVERIFY2(!texts.contains(QStringLiteral("data")), qPrintable(texts.join(u'|')));
    QVERIFY(!teamPage(*m_app, QStringLiteral("data")));
}

void TestTeamTokens::memberCannotManageOthersTokens()
{
    TokensPage *platform = teamPage(*m_app, QStringLiteral("platform"));
    QVERIFY(platform);
    m_app->window->showPage(platform);
    QTRY_VERIFY_WITH_TIMEOUT(pageIdle(platform), 10000);
    QTRY_VERIFY(rowOf(platform, QStringLiteral("platform-ci")) >= 0);

    QVERIFY(selectRow(platform, QStringLiteral("platform-ci")));
    QPushButton *rotate = pageButton(platform, "rotateButton");
    QPushButton *remove = pageButton(platform, "deleteButton");
    for (QPushButton *b : {rotate, remove}) {
        QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
        const QString tip = b->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("alice")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("admin")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Only")), qPrintable(tip));
    }
    // The Delete shortcut does nothing either.
    QTest::keyClick(platform->findChild<QTableView *>(QStringLiteral("tableView")), Qt::Key_Delete);
    QTest::qWait(200);
    QVERIFY(!m_app->findVisible<QMessageBox>());
    QVERIFY(rowOf(platform, QStringLiteral("platform-ci")) >= 0);
}

void TestTeamTokens::memberManagesOwnTeamToken()
{
    TokensPage *platform = teamPage(*m_app, QStringLiteral("platform"));
    QVERIFY(platform);
    QTRY_VERIFY_WITH_TIMEOUT(pageIdle(platform), 10000);
    QVERIFY(createToken(*m_app, platform, QStringLiteral("demo-team-token")));
    const int row = rowOf(platform, QStringLiteral("demo-team-token"));
    QCOMPARE(platform->model().index(row, TokenListModel::CreatedByColumn).data().toString(),
             QStringLiteral("demo"));

    QVERIFY(selectRow(platform, QStringLiteral("demo-team-token")));
    QPushButton *rotate = pageButton(platform, "rotateButton");
    QPushButton *remove = pageButton(platform, "deleteButton");
    QVERIFY(rotate->isEnabled());
    QVERIFY(remove->isEnabled());
    QVERIFY2(!remove->toolTip().contains(QStringLiteral("Only")), qPrintable(remove->toolTip()));

    // Selecting alice's token again disables them; back to demo's enables them.
    QVERIFY(selectRow(platform, QStringLiteral("platform-ci")));
    QVERIFY(!rotate->isEnabled());
    QVERIFY(selectRow(platform, QStringLiteral("demo-team-token")));
    QVERIFY(rotate->isEnabled());

    // demo (the creator) may really delete it: the server accepts.
    QTest::mouseClick(remove, Qt::LeftButton);
    auto *confirm = m_app->waitForDialog<QMessageBox>();
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(QStringLiteral("demo-team-token")));
    QVERIFY(GuiFixture::click(confirm, QStringLiteral("Delete")));
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(platform, QStringLiteral("demo-team-token")), -1, 10000);
    QVERIFY(!platform->findChild<QWidget *>(QStringLiteral("errorBanner"))->isVisible());
    QTest::mouseClick(pageButton(platform, "refreshButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(pageIdle(platform), 10000);
    QCOMPARE(rowOf(platform, QStringLiteral("demo-team-token")), -1);
    QVERIFY(rowOf(platform, QStringLiteral("platform-ci")) >= 0);
}

QTEST_MAIN(TestTeamTokens)
#include "tst_teamtokens.moc"
