#include "CheckTokenDialog.h"
#include "GuiSteps.h"
#include "KeyboardSteps.h"
#include "SignedInClient.h"
#include "TokenFormat.h"

#include <QAction>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>

using namespace GuiSteps;
using namespace KeyboardSteps;

// Tools ▸ Check a token…, keyboard only, against the real server: the offline verdict for
// strings that are not tokens, mistyped tokens and valid ones; the user's own token named and
// revoked through the session; someone else's revoked with the token itself; and the pasted
// secret gone from the dialog and never written to the settings.
class TestCheckToken : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void offlineVerdicts_data();
    void offlineVerdicts();
    void ownTokenIsNamedAndRevoked();
    void someoneElsesTokenRevokesItself();
    void pastedSecretIsWipedAndNeverStored();

private:
    CheckTokenDialog *openDialog();
    QLineEdit *field(CheckTokenDialog *dialog);
    QString text(CheckTokenDialog *dialog, const char *label);
    // Puts text in the field as a paste would (one edit).
    void paste(CheckTokenDialog *dialog, const QString &text);
    bool confirmRevoke();
    int introspect(const QByteArray &secret);

    TestServer m_server;
    std::unique_ptr<GuiFixture> m_app;
};

void TestCheckToken::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_app = std::make_unique<GuiFixture>(m_server);
    QVERIFY(m_app->signIn(QStringLiteral("demo"), QStringLiteral("demo")));
    QTRY_VERIFY_WITH_TIMEOUT(personalPage(*m_app), 10000);
}

void TestCheckToken::cleanup()
{
    closeLeftoverDialogs(*m_app);
    if (auto *dialog = m_app->findVisible<CheckTokenDialog>())
        dialog->reject();
    QTRY_VERIFY(!m_app->findVisible<CheckTokenDialog>());
}

CheckTokenDialog *TestCheckToken::openDialog()
{
    // The Tools menu, as the keyboard reaches it (its mnemonic), then the action.
    QAction *check = nullptr;
    for (QAction *menu : m_app->window->menuBar()->actions()) {
        if (menu->text().remove(QLatin1Char('&')) != QLatin1String("Tools") || !menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Check a token…"))
                check = action;
        }
    }
    if (!check)
        return nullptr;
    check->trigger();
    return m_app->waitForDialog<CheckTokenDialog>();
}

QLineEdit *TestCheckToken::field(CheckTokenDialog *dialog)
{
    return named<QLineEdit>(dialog, QStringLiteral("Text to check:"));
}

QString TestCheckToken::text(CheckTokenDialog *dialog, const char *label)
{
    auto *widget = dialog->findChild<QLabel *>(QLatin1String(label));
    return widget && widget->isVisible() ? widget->text() : QString();
}

void TestCheckToken::paste(CheckTokenDialog *dialog, const QString &text)
{
    QLineEdit *edit = field(dialog);
    edit->setFocus();
    edit->selectAll();
    edit->insert(text); // what Ctrl+V does: one edit, one check
}

bool TestCheckToken::confirmRevoke()
{
    auto *confirm = m_app->waitForDialog<QMessageBox>();
    return confirm && confirm->objectName() == QLatin1String("confirmRevokeCheckedBox") &&
           pressButton(confirm, QStringLiteral("Revoke"));
}

int TestCheckToken::introspect(const QByteArray &secret)
{
    int status = 0;
    QObject context;
    m_app->client.introspect(
        SecureBuffer(secret), &context,
        [&status](const ApiClient::Introspection &) { status = 200; },
        [&status](const ApiError &e) { status = e.httpStatus > 0 ? e.httpStatus : -1; });
    (void)QTest::qWaitFor([&status] { return status != 0; }, 15000);
    return status;
}

void TestCheckToken::offlineVerdicts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("verdict");
    QByteArray typo = TokenFormat::generate(TokenFormat::Kind::ApiToken);
    typo[10] = typo[10] == 'a' ? 'b' : 'a';
    QTest::newRow("prose") << QStringLiteral("hello world") << QStringLiteral("Not a TokenDesk");
    QTest::newRow("other vendor") << QStringLiteral("ghp_0123456789abcdefghijABCDEFGHIJ012345")
                                  << QStringLiteral("Not a TokenDesk");
    QTest::newRow("typo") << QString::fromLatin1(typo) << QStringLiteral("checksum is wrong");
    QTest::newRow("session") << QString::fromLatin1(
                                    TokenFormat::generate(TokenFormat::Kind::Session))
                             << QStringLiteral("sign-in session");
    // Valid in form, but no server issued it: the server does not know it.
    QTest::newRow("valid, unknown")
        << QStringLiteral("  ") +
               QString::fromLatin1(TokenFormat::generate(TokenFormat::Kind::ApiToken)) +
               QStringLiteral("\n")
        << QStringLiteral("A valid TokenDesk token");
}

void TestCheckToken::offlineVerdicts()
{
    QFETCH(QString, input);
    QFETCH(QString, verdict);
    CheckTokenDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(field(dialog));
    // The field takes the focus when the dialog opens: paste right away.
    QTRY_COMPARE(dialog->focusWidget(), static_cast<QWidget *>(field(dialog)));
    QCOMPARE(field(dialog)->echoMode(), QLineEdit::Password);
    paste(dialog, input);
    QVERIFY2(text(dialog, "verdictLabel").contains(verdict),
             qPrintable(text(dialog, "verdictLabel")));
    auto *revokeItself =
        named<QPushButton>(dialog, QStringLiteral("Revoke with the token itself…"));
    QVERIFY(revokeItself);
    if (verdict == QLatin1String("A valid TokenDesk token")) {
        // Not the user's: the server says nothing more, so revoking it with itself is offered.
        QTRY_VERIFY_WITH_TIMEOUT(
            text(dialog, "lookupLabel").contains(QStringLiteral("not one of your tokens")), 15000);
        QVERIFY(revokeItself->isVisible());
    } else {
        QVERIFY(!revokeItself->isVisible());
        QVERIFY(!named<QPushButton>(dialog, QStringLiteral("Revoke this token…"))->isVisible());
    }
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_app->findVisible<CheckTokenDialog>());
}

void TestCheckToken::ownTokenIsNamedAndRevoked()
{
    TokensPage *page = personalPage(*m_app);
    AddTokenDialog *add = openAddDialog(*m_app, page, QStringLiteral("leaked-own"));
    QVERIFY(add);
    RevealTokenDialog *reveal = pressCreate(*m_app, add);
    QVERIFY(reveal);
    const QByteArray secret =
        reveal->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text().toLatin1();
    QVERIFY(copyAndClose(*m_app, reveal));
    QTRY_VERIFY(rowOf(page, QStringLiteral("leaked-own")) >= 0);

    CheckTokenDialog *dialog = openDialog();
    QVERIFY(dialog);
    paste(dialog, QString::fromLatin1(secret));
    QVERIFY(text(dialog, "verdictLabel").contains(QStringLiteral("A valid TokenDesk token")));
    QTRY_VERIFY_WITH_TIMEOUT(text(dialog, "lookupLabel").contains(QStringLiteral("\"leaked-own\"")),
                             15000);
    QVERIFY(text(dialog, "lookupLabel").contains(QStringLiteral("one of your personal tokens")));
    QVERIFY(text(dialog, "lookupLabel").contains(TokenFormat::hint(secret)));
    QVERIFY(pressButton(dialog, QStringLiteral("Revoke this token…")));
    QVERIFY(confirmRevoke());
    QTRY_VERIFY_WITH_TIMEOUT(text(dialog, "lookupLabel").startsWith(QStringLiteral("Revoked")),
                             15000);
    // Gone on the server, and from the page (reloaded).
    QCOMPARE(introspect(secret), 401);
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(page, QStringLiteral("leaked-own")), -1, 15000);
}

void TestCheckToken::someoneElsesTokenRevokesItself()
{
    // alice's token, leaked to demo: not his, so the server does not name it.
    ApiClient alice;
    QString error;
    const TokenOwner aliceOwner =
        SignedInClient::signIn(alice, m_server.baseUrl(), QStringLiteral("alice"), &error);
    QVERIFY2(!aliceOwner.id.isEmpty(), qPrintable(error));
    QByteArray secret;
    alice.createToken(
        aliceOwner,
        {QStringLiteral("alice-leaked"),
         {QStringLiteral("read")},
         QDateTime::currentDateTimeUtc().addDays(7)},
        this,
        [&secret](const ApiClient::CreatedToken &c) { secret = c.secret.view().toByteArray(); },
        [&error](const ApiError &e) { error = e.message; });
    QTRY_VERIFY_WITH_TIMEOUT(!secret.isEmpty() || !error.isEmpty(), 15000);
    QVERIFY2(!secret.isEmpty(), qPrintable(error));

    CheckTokenDialog *dialog = openDialog();
    QVERIFY(dialog);
    paste(dialog, QString::fromLatin1(secret));
    QTRY_VERIFY_WITH_TIMEOUT(
        text(dialog, "lookupLabel").contains(QStringLiteral("not one of your tokens")), 15000);
    QVERIFY(!text(dialog, "lookupLabel").contains(QStringLiteral("alice-leaked")));
    QVERIFY(pressButton(dialog, QStringLiteral("Revoke with the token itself…")));
    QVERIFY(confirmRevoke());
    QTRY_VERIFY_WITH_TIMEOUT(text(dialog, "lookupLabel").startsWith(QStringLiteral("Revoked")),
                             15000);
    QCOMPARE(introspect(secret), 401);

    // Once more: the server no longer accepts it, and says there is nothing to revoke.
    paste(dialog, QStringLiteral("x"));
    paste(dialog, QString::fromLatin1(secret));
    QTRY_VERIFY_WITH_TIMEOUT(
        text(dialog, "lookupLabel").contains(QStringLiteral("not one of your tokens")), 15000);
    QVERIFY(pressButton(dialog, QStringLiteral("Revoke with the token itself…")));
    QVERIFY(confirmRevoke());
    QTRY_VERIFY_WITH_TIMEOUT(
        text(dialog, "errorLabel").contains(QStringLiteral("nothing to revoke")), 15000);
}

void TestCheckToken::pastedSecretIsWipedAndNeverStored()
{
    const QByteArray secret = TokenFormat::generate(TokenFormat::Kind::ApiToken);
    CheckTokenDialog *dialog = openDialog();
    QVERIFY(dialog);
    QPointer<CheckTokenDialog> guard(dialog);
    QLineEdit *edit = field(dialog);
    paste(dialog, QString::fromLatin1(secret));
    QVERIFY(!dialog->secretWiped());
    QTRY_VERIFY_WITH_TIMEOUT(!text(dialog, "lookupLabel").contains(QStringLiteral("Asking")),
                             15000);
    // Neither the verdict nor the answer repeats the secret.
    for (const QString &shown : GuiFixture::visibleTexts()) {
        if (shown == edit->text())
            continue; // the field itself (password echo)
        QVERIFY2(!shown.contains(QString::fromLatin1(secret)), qPrintable(shown));
    }
    QTest::keyClick(dialog, Qt::Key_Escape); // Close
    QTRY_VERIFY(!m_app->findVisible<CheckTokenDialog>());
    // Closed: the field and the check's buffer are empty (checked before deletion completes).
    if (guard) {
        QVERIFY(guard->secretWiped());
        QVERIFY(edit->text().isEmpty());
    }
    QTRY_VERIFY(!guard);
    for (const QString &shown : GuiFixture::visibleTexts())
        QVERIFY(!shown.contains(QString::fromLatin1(secret)));

    // Nothing of it in the settings (or any other file of this app's run).
    QDirIterator files(m_app->dir.path(), QDir::Files, QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(secret), qPrintable(file.fileName()));
        QVERIFY(!content.contains(secret.mid(4, 20)));
        ++checked;
    }
    QVERIFY(checked > 0); // the settings file exists and was looked at
}

QTEST_MAIN(TestCheckToken)
#include "tst_checktoken.moc"
