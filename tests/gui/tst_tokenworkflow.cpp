#include "AddTokenDialog.h"
#include "ApiCall.h"
#include "GuiFixture.h"
#include "GuiSteps.h"
#include "RevealTokenDialog.h"
#include "TokenFormat.h"
#include "TokenListModel.h"
#include "TokensPage.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QTableView>

// The seed workflow, driven through the widgets: sign in as demo, create a personal token,
// copy it once, see it listed with its hint, fail on a duplicate name, delete it.
class TestTokenWorkflow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void createCopyListDelete();
    void duplicateNameShowsFieldError();
    void closingWithoutCopyAsksFirst();
    void saveInKeychainThenCopySecret();
    void expiringTokenShowsWarning();
    void failedKeychainSaveKeepsTheSecret();

private:
    TokensPage *personalPage();
    AddTokenDialog *openAddDialog(const QString &name);
    RevealTokenDialog *createThroughDialog(const QString &name);
    int rowOf(TokensPage *page, const QString &name);
    [[nodiscard]] bool selectRow(TokensPage *page, const QString &name);

    TestServer m_server;
    std::unique_ptr<GuiFixture> m_app;
};

void TestTokenWorkflow::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_app = std::make_unique<GuiFixture>(m_server);
    m_app->settings.setClipboardClearSeconds(5);
    m_app->clipboard.setClearSeconds(2); // shortened for the test
    QVERIFY(m_app->signIn(QStringLiteral("demo"), QStringLiteral("demo")));
    QTRY_VERIFY_WITH_TIMEOUT(personalPage(), 10000);
}

void TestTokenWorkflow::cleanup()
{
    GuiSteps::closeLeftoverDialogs(*m_app);
    QTRY_VERIFY2(!m_app->findVisible<QDialog>(),
                 m_app->findVisible<QDialog>()
                     ? m_app->findVisible<QDialog>()->metaObject()->className()
                     : "");
}

TokensPage *TestTokenWorkflow::personalPage()
{
    const Account me = m_app->session.account();
    return m_app->window->tokensPage({TokenOwner::Type::User, me.id, me.username});
}

int TestTokenWorkflow::rowOf(TokensPage *page, const QString &name)
{
    const TokenListModel &model = page->model();
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.tokenAt(row)->name == name)
            return row;
    }
    return -1;
}

bool TestTokenWorkflow::selectRow(TokensPage *page, const QString &name)
{
    auto *view = page->findChild<QTableView *>(QStringLiteral("tableView"));
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, TokenListModel::NameColumn).data().toString() == name) {
            view->setFocus();
            view->selectRow(row);
            return true;
        }
    }
    return false; // no row named so
}

AddTokenDialog *TestTokenWorkflow::openAddDialog(const QString &name)
{
    TokensPage *page = personalPage();
    m_app->window->showPage(page);
    if (!GuiFixture::click(page, QStringLiteral("Add token…")))
        return nullptr;
    auto *dialog = m_app->waitForDialog<AddTokenDialog>();
    if (!dialog)
        return nullptr;
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QTest::keyClicks(nameEdit, name);
    return dialog;
}

RevealTokenDialog *TestTokenWorkflow::createThroughDialog(const QString &name)
{
    AddTokenDialog *dialog = openAddDialog(name);
    if (!dialog)
        return nullptr;
    auto *expiry = dialog->findChild<QComboBox *>(QStringLiteral("expiryCombo"));
    expiry->setCurrentIndex(expiry->findText(QStringLiteral("7 days")));
    if (!GuiFixture::click(dialog, QStringLiteral("Create")))
        return nullptr;
    return m_app->waitForDialog<RevealTokenDialog>();
}

void TestTokenWorkflow::createCopyListDelete()
{
    TokensPage *page = personalPage();
    QTRY_VERIFY(!page->findChild<QWidget *>(QStringLiteral("busyBar"))->isVisible());

    AddTokenDialog *dialog = openAddDialog(QStringLiteral("ci-deploy"));
    QVERIFY(dialog);
    // Choose the expiry and both scopes with the keyboard-reachable widgets.
    auto *expiry = dialog->findChild<QComboBox *>(QStringLiteral("expiryCombo"));
    expiry->setCurrentIndex(expiry->findText(QStringLiteral("30 days")));
    QCheckBox *write = nullptr;
    for (QCheckBox *check : dialog->findChildren<QCheckBox *>()) {
        if (check->text() == QLatin1String("write"))
            write = check;
    }
    QVERIFY(write);
    QVERIFY(!write->isChecked()); // least privilege by default
    write->setFocus();
    QTest::keyClick(write, Qt::Key_Space);
    QVERIFY(write->isChecked());
    QCOMPARE(dialog->draft().scopes,
             (QStringList{QStringLiteral("read"), QStringLiteral("write")}));
    const qint64 days = QDateTime::currentDateTimeUtc().daysTo(dialog->expiry());
    QVERIFY2(days == 30 || days == 29, qPrintable(QString::number(days)));
    QVERIFY(GuiFixture::click(dialog, QStringLiteral("Create")));

    auto *reveal = m_app->waitForDialog<RevealTokenDialog>();
    QVERIFY(reveal);
    auto *secretEdit = reveal->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    const QByteArray secret = secretEdit->text().toLatin1();
    QVERIFY2(TokenFormat::isWellFormed(secret, TokenFormat::Kind::ApiToken), secret.constData());
    QVERIFY(secretEdit->isReadOnly());
    QVERIFY(!reveal->findChild<QLineEdit *>(QStringLiteral("accountIdEdit"))->text().isEmpty());
    QVERIFY(reveal->findChild<QLabel *>(QStringLiteral("planLabel"))
                ->text()
                .contains(QStringLiteral("/api/v1/demo/items"))); // demo is on the free plan

    // The shown secret authenticates.
    bool introspected = false;
    QString introspectedName;
    QString error; // from the failure callback, asserted here
    m_app->client.introspect(
        SecureBuffer(secret), this,
        [&](const ApiClient::Introspection &info) {
            introspectedName = info.name, introspected = true;
        },
        [&](const ApiError &e) { error = e.message, introspected = true; });
    QTRY_VERIFY_WITH_TIMEOUT(introspected, 15000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(introspectedName, QStringLiteral("ci-deploy"));

    // Copy: exactly the secret, with the password-manager hint; cleared after the timeout.
    QVERIFY(GuiFixture::click(reveal, QStringLiteral("Copy token")));
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QCOMPARE(mime->text().toLatin1(), secret);
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    QVERIFY(reveal->findChild<QLabel *>(QStringLiteral("countdownLabel"))
                ->text()
                .contains(QStringLiteral("cleared in")));
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), 6000);

    // Close: no question (it was copied); the secret is gone from every widget.
    QVERIFY(GuiFixture::click(reveal, QStringLiteral("Close")));
    QTRY_VERIFY(!m_app->findVisible<RevealTokenDialog>());
    QVERIFY(!m_app->findVisible<QMessageBox>());
    for (const QString &text : GuiFixture::visibleTexts())
        QVERIFY2(!text.contains(QString::fromLatin1(secret)), "secret still shown");

    // Listed with its hint.
    const int row = rowOf(page, QStringLiteral("ci-deploy"));
    QVERIFY(row >= 0);
    QCOMPARE(page->model().tokenAt(row)->hint, TokenFormat::hint(secret));
    QCOMPARE(page->model().index(row, TokenListModel::HintColumn).data().toString(),
             TokenFormat::hint(secret));

    // Delete, confirming in the dialog that names the token.
    QVERIFY(selectRow(page, QStringLiteral("ci-deploy")));
    QVERIFY(GuiFixture::click(page, QStringLiteral("Delete…")));
    auto *confirm = m_app->waitForDialog<QMessageBox>();
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(QStringLiteral("ci-deploy")));
    QVERIFY(GuiFixture::click(confirm, QStringLiteral("Delete")));
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(page, QStringLiteral("ci-deploy")), -1, 15000);

    // The server agrees: the secret no longer works.
    bool refused = false;
    m_app->client.introspect(
        SecureBuffer(secret), this, [](const ApiClient::Introspection &) {},
        [&](const ApiError &e) { refused = e.httpStatus == 401; });
    QTRY_VERIFY_WITH_TIMEOUT(refused, 15000);
}

void TestTokenWorkflow::duplicateNameShowsFieldError()
{
    RevealTokenDialog *reveal = createThroughDialog(QStringLiteral("twice"));
    QVERIFY(reveal);
    QVERIFY(GuiFixture::click(reveal, QStringLiteral("Copy token")));
    QVERIFY(GuiFixture::click(reveal, QStringLiteral("Close")));
    QTRY_VERIFY(!m_app->findVisible<RevealTokenDialog>());

    AddTokenDialog *dialog = openAddDialog(QStringLiteral("twice"));
    QVERIFY(dialog);
    QVERIFY(GuiFixture::click(dialog, QStringLiteral("Create")));
    auto *nameError = dialog->findChild<QLabel *>(QStringLiteral("nameError"));
    QTRY_VERIFY_WITH_TIMEOUT(nameError->isVisible(), 15000);
    QVERIFY2(nameError->text().contains(QStringLiteral("already exists")),
             qPrintable(nameError->text()));
    // The input is still there, and the dialog is usable again.
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(),
             QStringLiteral("twice"));
    QVERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("-2"));
    QVERIFY(!nameError->isVisible());
    dialog->reject();
}

void TestTokenWorkflow::closingWithoutCopyAsksFirst()
{
    RevealTokenDialog *reveal = createThroughDialog(QStringLiteral("uncopied"));
    QVERIFY(reveal);
    QTest::keyClick(reveal, Qt::Key_Escape);
    auto *confirm = m_app->waitForDialog<QMessageBox>();
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(QStringLiteral("You will not see this token again")));
    QVERIFY(GuiFixture::click(confirm, QStringLiteral("Go back")));
    QTRY_VERIFY(!m_app->findVisible<QMessageBox>());
    QVERIFY(reveal->isVisible());
    QVERIFY(!reveal->secretWiped());

    QTest::keyClick(reveal, Qt::Key_Escape);
    confirm = m_app->waitForDialog<QMessageBox>();
    QVERIFY(confirm);
    QVERIFY(GuiFixture::click(confirm, QStringLiteral("Close anyway")));
    QTRY_VERIFY(!m_app->findVisible<RevealTokenDialog>());
}

void TestTokenWorkflow::saveInKeychainThenCopySecret()
{
    RevealTokenDialog *reveal = createThroughDialog(QStringLiteral("kept"));
    QVERIFY(reveal);
    const QByteArray secret =
        reveal->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text().toLatin1();
    auto *save = reveal->findChild<QCheckBox *>(QStringLiteral("saveCheck"));
    QVERIFY(save->isEnabled());
    save->setFocus();
    QTest::keyClick(save, Qt::Key_Space);
    QVERIFY(save->isChecked());
    QVERIFY(GuiFixture::click(reveal, QStringLiteral("Close"))); // saving counts: no question
    QTRY_VERIFY(!m_app->findVisible<RevealTokenDialog>());
    QVERIFY(!m_app->findVisible<QMessageBox>());

    TokensPage *page = personalPage();
    const int row = rowOf(page, QStringLiteral("kept"));
    QVERIFY(row >= 0);
    const QString id = page->model().tokenAt(row)->id;
    QTRY_VERIFY(page->model().isInKeychain(id));
    const QString key = SecretStore::tokenKey(m_server.baseUrl(), QStringLiteral("demo"), id);
    QCOMPARE(m_app->secrets.value(key), secret);

    QApplication::clipboard()->clear();
    QVERIFY(selectRow(page, QStringLiteral("kept")));
    QVERIFY(GuiFixture::click(page, QStringLiteral("Copy secret")));
    QTRY_COMPARE(QApplication::clipboard()->text().toLatin1(), secret);
    auto *copyStatus = page->findChild<QLabel *>(QStringLiteral("copyStatus"));
    QVERIFY(copyStatus->isVisible());
    QVERIFY2(copyStatus->text().contains(QStringLiteral("Clipboard clears in")),
             qPrintable(copyStatus->text()));
    QCOMPARE(
        QApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
        QByteArray("secret"));

    // Deleting the token removes its keychain entry.
    QVERIFY(GuiFixture::click(page, QStringLiteral("Delete…")));
    auto *confirm = m_app->waitForDialog<QMessageBox>();
    QVERIFY(confirm);
    QVERIFY(GuiFixture::click(confirm, QStringLiteral("Delete")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->secrets.contains(key), 15000);
    QVERIFY(
        !m_app->settings.storedTokenIds({m_server.baseUrl(), QStringLiteral("demo")}, page->owner())
             .contains(id));
}

void TestTokenWorkflow::expiringTokenShowsWarning()
{
    // Created elsewhere (e.g. by a script), expiring in two days.
    bool created = false;
    QString error; // from the failure callback, asserted here
    const Account me = m_app->session.account();
    m_app->client.createToken(
        {TokenOwner::Type::User, me.id, me.username},
        TokenDraft{QStringLiteral("short-lived"),
                   {QStringLiteral("read")},
                   QDateTime::currentDateTimeUtc().addDays(2)},
        this, [&](const ApiClient::CreatedToken &) { created = true; },
        [&](const ApiError &e) { error = e.message, created = true; });
    QTRY_VERIFY_WITH_TIMEOUT(created, 15000);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    TokensPage *page = personalPage();
    QVERIFY(GuiFixture::click(page, QStringLiteral("Refresh")));
    auto *banner = m_app->window->findChild<QLabel *>(QStringLiteral("expiryBanner"));
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000); // no tray offscreen: the banner
    QVERIFY2(banner->text().contains(QStringLiteral("short-lived")), qPrintable(banner->text()));
    // Reported once: another refresh adds nothing.
    const QString first = banner->text();
    QVERIFY(GuiFixture::click(page, QStringLiteral("Refresh")));
    QTRY_VERIFY(!page->findChild<QWidget *>(QStringLiteral("busyBar"))->isVisible());
    QCOMPARE(banner->text(), first);
}

void TestTokenWorkflow::failedKeychainSaveKeepsTheSecret()
{
    RevealTokenDialog *reveal = createThroughDialog(QStringLiteral("locked-keychain"));
    QVERIFY(reveal);
    auto *secretEdit = reveal->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    const QString secret = secretEdit->text();
    auto *save = reveal->findChild<QCheckBox *>(QStringLiteral("saveCheck"));
    save->setFocus();
    QTest::keyClick(save, Qt::Key_Space);
    m_app->secrets.setFailWrites(true);
    QVERIFY(GuiFixture::click(reveal, QStringLiteral("Close")));

    // The write failed: the dialog stays, says why, and still holds the secret.
    auto *status = reveal->findChild<QLabel *>(QStringLiteral("countdownLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("refused the write")), 5000);
    QVERIFY(reveal->isVisible());
    QVERIFY(reveal->isEnabled());
    QVERIFY(!save->isChecked());
    QCOMPARE(secretEdit->text(), secret);
    m_app->secrets.setFailWrites(false);

    QVERIFY(GuiFixture::click(reveal, QStringLiteral("Copy token")));
    QVERIFY(GuiFixture::click(reveal, QStringLiteral("Close")));
    QTRY_VERIFY(!m_app->findVisible<RevealTokenDialog>());
}

QTEST_MAIN(TestTokenWorkflow)
#include "tst_tokenworkflow.moc"
