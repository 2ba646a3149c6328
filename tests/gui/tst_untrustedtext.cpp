#include "GuiSteps.h"
#include "PlainText.h"
#include "RotateTokenDialog.h"

#include <QLabel>
#include <QMessageBox>
#include <QTextDocument>

using namespace GuiSteps;

// Names and messages come from the server: they are shown as the characters they are. A token
// named like a link must never become one — not in the table, the reveal dialog, the
// confirmations, a banner or a tooltip.
class TestUntrustedText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void markupInATokenNameStaysText();
    void toolTipsShowMarkupLiterally();

private:
    // Labels (visible or not) anywhere in the app whose text contains needle but that would
    // render it as rich text: "objectName: text".
    static QStringList richLabelsShowing(const QString &needle);

    TestServer m_server;
    std::unique_ptr<GuiFixture> m_app;
};

static const QString Hostile = QStringLiteral("<a href=\"https://x\">click</a>");

void TestUntrustedText::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_app = std::make_unique<GuiFixture>(m_server);
    QVERIFY(m_app->signIn(QStringLiteral("demo"), QStringLiteral("demo")));
}

void TestUntrustedText::cleanup()
{
    closeLeftoverDialogs(*m_app);
}

QStringList TestUntrustedText::richLabelsShowing(const QString &needle)
{
    QStringList offenders;
    for (QWidget *w : QApplication::allWidgets()) {
        auto *label = qobject_cast<QLabel *>(w);
        if (!label || !label->text().contains(needle))
            continue;
        const bool rich =
            label->textFormat() == Qt::RichText ||
            (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        if (rich)
            offenders << label->objectName() + QStringLiteral(": ") + label->text();
    }
    return offenders;
}

void TestUntrustedText::markupInATokenNameStaysText()
{
    TokensPage *page = personalPage(*m_app);
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(pageIdle(page), 10000);
    QVERIFY(createToken(*m_app, page, Hostile));
    QVERIFY(selectRow(page, Hostile)); // the table holds the literal name

    // The reveal dialog after a rotation names the token in its title and warning.
    QTest::mouseClick(pageButton(page, "rotateButton"), Qt::LeftButton);
    auto *rotateDialog = m_app->waitForDialog<RotateTokenDialog>(5000);
    QVERIFY(rotateDialog);
    auto *intro = rotateDialog->findChild<QLabel *>(QStringLiteral("introLabel"));
    QVERIFY(intro->text().contains(Hostile));
    QCOMPARE(intro->textFormat(), Qt::PlainText);
    QStringList rich = richLabelsShowing(Hostile);
    QVERIFY2(rich.isEmpty(), qPrintable(rich.join(u'\n')));
    QTest::mouseClick(GuiFixture::button(rotateDialog, QStringLiteral("Rotate")), Qt::LeftButton);
    auto *reveal = m_app->waitForDialog<RevealTokenDialog>(15000);
    QVERIFY(reveal);
    auto *warning = reveal->findChild<QLabel *>(QStringLiteral("warningLabel"));
    QVERIFY(warning->text().contains(Hostile));
    rich = richLabelsShowing(Hostile);
    QVERIFY2(rich.isEmpty(), qPrintable(rich.join(u'\n')));
    QVERIFY(copyAndClose(*m_app, reveal));

    // Delete asks with the name in the question.
    QVERIFY(selectRow(page, Hostile));
    QTest::mouseClick(pageButton(page, "deleteButton"), Qt::LeftButton);
    auto *confirm = m_app->waitForDialog<QMessageBox>(5000);
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(Hostile));
    QCOMPARE(confirm->textFormat(), Qt::PlainText);
    QTest::mouseClick(GuiFixture::button(confirm, QStringLiteral("Delete")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(page, Hostile), -1, 15000);

    // Creating it again under a taken name... is fine now; a server message naming it would
    // land in the banner, which is plain text like every label above.
    rich = richLabelsShowing(QStringLiteral("href"));
    QVERIFY2(rich.isEmpty(), qPrintable(rich.join(u'\n')));
}

void TestUntrustedText::toolTipsShowMarkupLiterally()
{
    // What Qt shows for a tooltip string: rendered as it would be, reduced to visible text.
    const QString tip = PlainText::toolTip(Hostile + QStringLiteral("\nline 2"));
    QVERIFY(Qt::mightBeRichText(tip)); // Qt renders it as markup...
    QTextDocument shown;
    shown.setHtml(tip);
    // ...whose visible text is exactly the original characters: no link, nothing dropped.
    QCOMPARE(shown.toPlainText(), Hostile + QStringLiteral("\nline 2"));
    QVERIFY(shown.toHtml().contains(QStringLiteral("&lt;a href")));
    QVERIFY(!shown.toHtml().contains(QStringLiteral("<a href")));

    // A button whose tooltip names the token (a team member who may not manage it) uses it.
    QPushButton button;
    PlainText::setToolTip(&button, Hostile);
    QCOMPARE(button.toolTip(),
             tip.left(tip.indexOf(QStringLiteral("<br>"))) + QStringLiteral("</qt>"));
    QCOMPARE(button.accessibleDescription(), Hostile);
}

QTEST_MAIN(TestUntrustedText)
#include "tst_untrustedtext.moc"
