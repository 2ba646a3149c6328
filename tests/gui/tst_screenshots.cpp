#include "AddTokenDialog.h"
#include "GuiFixture.h"
#include "LoginDialog.h"
#include "ProfilePage.h"
#include "RevealTokenDialog.h"
#include "SettingsDialog.h"
#include "TokenListModel.h"
#include "TokensPage.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QTableView>

// Takes a picture of every page and dialog (for README.md) and checks each renders. Set
// TOKENDESK_SCREENSHOT_DIR to keep the PNGs; docs/screenshots/ holds the committed ones.
class TestScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyScreen();

private:
    void shoot(QWidget *widget, const QString &name);

    TestServer m_server{{QStringLiteral("--allow-no-expiry")}};
    std::unique_ptr<GuiFixture> m_app;
    QString m_dir;
};

void TestScreenshots::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_dir = qEnvironmentVariable("TOKENDESK_SCREENSHOT_DIR");
    if (!m_dir.isEmpty())
        QVERIFY(QDir().mkpath(m_dir));
    m_app = std::make_unique<GuiFixture>(m_server);
    m_app->window->resize(1000, 560);
}

void TestScreenshots::shoot(QWidget *widget, const QString &name)
{
    QVERIFY(widget);
    QTest::qWait(50); // let layouts settle
    const QImage image = widget->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY2(image.width() > 200 && image.height() > 100, qPrintable(name));
    // Not a blank picture: some pixels differ from the first one.
    const QRgb first = image.pixel(0, 0);
    bool varied = false;
    for (int y = 0; y < image.height() && !varied; y += 7)
        for (int x = 0; x < image.width() && !varied; x += 7)
            varied = image.pixel(x, y) != first;
    QVERIFY2(varied, qPrintable(name + QStringLiteral(" is blank")));
    if (!m_dir.isEmpty())
        QVERIFY(image.save(QDir(m_dir).filePath(name + QStringLiteral(".png"))));
}

void TestScreenshots::everyScreen()
{
    auto *login = m_app->waitForDialog<LoginDialog>();
    QVERIFY(login);
    login->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(QStringLiteral("alice"));
    shoot(login, QStringLiteral("login"));
    QVERIFY(m_app->signIn(QStringLiteral("alice"), QStringLiteral("alice")));

    const Account me = m_app->session.account();
    TokensPage *personal = m_app->window->tokensPage({TokenOwner::Type::User, me.id, me.username});
    QVERIFY(personal);
    m_app->window->showPage(personal);
    shoot(m_app->window.get(), QStringLiteral("personal-tokens-empty"));

    // A few tokens, created as a user would.
    const QStringList names{QStringLiteral("ci-deploy"), QStringLiteral("grafana-reader"),
                            QStringLiteral("backup-job")};
    for (const QString &name : names) {
        QVERIFY(GuiFixture::click(personal, QStringLiteral("Add token…")));
        auto *add = m_app->waitForDialog<AddTokenDialog>();
        QVERIFY(add);
        QTest::keyClicks(add->findChild<QLineEdit *>(QStringLiteral("nameEdit")), name);
        auto *expiry = add->findChild<QComboBox *>(QStringLiteral("expiryCombo"));
        expiry->setCurrentIndex(name == names[1] ? 0 : 1);
        if (name == names.first())
            shoot(add, QStringLiteral("add-token"));
        QVERIFY(GuiFixture::click(add, QStringLiteral("Create")));
        auto *reveal = m_app->waitForDialog<RevealTokenDialog>();
        QVERIFY(reveal);
        QVERIFY(GuiFixture::click(reveal, QStringLiteral("Copy token")));
        if (name == names.first())
            shoot(reveal, QStringLiteral("reveal-token"));
        reveal->accept();
        QTRY_VERIFY(!m_app->findVisible<RevealTokenDialog>());
    }
    QTRY_COMPARE(personal->model().rowCount(), 3);
    personal->findChild<QTableView *>(QStringLiteral("tableView"))->selectRow(0);
    shoot(m_app->window.get(), QStringLiteral("personal-tokens"));

    QVERIFY(GuiFixture::click(personal, QStringLiteral("Delete…")));
    auto *confirm = m_app->waitForDialog<QMessageBox>();
    shoot(confirm, QStringLiteral("delete-confirmation"));
    confirm->reject();

    const Team platform = m_app->session.teams().at(1);
    TokensPage *team =
        m_app->window->tokensPage({TokenOwner::Type::Team, platform.id, platform.name});
    QVERIFY(team);
    m_app->window->showPage(team);
    QVERIFY(GuiFixture::click(team, QStringLiteral("Add token…")));
    auto *add = m_app->waitForDialog<AddTokenDialog>();
    QVERIFY(add);
    QTest::keyClicks(add->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("shared-ci"));
    QVERIFY(GuiFixture::click(add, QStringLiteral("Create")));
    auto *reveal = m_app->waitForDialog<RevealTokenDialog>();
    QVERIFY(reveal);
    QVERIFY(GuiFixture::click(reveal, QStringLiteral("Copy token")));
    reveal->accept();
    QTRY_COMPARE(team->model().rowCount(), 1);
    shoot(m_app->window.get(), QStringLiteral("team-tokens"));

    m_app->window->showPage(m_app->window->profilePage());
    shoot(m_app->window.get(), QStringLiteral("profile"));

    SettingsDialog settings(m_app->settings, m_app->services.keychain(), m_app->window.get());
    settings.show();
    shoot(&settings, QStringLiteral("settings"));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
