// A keychain that stops answering, as the user sees it: a save that times out leaves the reveal
// dialog without "Save in system keychain" (and says why), "Copy secret" is disabled with the
// reason, and Settings ▸ Check keychain again brings both back once the keychain answers.
#include "GuiFixture.h"
#include "GuiSteps.h"
#include "SettingsDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>

class TestKeychainHang : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void hungKeychainHidesSaveUntilCheckedAgain();

private:
    TestServer m_server;
    std::unique_ptr<GuiFixture> m_app;
};

void TestKeychainHang::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_app = std::make_unique<GuiFixture>(m_server);
    QVERIFY(m_app->signIn(QStringLiteral("demo"), QStringLiteral("demo")));
}

void TestKeychainHang::cleanup()
{
    GuiSteps::closeLeftoverDialogs(*m_app);
}

void TestKeychainHang::hungKeychainHidesSaveUntilCheckedAgain()
{
    TokensPage *page = GuiSteps::personalPage(*m_app);
    QVERIFY(page);
    const auto saveBox = [](RevealTokenDialog *reveal) {
        return reveal->findChild<QCheckBox *>(QStringLiteral("saveCheck"));
    };
    const auto note = [](RevealTokenDialog *reveal) {
        return reveal->findChild<QLabel *>(QStringLiteral("saveUnavailableLabel"));
    };

    // Saved while the keychain works.
    RevealTokenDialog *reveal = GuiSteps::pressCreate(
        *m_app, GuiSteps::openAddDialog(*m_app, page, QStringLiteral("saved-before")));
    QVERIFY(reveal);
    QVERIFY(saveBox(reveal)->isEnabled());
    QVERIFY(!note(reveal)->isVisible());
    saveBox(reveal)->setChecked(true);
    QVERIFY(GuiFixture::click(reveal, QStringLiteral("Close")));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->secrets.keys().size(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->findVisible<RevealTokenDialog>(), 5000);

    // The keychain stops answering while a save runs: it times out, and the dialog stops
    // offering Save, with the reason in words.
    m_app->secrets.setHang(true);
    m_app->secrets.setTimeoutMs(300);
    reveal = GuiSteps::pressCreate(
        *m_app, GuiSteps::openAddDialog(*m_app, page, QStringLiteral("during-hang")));
    QVERIFY(reveal);
    saveBox(reveal)->setChecked(true);
    QVERIFY(GuiFixture::click(reveal, QStringLiteral("Close")));
    QTRY_VERIFY_WITH_TIMEOUT(reveal->isEnabled() && !saveBox(reveal)->isEnabled(), 10000);
    QVERIFY(reveal->isVisible()); // the secret can still be copied
    QVERIFY(!saveBox(reveal)->isChecked());
    const QString reason = m_app->secrets.unavailableReason();
    QVERIFY2(reason.contains(QStringLiteral("Check keychain again")), qPrintable(reason));
    QVERIFY(note(reveal)->isVisible());
    QVERIFY2(note(reveal)->text().contains(reason), qPrintable(note(reveal)->text()));
    QVERIFY(saveBox(reveal)->toolTip().contains(QStringLiteral("did not answer")));
    QVERIFY(GuiSteps::copyAndClose(*m_app, reveal));
    QCOMPARE(m_app->secrets.keys().size(), 1);

    // "Copy secret" of the saved token is disabled and says why.
    QVERIFY(GuiSteps::selectRow(page, QStringLiteral("saved-before")));
    QPushButton *copy = GuiSteps::pageButton(page, "copySecretButton");
    QVERIFY(!copy->isEnabled());
    QVERIFY2(copy->toolTip().contains(QStringLiteral("did not answer")),
             qPrintable(copy->toolTip()));

    // A token created now is not offered for saving at all.
    reveal = GuiSteps::pressCreate(
        *m_app, GuiSteps::openAddDialog(*m_app, page, QStringLiteral("while-unavailable")));
    QVERIFY(reveal);
    QVERIFY(!saveBox(reveal)->isEnabled());
    QVERIFY(note(reveal)->isVisible());
    QVERIFY(GuiSteps::copyAndClose(*m_app, reveal));
    QCOMPARE(m_app->secrets.hangingCount(), 0); // nothing since the timeout waits on it

    // Settings ▸ Check keychain again, from the keyboard, once the keychain answers again.
    auto *settingsAction = m_app->window->findChild<QAction *>(QStringLiteral("settingsAction"));
    QVERIFY(settingsAction);
    settingsAction->trigger();
    auto *settings = m_app->waitForDialog<SettingsDialog>();
    QVERIFY(settings);
    auto *status = settings->findChild<QLabel *>(QStringLiteral("keychainStatus"));
    QVERIFY2(status->text().startsWith(QStringLiteral("unavailable: The system keychain did not "
                                                      "answer")),
             qPrintable(status->text()));
    auto *check = settings->findChild<QPushButton *>(QStringLiteral("checkKeychainButton"));
    QVERIFY(check && check->isVisible() && check->isEnabled());
    QCOMPARE(check->accessibleName(), QStringLiteral("Check keychain again"));
    QVERIFY(check->focusPolicy() & Qt::TabFocus);
    bool inTabChain = false;
    for (QWidget *w = settings->nextInFocusChain(); w != settings; w = w->nextInFocusChain())
        inTabChain = inTabChain || w == check;
    QVERIFY(inTabChain);
    m_app->secrets.setHang(false);
    check->setFocus();
    QTest::keyClick(check, Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("available"), 10000);
    QVERIFY(check->isEnabled());
    settings->reject();

    // Both are back.
    QVERIFY(GuiSteps::selectRow(page, QStringLiteral("saved-before")));
    QTRY_VERIFY_WITH_TIMEOUT(copy->isEnabled(), 5000);
    reveal = GuiSteps::pressCreate(
        *m_app, GuiSteps::openAddDialog(*m_app, page, QStringLiteral("after-check")));
    QVERIFY(reveal);
    QVERIFY(saveBox(reveal)->isEnabled());
    QVERIFY(!note(reveal)->isVisible());
    saveBox(reveal)->setChecked(true);
    QVERIFY(GuiFixture::click(reveal, QStringLiteral("Close")));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->secrets.keys().size(), 2, 5000);
}

QTEST_MAIN(TestKeychainHang)
#include "tst_keychainhang.moc"
