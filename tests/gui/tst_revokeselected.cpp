#include "GuiSteps.h"
#include "KeyboardSteps.h"
#include "TokenFilterModel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>

using namespace GuiSteps;
using namespace KeyboardSteps;

// "Unused for" and Revoke selected, keyboard only, against the real server: the filter narrows
// the table to tokens nobody used, Shift+arrow selects several, Revoke selected asks once naming
// each of them, revokes exactly those (bulk revoke endpoint) and says what it revoked.
class TestRevokeSelected : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void unusedForHidesTokensInUse();
    void revokeSelectedAsksOnceAndReports();

private:
    QByteArray create(const QString &name);
    QTableView *table() const;
    QStringList shownNames() const;

    TestServer m_server;
    std::unique_ptr<GuiFixture> m_app;
    QHash<QString, QByteArray> m_secrets;
};

void TestRevokeSelected::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_app = std::make_unique<GuiFixture>(m_server);
    QVERIFY(m_app->signIn(QStringLiteral("demo"), QStringLiteral("demo")));
    QTRY_VERIFY_WITH_TIMEOUT(personalPage(*m_app), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(pageIdle(personalPage(*m_app)), 10000);
    for (const QString &name :
         {QStringLiteral("bulk-a"), QStringLiteral("bulk-b"), QStringLiteral("bulk-c")})
        QVERIFY2(!create(name).isEmpty(), qPrintable(name));
}

void TestRevokeSelected::cleanup()
{
    closeLeftoverDialogs(*m_app);
}

QByteArray TestRevokeSelected::create(const QString &name)
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
    m_secrets.insert(name, secret);
    return secret;
}

QTableView *TestRevokeSelected::table() const
{
    return personalPage(*m_app)->findChild<QTableView *>(QStringLiteral("tableView"));
}

QStringList TestRevokeSelected::shownNames() const
{
    QStringList names;
    const QAbstractItemModel *model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, TokenListModel::NameColumn).data().toString();
    return names;
}

void TestRevokeSelected::unusedForHidesTokensInUse()
{
    TokensPage *page = personalPage(*m_app);
    // bulk-b gets used; after a reload "Never used" leaves it out.
    bool used = false;
    m_app->client.introspect(
        SecureBuffer(m_secrets.value(QStringLiteral("bulk-b"))), this,
        [&used](const ApiClient::Introspection &) { used = true; }, [](const ApiError &) {});
    QTRY_VERIFY_WITH_TIMEOUT(used, 15000);
    QVERIFY(pressButton(page, QStringLiteral("Refresh")));
    QTRY_VERIFY_WITH_TIMEOUT(pageIdle(page), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(
        page->model().tokenAt(rowOf(page, QStringLiteral("bulk-b")))->lastUsedAt.isValid(), 5000);

    auto *unused = named<QComboBox>(page, QStringLiteral("Unused for:"));
    QVERIFY(unused);
    QCOMPARE(unused->currentText(), QStringLiteral("All tokens"));
    QCOMPARE(shownNames().size(), 3);
    QVERIFY(press(unused, Qt::Key_End)); // the last choice: Never used
    QCOMPARE(unused->currentText(), QStringLiteral("Never used"));
    QCOMPARE(unused->accessibleDescription(), QStringLiteral("Never used"));
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("bulk-a"), QStringLiteral("bulk-c")}));
    // Created just now: not unused for 30 days yet, used or not.
    QVERIFY(press(unused, Qt::Key_Up));
    QCOMPARE(unused->currentText(), QStringLiteral("180 days or more"));
    QCOMPARE(shownNames(), QStringList{});
    QVERIFY(press(unused, Qt::Key_Home));
    QCOMPARE(shownNames().size(), 3);
}

void TestRevokeSelected::revokeSelectedAsksOnceAndReports()
{
    TokensPage *page = personalPage(*m_app);
    QPushButton *revoke = pageButton(page, "revokeSelectedButton");
    QVERIFY(revoke);
    QVERIFY(!revoke->isEnabled()); // nothing selected yet
    // Keyboard: into the table, Home selects the first row, Shift+Down adds the second.
    QTableView *view = table();
    QVERIFY(press(view, Qt::Key_Home));
    QVERIFY(press(view, Qt::Key_Down, Qt::ShiftModifier));
    QCOMPARE(view->selectionModel()->selectedRows().size(), 2);
    // One-token actions wait for a single selection; Revoke selected takes them all.
    QVERIFY(!pageButton(page, "rotateButton")->isEnabled());
    QVERIFY(!pageButton(page, "deleteButton")->isEnabled());
    QVERIFY(revoke->isEnabled());

    QVERIFY(pressButton(page, QStringLiteral("Revoke selected…")));
    auto *confirm = m_app->waitForDialog<QMessageBox>();
    QVERIFY(confirm);
    QCOMPARE(confirm->objectName(), QStringLiteral("confirmRevokeSelectedBox"));
    QCOMPARE(confirm->textFormat(), Qt::PlainText);
    QVERIFY2(confirm->text().contains(QStringLiteral("bulk-a")) &&
                 confirm->text().contains(QStringLiteral("bulk-b")) &&
                 !confirm->text().contains(QStringLiteral("bulk-c")),
             qPrintable(confirm->text()));
    QVERIFY(confirm->defaultButton()->text().contains(QStringLiteral("Cancel")));
    QVERIFY(pressButton(confirm, QStringLiteral("Revoke")));

    QMessageBox *report = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((report = m_app->findVisible<QMessageBox>()) &&
                                 report->objectName() == QStringLiteral("revokedReportBox"),
                             15000);
    QVERIFY2(report->text().contains(QStringLiteral("Revoked 2 tokens")) &&
                 report->text().contains(QStringLiteral("bulk-a")) &&
                 report->text().contains(QStringLiteral("bulk-b")),
             qPrintable(report->text()));
    QTest::keyClick(report, Qt::Key_Return);
    QTRY_VERIFY(!m_app->findVisible<QMessageBox>());
    QCOMPARE(shownNames(), QStringList{QStringLiteral("bulk-c")});

    // The server agrees: the two secrets are dead, the third works.
    auto status = [this](const QString &name) {
        int result = 0;
        m_app->client.introspect(
            SecureBuffer(m_secrets.value(name)), this,
            [&result](const ApiClient::Introspection &) { result = 200; },
            [&result](const ApiError &e) { result = e.httpStatus > 0 ? e.httpStatus : -1; });
        (void)QTest::qWaitFor([&result] { return result != 0; }, 15000);
        return result;
    };
    QCOMPARE(status(QStringLiteral("bulk-a")), 401);
    QCOMPARE(status(QStringLiteral("bulk-b")), 401);
    QCOMPARE(status(QStringLiteral("bulk-c")), 200);
}

QTEST_MAIN(TestRevokeSelected)
#include "tst_revokeselected.moc"
