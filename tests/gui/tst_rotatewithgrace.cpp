#include "GuiSteps.h"
#include "KeyboardSteps.h"
#include "RotateTokenDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

using namespace GuiSteps;
using namespace KeyboardSteps;

// Rotate… with the keyboard: the dialog asks for the new expiry and how long the old secret
// keeps working; with a grace the reveal dialog says until when, and both secrets authenticate
// meanwhile (the real server); without one the old secret stops at once.
class TestRotateWithGrace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void rotateKeepingTheOldSecretForAnHour();
    void rotateWithoutGraceStopsTheOldSecret();

private:
    // Creates name through the widgets; its secret, or empty.
    QByteArray create(const QString &name);
    // Rotate… on the selected row, then graceSteps × Down in the grace box, then Enter; the
    // reveal dialog that follows.
    RevealTokenDialog *rotate(const QString &name, int graceSteps);
    int introspect(const QByteArray &secret);

    TestServer m_server;
    std::unique_ptr<GuiFixture> m_app;
};

void TestRotateWithGrace::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_app = std::make_unique<GuiFixture>(m_server);
    QVERIFY(m_app->signIn(QStringLiteral("demo"), QStringLiteral("demo")));
    QTRY_VERIFY_WITH_TIMEOUT(personalPage(*m_app), 10000);
}

void TestRotateWithGrace::cleanup()
{
    if (auto *dialog = m_app->findVisible<RotateTokenDialog>())
        dialog->reject();
    closeLeftoverDialogs(*m_app);
}

QByteArray TestRotateWithGrace::create(const QString &name)
{
    TokensPage *page = personalPage(*m_app);
    AddTokenDialog *dialog = openAddDialog(*m_app, page, name);
    RevealTokenDialog *reveal = dialog ? pressCreate(*m_app, dialog) : nullptr;
    if (!reveal)
        return {};
    const QByteArray secret =
        reveal->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text().toLatin1();
    if (!copyAndClose(*m_app, reveal) ||
        !QTest::qWaitFor([&] { return rowOf(page, name) >= 0; }, 5000))
        return {};
    return secret;
}

RevealTokenDialog *TestRotateWithGrace::rotate(const QString &name, int graceSteps)
{
    TokensPage *page = personalPage(*m_app);
    if (!selectRow(page, name) || !pressButton(page, QStringLiteral("Rotate…")))
        return nullptr;
    auto *dialog = m_app->waitForDialog<RotateTokenDialog>();
    auto *grace = dialog
                      ? named<QComboBox>(dialog, QStringLiteral("Keep the old secret working for:"))
                      : nullptr;
    if (!grace)
        return nullptr;
    for (int i = 0; i < graceSteps; ++i)
        press(grace, Qt::Key_Down);
    QTest::keyClick(grace, Qt::Key_Return); // the default button: Rotate
    return m_app->waitForDialog<RevealTokenDialog>(15000);
}

int TestRotateWithGrace::introspect(const QByteArray &secret)
{
    int status = 0;
    QObject context;
    m_app->client.introspect(
        SecureBuffer(secret), &context,
        [&status](const ApiClient::Introspection &) { status = 200; },
        [&status](const ApiError &error) {
            status = error.httpStatus > 0 ? error.httpStatus : -1;
        });
    (void)QTest::qWaitFor([&status] { return status != 0; }, 15000);
    return status;
}

void TestRotateWithGrace::rotateKeepingTheOldSecretForAnHour()
{
    const QByteArray old = create(QStringLiteral("grace-hour"));
    QVERIFY(!old.isEmpty());
    TokensPage *page = personalPage(*m_app);
    QVERIFY(selectRow(page, QStringLiteral("grace-hour")));
    QVERIFY(pressButton(page, QStringLiteral("Rotate…")));
    auto *dialog = m_app->waitForDialog<RotateTokenDialog>();
    QVERIFY(dialog);
    // Both choices are named for screen readers and start at the safe defaults.
    auto *expiry = named<QComboBox>(dialog, QStringLiteral("New expiry:"));
    auto *grace = named<QComboBox>(dialog, QStringLiteral("Keep the old secret working for:"));
    QVERIFY(expiry && grace);
    QCOMPARE(expiry->currentText(), QStringLiteral("Same lifetime as before"));
    QCOMPARE(grace->currentText(), QStringLiteral("No: it stops working at once"));
    QVERIFY(press(grace, Qt::Key_Down));
    QCOMPARE(grace->currentText(), QStringLiteral("1 hour"));
    QCOMPARE(grace->accessibleDescription(), QStringLiteral("1 hour")); // what Orca reads
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("graceSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("Both secrets work until")),
             qPrintable(summary->text()));
    QVERIFY(press(expiry, Qt::Key_Down)); // 7 days
    QCOMPARE(expiry->currentText(), QStringLiteral("7 days"));
    QTest::keyClick(expiry, Qt::Key_Return);

    auto *reveal = m_app->waitForDialog<RevealTokenDialog>(15000);
    QVERIFY(reveal);
    const QString warning = reveal->findChild<QLabel *>(QStringLiteral("warningLabel"))->text();
    QVERIFY2(warning.contains(QStringLiteral("The old secret keeps working until")),
             qPrintable(warning));
    const QByteArray fresh =
        reveal->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text().toLatin1();
    QVERIFY(fresh != old);
    QVERIFY(copyAndClose(*m_app, reveal));

    // The table's token carries the grace and the new expiry; both secrets work.
    const Token *token = page->model().tokenAt(rowOf(page, QStringLiteral("grace-hour")));
    QVERIFY(token);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(token->previousSecretValidUntil > now.addSecs(3000));
    QVERIFY(token->previousSecretValidUntil < now.addSecs(3700));
    QVERIFY(qAbs(now.addDays(7).secsTo(token->expiresAt)) < 600);
    QCOMPARE(introspect(old), 200);
    QCOMPARE(introspect(fresh), 200);
}

void TestRotateWithGrace::rotateWithoutGraceStopsTheOldSecret()
{
    const QByteArray old = create(QStringLiteral("grace-none"));
    QVERIFY(!old.isEmpty());
    RevealTokenDialog *reveal = rotate(QStringLiteral("grace-none"), 0);
    QVERIFY(reveal);
    const QString warning = reveal->findChild<QLabel *>(QStringLiteral("warningLabel"))->text();
    QVERIFY2(warning.contains(QStringLiteral("The old secret no longer works")),
             qPrintable(warning));
    const QByteArray fresh =
        reveal->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text().toLatin1();
    QVERIFY(copyAndClose(*m_app, reveal));
    QCOMPARE(introspect(old), 401);
    QCOMPARE(introspect(fresh), 200);

    // 24 hours: the second step down.
    reveal = rotate(QStringLiteral("grace-none"), 2);
    QVERIFY(reveal);
    QVERIFY(copyAndClose(*m_app, reveal));
    TokensPage *page = personalPage(*m_app);
    const Token *token = page->model().tokenAt(rowOf(page, QStringLiteral("grace-none")));
    QVERIFY(token);
    QVERIFY(token->previousSecretValidUntil > QDateTime::currentDateTimeUtc().addSecs(86400 - 600));
    QCOMPARE(introspect(fresh), 200);
}

QTEST_MAIN(TestRotateWithGrace)
#include "tst_rotatewithgrace.moc"
