#include "GuiSteps.h"
#include "LoginDialog.h"

#include <QLabel>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTcpServer>

using namespace GuiSteps;

// Failures a person can recover from without losing work: the server goes away (banner with a
// message naming the server, Retry once it is back) and the session ends behind the app's back
// while a dialog holds unsent input (sign in again, then finish what was started).
class TestErrorBanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void serverDownShowsBannerRetryRecovers();
    void sessionExpiryKeepsUnsentInput();

private:
    static quint16 freePort();
    bool revokeSessionBehindTheAppsBack();
    bool createElsewhere(const QString &name);

    std::unique_ptr<TestServer> m_server;
    quint16 m_port = 0;
    std::unique_ptr<GuiFixture> m_app;
};

quint16 TestErrorBanner::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void TestErrorBanner::initTestCase()
{
    // The server must come back on the same address the app knows, so its port is pinned: a
    // later --listen overrides TestServer's own "--listen 127.0.0.1:0" (QCommandLineParser
    // returns the last value).
    m_port = freePort();
    QVERIFY(m_port != 0);
    m_server = std::make_unique<TestServer>(
        QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port)});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QCOMPARE(m_server->port(), m_port);
    m_app = std::make_unique<GuiFixture>(*m_server);
    QVERIFY(m_app->signIn(QStringLiteral("demo"), QStringLiteral("demo")));
    QTRY_VERIFY_WITH_TIMEOUT(personalPage(*m_app), 10000);
}

void TestErrorBanner::cleanup()
{
    if (!m_server->isRunning())
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    closeLeftoverDialogs(*m_app);
}

// Ends the app's session on the server with a second client holding the same secret.
bool TestErrorBanner::revokeSessionBehindTheAppsBack()
{
    ApiClient other;
    other.setBaseUrl(m_server->baseUrl());
    other.setSession(m_app->session.sessionSecret());
    bool done = false;
    bool ok = false;
    other.logout(
        this, [&] { done = ok = true; }, [&](const ApiError &) { done = true; });
    return QTest::qWaitFor([&] { return done; }, 10000) && ok;
}

// Creates a personal token of the signed-in user with a second client (not through the app).
bool TestErrorBanner::createElsewhere(const QString &name)
{
    ApiClient other;
    other.setBaseUrl(m_server->baseUrl());
    other.setSession(m_app->session.sessionSecret());
    TokenDraft draft;
    draft.name = name;
    draft.scopes = {QStringLiteral("read")};
    draft.expiresAt = QDateTime::currentDateTimeUtc().addDays(7);
    const Account me = m_app->session.account();
    bool done = false;
    bool ok = false;
    other.createToken(
        {TokenOwner::Type::User, me.id, me.username}, draft, this,
        [&](const ApiClient::CreatedToken &) { done = ok = true; },
        [&](const ApiError &) { done = true; });
    return QTest::qWaitFor([&] { return done; }, 10000) && ok;
}

void TestErrorBanner::serverDownShowsBannerRetryRecovers()
{
    TokensPage *page = personalPage(*m_app);
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(pageIdle(page), 10000);
    QVERIFY(createToken(*m_app, page, QStringLiteral("before-outage")));

    auto *banner = page->findChild<QWidget *>(QStringLiteral("errorBanner"));
    auto *errorLabel = page->findChild<QLabel *>(QStringLiteral("errorLabel"));
    auto *table = page->findChild<QTableView *>(QStringLiteral("tableView"));
    QVERIFY(banner && errorLabel && table);
    QVERIFY(!banner->isVisible());

    m_server->stop();
    QTest::mouseClick(pageButton(page, "refreshButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(pageIdle(page), 5000); // no endless busy indicator
    const QString message = errorLabel->text();
    qInfo().noquote() << "banner:" << message;
    const QString address = QStringLiteral("127.0.0.1:%1").arg(m_port);
    QVERIFY2(message.contains(address) || message.contains(QStringLiteral("refused")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Could not load the tokens")), qPrintable(message));
    QPushButton *retry = GuiFixture::button(page, QStringLiteral("Retry"));
    QVERIFY(retry);
    QVERIFY(retry->isVisible());
    QVERIFY(retry->isEnabled());
    // The banner is announced with a name.
    QVERIFY(!banner->accessibleName().isEmpty());

    // Retry while the server is still down: the banner stays, with the same advice.
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(pageIdle(page), 20000);
    QVERIFY(banner->isVisible());

    // The server comes back on the same address; something changed meanwhile.
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QCOMPARE(m_server->port(), m_port);
    QVERIFY(createElsewhere(QStringLiteral("made-during-outage")));
    QCOMPARE(rowOf(page, QStringLiteral("made-during-outage")), -1);

    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(pageIdle(page), 15000);
    QTRY_VERIFY(rowOf(page, QStringLiteral("made-during-outage")) >= 0);
    QVERIFY(rowOf(page, QStringLiteral("before-outage")) >= 0);
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(m_app->session.isSignedIn()); // the session survived the restart
}

void TestErrorBanner::sessionExpiryKeepsUnsentInput()
{
    TokensPage *page = personalPage(*m_app);
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(pageIdle(page), 10000);
    AddTokenDialog *dialog = openAddDialog(*m_app, page, QStringLiteral("typed-before-expiry"));
    QVERIFY(dialog);
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));

    QVERIFY(revokeSessionBehindTheAppsBack());

    QPushButton *create = GuiFixture::button(dialog, QStringLiteral("Create"));
    QVERIFY(create && create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);

    auto *login = m_app->waitForDialog<LoginDialog>();
    QVERIFY2(login, "no login dialog after the session ended");
    auto *loginMessage = login->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(loginMessage->isVisible());
    qInfo().noquote() << "login dialog:" << loginMessage->text();
    QVERIFY2(loginMessage->text().contains(QStringLiteral("sign in again"), Qt::CaseInsensitive),
             qPrintable(loginMessage->text()));
    // Server and user are filled in; only the password is asked for.
    QCOMPARE(
        QUrl::fromUserInput(login->findChild<QLineEdit *>(QStringLiteral("serverEdit"))->text()),
        m_server->baseUrl());
    QCOMPARE(login->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->text(),
             QStringLiteral("demo"));
    // The dialog with the unsent input is still there, input intact and usable again.
    QVERIFY(dialog->isVisible());
    QCOMPARE(nameEdit->text(), QStringLiteral("typed-before-expiry"));
    QTRY_VERIFY(create->isEnabled());
    QCOMPARE(rowOf(page, QStringLiteral("typed-before-expiry")), -1);

    auto *password = login->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QTest::keyClicks(password, QStringLiteral("demo"));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->session.isSignedIn(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->findVisible<LoginDialog>(), 5000);

    // Same page, same dialog, same input: finish what was started.
    QCOMPARE(personalPage(*m_app), page);
    QVERIFY(dialog->isVisible());
    QCOMPARE(nameEdit->text(), QStringLiteral("typed-before-expiry"));
    QTest::mouseClick(create, Qt::LeftButton);
    auto *reveal = m_app->waitForDialog<RevealTokenDialog>(15000);
    QVERIFY2(reveal, "no reveal dialog after signing in again");
    QVERIFY(!reveal->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text().isEmpty());
    QVERIFY(copyAndClose(*m_app, reveal));
    QTRY_VERIFY(rowOf(page, QStringLiteral("typed-before-expiry")) >= 0);
    QVERIFY(!page->findChild<QWidget *>(QStringLiteral("errorBanner"))->isVisible());
}

QTEST_MAIN(TestErrorBanner)
#include "tst_errorbanner.moc"
