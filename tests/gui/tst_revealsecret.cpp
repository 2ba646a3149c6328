#include "ClipboardGuard.h"
#include "RevealTokenDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMimeData>
#include <QTest>

// The reveal dialog's secret field lets the secret out only through the clipboard guard: it
// cannot be selected (an X11 selection is copied to PRIMARY, unguarded), it has no context menu,
// and Ctrl+C copies with the secret hint and the auto-clear countdown.
class TestRevealSecret : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void secretCannotBeSelected();
    void copyShortcutGoesThroughTheGuard();
    void noContextMenu();

private:
    static constexpr const char *Secret = "tdk_0123456789abcdefghijABCDEFGHIJ123456";
    QLineEdit *secretEdit() const
    {
        return m_dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    }

    std::unique_ptr<ClipboardGuard> m_clipboard;
    std::unique_ptr<RevealTokenDialog> m_dialog;
};

void TestRevealSecret::init()
{
    QApplication::clipboard()->clear();
    m_clipboard = std::make_unique<ClipboardGuard>(QApplication::clipboard());
    RevealTokenDialog::Info info;
    info.token.id = QStringLiteral("t1");
    info.token.name = QStringLiteral("ci");
    info.server = QUrl(QStringLiteral("http://127.0.0.1:8686"));
    m_dialog = std::make_unique<RevealTokenDialog>(SecureBuffer(QByteArrayView(Secret)), info,
                                                   *m_clipboard, nullptr);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestRevealSecret::cleanup()
{
    m_dialog.reset();
    m_clipboard.reset();
}

void TestRevealSecret::secretCannotBeSelected()
{
    QLineEdit *edit = secretEdit();
    QVERIFY(edit);
    QCOMPARE(edit->text(), QString::fromLatin1(Secret)); // shown...
    edit->selectAll();
    QVERIFY(edit->selectedText().isEmpty()); // ...but not selectable
    // By mouse: a drag over the text, and a double click on it.
    QTest::mousePress(edit, Qt::LeftButton, {}, QPoint(4, edit->height() / 2));
    QTest::mouseMove(edit, QPoint(edit->width() - 4, edit->height() / 2));
    QTest::mouseRelease(edit, Qt::LeftButton, {}, QPoint(edit->width() - 4, edit->height() / 2));
    QVERIFY(edit->selectedText().isEmpty());
    QTest::mouseDClick(edit, Qt::LeftButton, {}, QPoint(20, edit->height() / 2));
    QVERIFY(edit->selectedText().isEmpty());
    // By keyboard.
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Home);
    QTest::keyClick(edit, Qt::Key_End, Qt::ShiftModifier);
    QTest::keySequence(edit, QKeySequence::SelectAll);
    QVERIFY(edit->selectedText().isEmpty());
    if (QApplication::clipboard()->supportsSelection()) // X11: nothing reached PRIMARY
        QVERIFY(!QApplication::clipboard()
                     ->text(QClipboard::Selection)
                     .contains(QString::fromLatin1(Secret)));
}

void TestRevealSecret::copyShortcutGoesThroughTheGuard()
{
    QLineEdit *edit = secretEdit();
    edit->setFocus();
    QTest::keySequence(edit, QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(Secret));
    const QMimeData *data = QApplication::clipboard()->mimeData();
    QVERIFY(data && data->hasFormat(ClipboardGuard::secretHintMimeType()));
    QVERIFY(m_clipboard->holdsSecret()); // the countdown runs: it will be cleared

    QApplication::clipboard()->clear();
    QTest::keySequence(edit, QKeySequence::Cut);
    QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(Secret));
    QCOMPARE(edit->text(), QString::fromLatin1(Secret)); // read-only: nothing was cut
    QVERIFY(m_clipboard->holdsSecret());
}

void TestRevealSecret::noContextMenu()
{
    QCOMPARE(secretEdit()->contextMenuPolicy(), Qt::NoContextMenu);
}

QTEST_MAIN(TestRevealSecret)
#include "tst_revealsecret.moc"
