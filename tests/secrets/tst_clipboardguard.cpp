// ClipboardGuard against the real QClipboard of the offscreen platform (in-process only).
#include "ClipboardGuard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestClipboardGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void copySecretPutsTextAndHint();
    void clearsAfterTimeout();
    void countdownDecreases();
    void leavesTextCopiedMeanwhile();
    void copyTextHasNoHintAndNoCountdown();
    void copyTextOverSecretEndsCountdown();
    void clearNowClearsOnlyOurSecret();
    void destructorClearsSecret();
    void destructorLeavesOtherText();

private:
    static QClipboard *clipboard() { return QGuiApplication::clipboard(); }
    static QString clipboardText() { return clipboard()->text(QClipboard::Clipboard); }
    static const SecureBuffer &secret();
};

const SecureBuffer &TestClipboardGuard::secret()
{
    static const SecureBuffer value(QByteArrayView("tdk_TestSecret0123456789abcdefABCDEF012345"));
    return value;
}

void TestClipboardGuard::init()
{
    clipboard()->clear(QClipboard::Clipboard);
}

void TestClipboardGuard::copySecretPutsTextAndHint()
{
    ClipboardGuard guard(clipboard());
    QSignalSpy countdown(&guard, &ClipboardGuard::countdown);
    guard.copySecret(secret());

    const QMimeData *mime = clipboard()->mimeData(QClipboard::Clipboard);
    QVERIFY(mime);
    QCOMPARE(mime->text(), secret().toString());
    QVERIFY(mime->hasFormat(QStringLiteral("text/plain")));
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    QVERIFY(guard.holdsSecret());
    QCOMPARE(guard.secondsLeft(), ClipboardGuard::DefaultClearSeconds);
    QCOMPARE(countdown.count(), 1);
    QCOMPARE(countdown.at(0).at(0).toInt(), ClipboardGuard::DefaultClearSeconds);
}

void TestClipboardGuard::clearsAfterTimeout()
{
    ClipboardGuard guard(clipboard());
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    guard.setClearSeconds(1);
    guard.copySecret(secret());
    QCOMPARE(clipboardText(), secret().toString());

    QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 3000);
    QVERIFY(clipboardText().isEmpty());
    const QMimeData *mime = clipboard()->mimeData(QClipboard::Clipboard);
    QVERIFY(!mime || !mime->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
    QVERIFY(!guard.holdsSecret());
    QCOMPARE(guard.secondsLeft(), 0);
}

void TestClipboardGuard::countdownDecreases()
{
    ClipboardGuard guard(clipboard());
    QSignalSpy countdown(&guard, &ClipboardGuard::countdown);
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    guard.setClearSeconds(2);
    guard.copySecret(secret());
    QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 4000);

    QList<int> seconds;
    for (const QList<QVariant> &args : countdown)
        seconds.append(args.at(0).toInt());
    QCOMPARE(seconds, (QList<int>{2, 1, 0}));
    QVERIFY(clipboardText().isEmpty());
}

void TestClipboardGuard::leavesTextCopiedMeanwhile()
{
    ClipboardGuard guard(clipboard());
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    guard.setClearSeconds(1);
    guard.copySecret(secret());

    // The user copies something else (through the clipboard, not through the guard).
    clipboard()->setText(QStringLiteral("the user's own text"), QClipboard::Clipboard);
    QVERIFY(!guard.holdsSecret());
    // The countdown ends at once: there is nothing of ours left to clear.
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(guard.secondsLeft(), 0);

    QTest::qWait(1500);
    QCOMPARE(clipboardText(), QStringLiteral("the user's own text"));
    QCOMPARE(cleared.count(), 1);
}

void TestClipboardGuard::copyTextHasNoHintAndNoCountdown()
{
    ClipboardGuard guard(clipboard());
    QSignalSpy countdown(&guard, &ClipboardGuard::countdown);
    guard.setClearSeconds(1);
    guard.copyText(QStringLiteral("acc_12345"));

    const QMimeData *mime = clipboard()->mimeData(QClipboard::Clipboard);
    QVERIFY(mime);
    QCOMPARE(mime->text(), QStringLiteral("acc_12345"));
    QVERIFY(!mime->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
    QVERIFY(!guard.holdsSecret());
    QCOMPARE(guard.secondsLeft(), 0);

    QTest::qWait(1500);
    QCOMPARE(clipboardText(), QStringLiteral("acc_12345"));
    QCOMPARE(countdown.count(), 0);
}

void TestClipboardGuard::copyTextOverSecretEndsCountdown()
{
    ClipboardGuard guard(clipboard());
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    guard.setClearSeconds(1);
    guard.copySecret(secret());
    guard.copyText(QStringLiteral("acc_12345"));

    QCOMPARE(cleared.count(), 1);
    QCOMPARE(guard.secondsLeft(), 0);
    QTest::qWait(1500);
    QCOMPARE(clipboardText(), QStringLiteral("acc_12345"));
    QCOMPARE(cleared.count(), 1);
}

void TestClipboardGuard::clearNowClearsOnlyOurSecret()
{
    ClipboardGuard guard(clipboard());
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    guard.copySecret(secret());
    guard.clearNow();
    QVERIFY(clipboardText().isEmpty());
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(guard.secondsLeft(), 0);

    // Nothing guarded any more: clearNow() leaves the user's text alone and says nothing.
    clipboard()->setText(QStringLiteral("mine"), QClipboard::Clipboard);
    guard.clearNow();
    QCOMPARE(clipboardText(), QStringLiteral("mine"));
    QCOMPARE(cleared.count(), 1);
}

void TestClipboardGuard::destructorClearsSecret()
{
    auto guard = std::make_unique<ClipboardGuard>(clipboard());
    guard->copySecret(secret());
    QCOMPARE(clipboardText(), secret().toString());
    guard.reset();
    QVERIFY(clipboardText().isEmpty());
}

void TestClipboardGuard::destructorLeavesOtherText()
{
    auto guard = std::make_unique<ClipboardGuard>(clipboard());
    guard->copySecret(secret());
    clipboard()->setText(QStringLiteral("mine"), QClipboard::Clipboard);
    guard.reset();
    QCOMPARE(clipboardText(), QStringLiteral("mine"));
}

QTEST_MAIN(TestClipboardGuard)
#include "tst_clipboardguard.moc"
