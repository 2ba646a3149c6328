// KeychainStore where no Secret Service exists: run through without-keyring.sh (a private
// D-Bus session that cannot start one, and a throwaway HOME). The store must say so quickly,
// in words, and must not fall back to writing the secret anywhere else.
#include "KeychainStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

namespace {
constexpr int LimitMs = 15000;
}

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void probeReportsUnavailable();
    void writeFailsWithoutLeavingTheSecret();

private:
    QString m_sandbox;
};

void TestKeychainUnavailable::init()
{
    m_sandbox = qEnvironmentVariable("TOKENDESK_TEST_SANDBOX");
    if (m_sandbox.isEmpty())
        QSKIP("Run through tests/secrets/without-keyring.sh (ctest does).");
}

void TestKeychainUnavailable::probeReportsUnavailable()
{
    KeychainStore store;
    QSignalSpy changed(&store, &SecretStore::availabilityChanged);
    bool finished = false;
    bool available = true;
    QString reason;
    QElapsedTimer clock;
    clock.start();
    store.probe(this, [&](bool ok, const QString &why) {
        finished = true;
        available = ok;
        reason = why;
    });
    QVERIFY(QTest::qWaitFor([&] { return finished; }, LimitMs + 5000));
    QVERIFY2(clock.elapsed() < LimitMs, qPrintable(QString::number(clock.elapsed())));

    qInfo("reason: %s", qPrintable(reason));
    QVERIFY(!available);
    QVERIFY2(reason.startsWith(QStringLiteral("No system keychain (Secret Service) is running")),
             qPrintable(reason));
    QVERIFY(!store.isAvailable());
    QCOMPARE(store.unavailableReason(), reason);
    // The first answer is announced even though "unavailable" was also the assumed state.
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toBool(), false);
}

void TestKeychainUnavailable::writeFailsWithoutLeavingTheSecret()
{
    const QByteArray secret = "tdk_MustNeverTouchTheDisk" + QByteArray::number(qint64(this), 36);
    KeychainStore store;
    bool finished = false;
    bool ok = false;
    QString error;
    QElapsedTimer clock;
    clock.start();
    store.write(
        QStringLiteral("127.0.0.1:8686/alice/token/t1"), SecureBuffer(secret), this,
        [&] {
            finished = true;
            ok = true;
        },
        [&](const QString &message) {
            finished = true;
            error = message;
        });
    QVERIFY(QTest::qWaitFor([&] { return finished; }, LimitMs + 5000));
    QVERIFY(clock.elapsed() < LimitMs);
    QVERIFY(!ok);
    QVERIFY(!error.isEmpty());
    QVERIFY(!error.contains(QString::fromLatin1(secret)));

    bool readFinished = false;
    bool notFound = true;
    store.read(
        QStringLiteral("127.0.0.1:8686/alice/token/t1"), this,
        [&](const SecureBuffer &) { readFinished = true; },
        [&](const QString &, bool missing) {
            readFinished = true;
            notFound = missing;
        });
    QVERIFY(QTest::qWaitFor([&] { return readFinished; }, LimitMs + 5000));
    QVERIFY(!notFound); // "no keychain" is not "no entry"

    // No plain-text fallback: not a file under the throwaway HOME and XDG folders holds it.
    int scanned = 0;
    QDirIterator it(m_sandbox, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        ++scanned;
        QVERIFY2(!content.contains(secret), qPrintable(file.fileName()));
        QVERIFY2(!content.contains(secret.toBase64()), qPrintable(file.fileName()));
    }
    qInfo("scanned %d files under the sandbox", scanned);
}

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychainunavailable.moc"
