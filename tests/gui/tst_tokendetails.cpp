#include "ActivitySteps.h"
#include "TokenDetailsPane.h"
#include "TokenUse.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>

using namespace ActivitySteps;
using namespace GuiSteps;

// Issue 18 in the window, keyboard only: the details pane shows where the selected token was
// used from (address history from the server), and a use from a new address shows the banner
// once per address.
class TestTokenDetails : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void detailsPaneShowsTheSelectedTokensUse();
    void newAddressBannerOncePerAddress();

private:
    TokenOwner me() const;

    TestServer m_server;
    std::unique_ptr<GuiFixture> m_app;
    SecureBuffer m_secret;
};

void TestTokenDetails::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_app = std::make_unique<GuiFixture>(m_server);
    QVERIFY(signInActive(*m_app));
    QString error;
    auto created = TokenUse::create(m_app->client, me(), QStringLiteral("pane-token"), &error);
    QVERIFY2(created, qPrintable(error));
    m_secret = created->secret.clone();
    const quint16 port = m_server.directUrl().port();
    QCOMPARE(TokenUse::useFrom(port, QStringLiteral("127.0.0.1"), m_secret, "old-tool/1.0"), 200);
    QCOMPARE(TokenUse::useFrom(port, QStringLiteral("127.0.0.2"), m_secret, "new-tool/2.0"), 200);
}

void TestTokenDetails::cleanup()
{
    closeLeftoverDialogs(*m_app);
}

TokenOwner TestTokenDetails::me() const
{
    const Account account = m_app->session.account();
    return {TokenOwner::Type::User, account.id, account.username};
}

void TestTokenDetails::detailsPaneShowsTheSelectedTokensUse()
{
    TokensPage *page = personalPage(*m_app);
    QVERIFY(refreshPersonal(*m_app));
    auto *pane = page->findChild<TokenDetailsPane *>();
    QVERIFY(pane);
    QVERIFY(arrowTo(page, QStringLiteral("pane-token")));
    QCOMPARE(pane->title(), QStringLiteral("Details of pane-token"));

    auto *history =
        qobject_cast<QTableWidget *>(byAccessibleName(pane, QStringLiteral("Address history")));
    QVERIFY(history);
    QCOMPARE(byLabel(pane, QStringLiteral("Address history:")), history);
    QTRY_COMPARE_WITH_TIMEOUT(history->rowCount(), 2, 15000);
    // Both addresses, each with its user agent, in the server's order (most recently seen first;
    // both uses may fall in one second).
    const int newRow = history->item(0, 0)->text().contains(QStringLiteral("127.0.0.2")) ? 0 : 1;
    QVERIFY(history->item(newRow, 0)->text().contains(QStringLiteral("127.0.0.2")));
    QCOMPARE(history->item(newRow, 1)->text(), QStringLiteral("new-tool/2.0"));
    QVERIFY(history->item(1 - newRow, 0)->text().contains(QStringLiteral("127.0.0.1")));
    QCOMPARE(history->item(1 - newRow, 1)->text(), QStringLiteral("old-tool/1.0"));

    const auto field = [&](const char *label) {
        auto *edit = qobject_cast<QLineEdit *>(byLabel(pane, QLatin1String(label)));
        return edit ? edit->text() : QStringLiteral("<no field>");
    };
    QCOMPARE(field("Scopes:"), QStringLiteral("read"));
    QVERIFY2(field("Created:").contains(QStringLiteral("demo")), qPrintable(field("Created:")));
    QVERIFY2(field("Expires:").contains(QStringLiteral("days")), qPrintable(field("Expires:")));
    // A time within the last minute or so, relative and exact ("just now (…)").
    QVERIFY2(field("Last used:").contains(QStringLiteral("minute")) ||
                 field("Last used:").contains(QStringLiteral("just now")),
             qPrintable(field("Last used:")));
    QVERIFY(field("Last used:").contains(QString::number(QDate::currentDate().year())));
    QVERIFY2(field("From address:").contains(QStringLiteral("127.0.0.2")),
             qPrintable(field("From address:")));
    QCOMPARE(field("User agent:"), QStringLiteral("new-tool/2.0"));
    // No rotation with grace: the row is not shown.
    QVERIFY(!byLabel(pane, QStringLiteral("Rotation grace:"))->isVisible());

    // Tab reaches the history from the table (the pane is keyboard reachable).
    auto *view = page->findChild<QTableView *>(QStringLiteral("tableView"));
    view->setFocus();
    for (int presses = 0; presses < 40 && QApplication::focusWidget() != history; ++presses)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), history);

    // Nothing selected: the pane says what to do.
    view->clearSelection();
    QVERIFY(pane->findChild<QLabel *>(QStringLiteral("noSelectionLabel"))->isVisible());
}

void TestTokenDetails::newAddressBannerOncePerAddress()
{
    auto *banner = m_app->window->findChild<QLabel *>(QStringLiteral("newAddressBanner"));
    QVERIFY(banner);
    // pane-token's first uses were new since the first look (at sign-in) and may have shown.
    QVERIFY(refreshPersonal(*m_app));
    banner->clear();
    banner->hide();
    QVERIFY(refreshPersonal(*m_app)); // nothing new since the last refresh
    QVERIFY(!banner->isVisible());

    const quint16 port = m_server.directUrl().port();
    QCOMPARE(TokenUse::useFrom(port, QStringLiteral("127.0.0.5"), m_secret, "elsewhere/1.0"), 200);
    QVERIFY(refreshPersonal(*m_app));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("pane-token")) &&
                 banner->text().contains(QStringLiteral("127.0.0.5")),
             qPrintable(banner->text()));
    QCOMPARE(QAccessible::queryAccessibleInterface(banner)->text(QAccessible::Name),
             QStringLiteral("New address alert"));

    // Once per address: another refresh (and another use from there) adds nothing.
    banner->clear();
    banner->hide();
    QCOMPARE(TokenUse::useFrom(port, QStringLiteral("127.0.0.5"), m_secret, "elsewhere/1.0"), 200);
    QVERIFY(refreshPersonal(*m_app));
    QVERIFY(!banner->isVisible());
}

QTEST_MAIN(TestTokenDetails)
#include "tst_tokendetails.moc"
