#include "GuiFixture.h"
#include "LoginDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>

// Several accounts: add a second one from the Account menu, then switch between them with the
// account box at the top of the window.
class TestAccountSwitcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void addSecondAccountAndSwitchBack();

private:
    QComboBox *switcher() const;
    QStringList navigationEntries() const;

    TestServer m_server;
    std::unique_ptr<GuiFixture> m_app;
};

void TestAccountSwitcher::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_app = std::make_unique<GuiFixture>(m_server);
    QVERIFY(m_app->signIn(QStringLiteral("demo"), QStringLiteral("demo")));
}

QComboBox *TestAccountSwitcher::switcher() const
{
    for (QComboBox *box : m_app->window->findChildren<QComboBox *>()) {
        if (box->accessibleName() == QLatin1String("Account"))
            return box;
    }
    return nullptr;
}

QStringList TestAccountSwitcher::navigationEntries() const
{
    QStringList entries;
    auto *nav = m_app->window->findChild<QListWidget *>();
    for (int row = 0; nav && row < nav->count(); ++row)
        entries << nav->item(row)->text().trimmed();
    return entries;
}

void TestAccountSwitcher::addSecondAccountAndSwitchBack()
{
    QComboBox *box = switcher();
    QVERIFY(box);
    QCOMPARE(box->itemText(0), QStringLiteral("demo on 127.0.0.1"));
    // "Add account…" is an action beside the box, not one of its values.
    QCOMPARE(box->count(), 1);
    QPushButton *addButton = nullptr;
    for (QPushButton *button : m_app->window->findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Add account…"))
            addButton = button;
    }
    QVERIFY(addButton);

    // Account ▸ Add account… opens the sign-in dialog; sign in as alice.
    QAction *add = nullptr;
    for (QAction *action : m_app->window->findChildren<QAction *>()) {
        if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Add account…"))
            add = action;
    }
    QVERIFY(add);
    add->trigger();
    QVERIFY(m_app->signIn(QStringLiteral("alice"), QStringLiteral("alice")));
    QTRY_COMPARE(m_app->session.account().username, QStringLiteral("alice"));
    QTRY_VERIFY(navigationEntries().contains(QStringLiteral("data")));
    QCOMPARE(box->itemText(0), QStringLiteral("alice on 127.0.0.1"));
    QCOMPARE(box->itemText(1), QStringLiteral("demo on 127.0.0.1"));

    // Moving through the box changes nothing (WCAG 3.2.2): Down shows demo, still alice.
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(box->currentIndex(), 1);
    QCOMPARE(box->accessibleDescription(), QStringLiteral("demo on 127.0.0.1")); // the value
    QTest::keyClick(box, Qt::Key_Up);
    QTest::keyClick(box, Qt::Key_Down);
    // A switch would be immediate (switchAccount opens the sign-in dialog at once).
    QVERIFY(!m_app->findVisible<LoginDialog>());
    QVERIFY(m_app->session.isSignedIn());
    QCOMPARE(m_app->session.account().username, QStringLiteral("alice"));

    // Enter confirms: switch back to demo; no remembered session, so sign-in asks, prefilled.
    QTest::keyClick(box, Qt::Key_Return);
    auto *login = m_app->waitForDialog<LoginDialog>();
    QVERIFY(login);
    QCOMPARE(login->username(), QStringLiteral("demo"));
    QCOMPARE(login->server(), m_server.baseUrl());
    QVERIFY(!m_app->session.isSignedIn());
    QVERIFY(navigationEntries().isEmpty()); // alice's pages are gone

    // Cancelling sign-in leaves a page that says so and offers to sign in again.
    login->reject();
    QTRY_VERIFY(!m_app->findVisible<LoginDialog>());
    auto *signedOut = m_app->window->findChild<QWidget *>(QStringLiteral("signedOutPage"));
    QVERIFY(signedOut && signedOut->isVisible());
    QVERIFY(GuiFixture::click(signedOut, QStringLiteral("Sign in…")));
    login = m_app->waitForDialog<LoginDialog>();
    QVERIFY(login);
    QCOMPARE(login->username(), QStringLiteral("demo"));

    auto *password = login->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QTest::keyClicks(password, QStringLiteral("demo"));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->session.isSignedIn(), 15000);
    QCOMPARE(m_app->session.account().username, QStringLiteral("demo"));
    QTRY_VERIFY(navigationEntries().contains(QStringLiteral("platform")));
    QVERIFY(!navigationEntries().contains(QStringLiteral("data")));
    QCOMPARE(box->itemText(0), QStringLiteral("demo on 127.0.0.1"));
}

QTEST_MAIN(TestAccountSwitcher)
#include "tst_accountswitcher.moc"
