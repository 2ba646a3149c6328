// KeychainStore against a real Secret Service: run through with-keyring.sh, which gives the
// test its own D-Bus session and a fresh, unlocked gnome-keyring.
#include "KeychainStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <memory>

#include <signal.h>

namespace {
constexpr int WaitMs = 15000;

// What one request delivered.
struct Outcome
{
    bool finished = false;
    bool ok = false;
    bool notFound = false;
    int calls = 0;
    QString error;
    QByteArray data;
};

// stdout and stderr together: secret-tool prints the attributes of what it finds on stderr.
// stdout and stderr together: secret-tool prints the attributes of what it finds on stderr.
QByteArray runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(WaitMs) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return process.readAllStandardOutput();
}
} // namespace

class TestKeychainStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void keysNameServerAndUser();
    void probeFindsKeychain();
    void writeReadRemoveRoundTrip();
    void readMissingIsNotFound();
    void overwriteReplaces();
    void removeMissingSucceeds();
    void secretToolFindsEntry();
    void callbacksNeverRunInsideTheCall();
    void noCallbackAfterContextDestroyed();
    void hungKeychainTimesOut();

private:
    void write(KeychainStore &store, const QString &key, QByteArrayView secret, Outcome *out);
    void read(KeychainStore &store, const QString &key, Outcome *out);
    void remove(KeychainStore &store, const QString &key, Outcome *out);
    static bool wait(const Outcome &out)
    {
        return QTest::qWaitFor([&] { return out.finished; }, WaitMs);
    }
    static qint64 keyringPid();

    QObject m_context;
};

void TestKeychainStore::init()
{
    // Never write test entries into the developer's own keychain (naming keys touches none).
    if (qEnvironmentVariableIsEmpty("TOKENDESK_TEST_SANDBOX") &&
        QByteArrayView(QTest::currentTestFunction()) != "keysNameServerAndUser")
        QSKIP("Run through tests/secrets/with-keyring.sh (ctest does).");
}

void TestKeychainStore::write(KeychainStore &store, const QString &key, QByteArrayView secret,
                              Outcome *out)
{
    store.write(
        key, SecureBuffer(secret), &m_context,
        [out] { *out = {true, true, false, out->calls + 1, {}, {}}; },
        [out](const QString &error) { *out = {true, false, false, out->calls + 1, error, {}}; });
}

void TestKeychainStore::read(KeychainStore &store, const QString &key, Outcome *out)
{
    store.read(
        key, &m_context,
        [out](const SecureBuffer &secret) {
            *out = {true, true, false, out->calls + 1, {}, secret.view().toByteArray()};
        },
        [out](const QString &error, bool notFound) {
            *out = {true, false, notFound, out->calls + 1, error, {}};
        });
}

void TestKeychainStore::remove(KeychainStore &store, const QString &key, Outcome *out)
{
    store.remove(
        key, &m_context, [out] { *out = {true, true, false, out->calls + 1, {}, {}}; },
        [out](const QString &error) { *out = {true, false, false, out->calls + 1, error, {}}; });
}

qint64 TestKeychainStore::keyringPid()
{
    // Asks our own session bus who owns the Secret Service name: the daemon the wrapper started.
    const QByteArray reply = runTool(
        QStringLiteral("dbus-send"),
        {QStringLiteral("--session"), QStringLiteral("--print-reply"),
         QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
         QStringLiteral("org.freedesktop.DBus.GetConnectionUnixProcessID"),
         QStringLiteral("string:org.freedesktop.secrets")});
    const auto match = QRegularExpression(QStringLiteral("uint32 (\\d+)")).match(reply);
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

void TestKeychainStore::keysNameServerAndUser()
{
    const QUrl local(QStringLiteral("http://127.0.0.1:8686"));
    QCOMPARE(SecretStore::sessionKey(local, QStringLiteral("alice")),
             QStringLiteral("127.0.0.1:8686/alice/session"));
    QCOMPARE(SecretStore::tokenKey(local, QStringLiteral("alice"), QStringLiteral("tok_1")),
             QStringLiteral("127.0.0.1:8686/alice/token/tok_1"));
    QCOMPARE(SecretStore::sessionKey(QUrl(QStringLiteral("https://Tokens.Example.com/")),
                                     QStringLiteral("bob")),
             QStringLiteral("tokens.example.com/bob/session"));
    QCOMPARE(
        SecretStore::sessionKey(QUrl(QStringLiteral("http://[::1]:8686")), QStringLiteral("bob")),
        QStringLiteral("[::1]:8686/bob/session"));
}

void TestKeychainStore::probeFindsKeychain()
{
    KeychainStore store;
    QSignalSpy changed(&store, &SecretStore::availabilityChanged);
    QVERIFY(!store.isAvailable());
    QVERIFY(!store.unavailableReason().isEmpty());

    bool finished = false;
    bool available = false;
    QString reason;
    store.probe(&m_context, [&](bool ok, const QString &why) {
        finished = true;
        available = ok;
        reason = why;
    });
    QVERIFY(QTest::qWaitFor([&] { return finished; }, WaitMs));
    QVERIFY2(available, qPrintable(reason));
    QVERIFY(reason.isEmpty());
    QVERIFY(store.isAvailable());
    QVERIFY(store.unavailableReason().isEmpty());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toBool(), true);

    // The throwaway entry is gone again.
    Outcome out;
    read(store, KeychainStore::probeKey(), &out);
    QVERIFY(wait(out));
    QVERIFY(out.notFound);
}

void TestKeychainStore::writeReadRemoveRoundTrip()
{
    KeychainStore store;
    const QString key = SecretStore::tokenKey(QUrl(QStringLiteral("http://127.0.0.1:8686")),
                                              QStringLiteral("alice"), QStringLiteral("t1"));
    // Bytes that are not valid UTF-8 survive too: the store is binary-safe.
    const QByteArray secret("tdk_RoundTrip\x00\xff\x01end", 19);

    Outcome written;
    write(store, key, secret, &written);
    QVERIFY(wait(written));
    QVERIFY2(written.ok, qPrintable(written.error));

    Outcome got;
    read(store, key, &got);
    QVERIFY(wait(got));
    QVERIFY2(got.ok, qPrintable(got.error));
    QCOMPARE(got.data, secret);

    Outcome removed;
    remove(store, key, &removed);
    QVERIFY(wait(removed));
    QVERIFY2(removed.ok, qPrintable(removed.error));

    Outcome again;
    read(store, key, &again);
    QVERIFY(wait(again));
    QVERIFY(!again.ok);
    QVERIFY(again.notFound);
}

void TestKeychainStore::readMissingIsNotFound()
{
    KeychainStore store;
    Outcome out;
    read(store, QStringLiteral("127.0.0.1:8686/nobody/session"), &out);
    QVERIFY(wait(out));
    QVERIFY(!out.ok);
    QVERIFY(out.notFound);
    QVERIFY(out.error.contains(QStringLiteral("Nothing is stored")));

    // The one-argument failure callback gets the same message.
    QString message;
    store.read(
        QStringLiteral("127.0.0.1:8686/nobody/session"), &m_context, [](const SecureBuffer &) {},
        [&](const QString &error) { message = error; });
    QTRY_VERIFY_WITH_TIMEOUT(!message.isEmpty(), WaitMs);
    QCOMPARE(message, out.error);
}

void TestKeychainStore::overwriteReplaces()
{
    KeychainStore store;
    const QString key = QStringLiteral("127.0.0.1:8686/alice/token/overwrite");
    Outcome first, second, got, removed;
    write(store, key, "tdk_first", &first);
    write(store, key, "tdk_second", &second); // queued behind the first
    QVERIFY(wait(first) && wait(second));
    QVERIFY(first.ok && second.ok);

    read(store, key, &got);
    QVERIFY(wait(got));
    QCOMPARE(got.data, QByteArray("tdk_second"));
    remove(store, key, &removed);
    QVERIFY(wait(removed));
}

void TestKeychainStore::removeMissingSucceeds()
{
    KeychainStore store;
    Outcome out;
    remove(store, QStringLiteral("127.0.0.1:8686/alice/token/never-stored"), &out);
    QVERIFY(wait(out));
    QVERIFY2(out.ok, qPrintable(out.error));
}

void TestKeychainStore::secretToolFindsEntry()
{
    KeychainStore store;
    const QString key = QStringLiteral("127.0.0.1:8686/alice/token/visible");
    Outcome written;
    write(store, key, "tdk_SeenBySecretTool", &written);
    QVERIFY(wait(written));
    QVERIFY(written.ok);

    // An independent client finds the item by the attributes QtKeychain 0.13 files it under:
    // server = the service name, user = the key, type = base64 (setBinaryData).
    const QByteArray found =
        runTool(QStringLiteral("secret-tool"),
                {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                 KeychainStore::serviceName(), QStringLiteral("user"), key});
    QVERIFY2(found.contains("attribute.server = TokenDesk"), found.constData());
    QVERIFY(found.contains(QByteArray("attribute.user = ") + key.toUtf8()));
    QVERIFY(found.contains("attribute.type = base64"));
    QVERIFY(found.contains("schema = org.qt.keychain"));
    QVERIFY(found.contains("schema = org.qt.keychain"));
    QVERIFY(found.contains("label = TokenDesk"));

    const QByteArray looked = runTool(QStringLiteral("secret-tool"),
                                      {QStringLiteral("lookup"), QStringLiteral("server"),
                                       KeychainStore::serviceName(), QStringLiteral("user"), key});
    QCOMPARE(QByteArray::fromBase64(looked.trimmed()), QByteArray("tdk_SeenBySecretTool"));

    Outcome removed;
    remove(store, key, &removed);
    QVERIFY(wait(removed));
    QVERIFY(runTool(QStringLiteral("secret-tool"),
                    {QStringLiteral("search"), QStringLiteral("server"),
                     KeychainStore::serviceName(), QStringLiteral("user"), key})
                .isEmpty());
}

void TestKeychainStore::callbacksNeverRunInsideTheCall()
{
    KeychainStore store;
    Outcome out;
    read(store, QStringLiteral("127.0.0.1:8686/nobody/session"), &out);
    QVERIFY(!out.finished);
    bool probed = false;
    store.probe(nullptr, [&](bool, const QString &) { probed = true; });
    QVERIFY(!probed);
    QVERIFY(wait(out));
    QVERIFY(QTest::qWaitFor([&] { return probed; }, WaitMs));
}

void TestKeychainStore::noCallbackAfterContextDestroyed()
{
    KeychainStore store;
    auto context = std::make_unique<QObject>();
    bool called = false;
    store.read(
        QStringLiteral("127.0.0.1:8686/nobody/session"), context.get(),
        [&](const SecureBuffer &) { called = true; }, [&](const QString &) { called = true; });
    context.reset();

    // A later request still runs, and the abandoned one stays silent.
    Outcome out;
    read(store, QStringLiteral("127.0.0.1:8686/nobody/session"), &out);
    QVERIFY(wait(out));
    QTest::qWait(200);
    QVERIFY(!called);
}

void TestKeychainStore::hungKeychainTimesOut()
{
    const qint64 pid = keyringPid();
    QVERIFY2(pid > 0, "cannot find the keyring daemon of this D-Bus session");
    KeychainStore store;
    const QString key = QStringLiteral("127.0.0.1:8686/alice/token/late");
    bool probed = false;
    store.probe(nullptr, [&](bool, const QString &) { probed = true; });
    QVERIFY(QTest::qWaitFor([&] { return probed; }, WaitMs));
    QVERIFY(store.isAvailable());
    QSignalSpy changed(&store, &SecretStore::availabilityChanged);

    // A stopped daemon answers nothing, like a locked keyring waiting at its unlock prompt.
    QVERIFY(::kill(pid_t(pid), SIGSTOP) == 0);
    auto resume = qScopeGuard([pid] { ::kill(pid_t(pid), SIGCONT); });
    Outcome late, queued;
    store.setTimeoutMs(1000);
    write(store, key, "tdk_Late", &late);
    // Queued behind the hung write, with a timeout of its own far beyond the hang guard: it
    // can only end early by failing together with the write.
    store.setTimeoutMs(KeychainStore::DefaultTimeoutMs);
    read(store, key, &queued);
    QVERIFY(wait(late));
    QVERIFY(!late.ok);
    const QString reason = SecretStore::notAnsweringReason(1000);
    QCOMPARE(late.error, reason);
    QVERIFY2(reason.startsWith(
                 QStringLiteral("The system keychain did not answer within 1 s (is it locked?)")),
             qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("Check keychain again")), qPrintable(reason));
    QVERIFY(queued.finished); // at once, in the same turn
    QVERIFY(!queued.ok && !queued.notFound);
    QCOMPARE(queued.error, reason);
    // Unavailable for the session, announced.
    QVERIFY(!store.isAvailable());
    QVERIFY(store.isNotAnswering());
    QCOMPARE(store.unavailableReason(), reason);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toBool(), false);

    // New requests fail at once (not inside the call), long before their own timeout.
    Outcome refused;
    read(store, key, &refused);
    QVERIFY(!refused.finished);
    QVERIFY(wait(refused));
    QVERIFY(!refused.ok && !refused.notFound);
    QCOMPARE(refused.error, reason);

    // Checking again while the keychain still hangs: still unavailable.
    store.setTimeoutMs(1000);
    bool available = true;
    probed = false;
    store.probe(this, [&](bool ok, const QString &) {
        probed = true;
        available = ok;
    });
    QVERIFY(QTest::qWaitFor([&] { return probed; }, WaitMs));
    QVERIFY(!available);
    QVERIFY(store.isNotAnswering());

    // Once the daemon answers, checking again makes the store usable again; the late write
    // did happen after its timeout, and the late answer was ignored.
    resume.dismiss();
    ::kill(pid_t(pid), SIGCONT);
    store.setTimeoutMs(KeychainStore::DefaultTimeoutMs);
    probed = false;
    store.probe(this, [&](bool ok, const QString &) {
        probed = true;
        available = ok;
    });
    QVERIFY(QTest::qWaitFor([&] { return probed; }, WaitMs));
    QVERIFY2(available, qPrintable(store.unavailableReason()));
    QVERIFY(store.isAvailable());
    QVERIFY(!store.isNotAnswering());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toBool(), true);
    Outcome after;
    read(store, key, &after);
    QVERIFY(wait(after));
    QVERIFY2(after.ok, qPrintable(after.error));
    QCOMPARE(after.data, QByteArray("tdk_Late"));
    QCOMPARE(late.calls, 1);
    QCOMPARE(queued.calls, 1);
    QCOMPARE(refused.calls, 1);

    Outcome removed;
    remove(store, key, &removed);
    QVERIFY(wait(removed));
}

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
