#include "AddTokenDialog.h"
#include "GuiFixture.h"
#include "GuiSteps.h"
#include "LoginDialog.h"
#include "RevealTokenDialog.h"
#include "SettingsDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>

// Without a system keychain everything still works; the options that need one are disabled
// and say why.
class TestNoKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void optionsAreDisabledWithTheReason();

private:
    TestServer m_server;
    std::unique_ptr<GuiFixture> m_app;
};

void TestNoKeychain::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_app = std::make_unique<GuiFixture>(m_server, /*keychainAvailable=*/false);
}

void TestNoKeychain::optionsAreDisabledWithTheReason()
{
    auto *login = m_app->waitForDialog<LoginDialog>();
    QVERIFY(login);
    auto *remember = login->findChild<QCheckBox *>(QStringLiteral("rememberCheck"));
    QVERIFY(!remember->isEnabled());
    QVERIFY(!remember->isChecked());
    QVERIFY2(remember->toolTip().contains(QStringLiteral("test: no keychain")),
             qPrintable(remember->toolTip()));
    QVERIFY(m_app->signIn(QStringLiteral("demo"), QStringLiteral("demo")));

    // Tokens can still be created and copied; saving is not offered.
    TokensPage *page = GuiSteps::personalPage(*m_app);
    QVERIFY(page);
    QVERIFY(GuiFixture::click(page, QStringLiteral("Add token…")));
    auto *add = m_app->waitForDialog<AddTokenDialog>();
    QVERIFY(add);
    QTest::keyClicks(add->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("no-keychain"));
    QVERIFY(GuiFixture::click(add, QStringLiteral("Create")));
    auto *reveal = m_app->waitForDialog<RevealTokenDialog>();
    QVERIFY(reveal);
    auto *save = reveal->findChild<QCheckBox *>(QStringLiteral("saveCheck"));
    QVERIFY(!save->isEnabled());
    QVERIFY(save->toolTip().contains(QStringLiteral("test: no keychain")));
    QVERIFY(GuiSteps::copyAndClose(*m_app, reveal));
    QVERIFY(m_app->secrets.keys().isEmpty()); // nothing was stored anywhere
    QVERIFY(!GuiFixture::button(page, QStringLiteral("Copy secret"))->isEnabled());

    SettingsDialog settings(m_app->settings, m_app->services.keychain());
    QVERIFY(settings.findChild<QLabel *>(QStringLiteral("keychainStatus"))
                ->text()
                .startsWith(QStringLiteral("unavailable: test: no keychain")));
}

QTEST_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
