#include "ExpiryWarning.h"
#include "ExpiryWatcher.h"
#include "SecretStore.h"
#include "Settings.h"
#include "TokenListModel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Rules that used to be written in several places, checked where they are used: whatever one
// user of a rule decides, the others decide the same.
class TestOneRule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void expiresSoonMeansTheSameInTableAndNotification_data();
    void expiresSoonMeansTheSameInTableAndNotification();
    void warningDefaultIsTheSameEverywhere();
    void accountIdentityIsTheSameForSettingsAndKeychain();
};

void TestOneRule::expiresSoonMeansTheSameInTableAndNotification_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<bool>("soon");
    QTest::newRow("well inside") << qint64(3 * 86400) << true;
    QTest::newRow("exactly the window") << qint64(7 * 86400) << true; // the boundary counts
    QTest::newRow("a second outside") << qint64(7 * 86400 + 1) << false;
    QTest::newRow("far off") << qint64(30 * 86400) << false;
}

void TestOneRule::expiresSoonMeansTheSameInTableAndNotification()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(bool, soon);
    const QDateTime now(QDate(2030, 5, 1), QTime(9, 0), Qt::UTC);
    Token token;
    token.id = QStringLiteral("t1");
    token.name = QStringLiteral("ci");
    token.createdAt = now.addDays(-1);
    token.expiresAt = now.addSecs(secondsLeft);

    QCOMPARE(ExpiryWarning::isSoon(token, now, 7), soon);

    TokenListModel model;
    model.setNow(now);
    model.setWarningDays(7);
    model.setTokens({token});
    QCOMPARE(model.expiryState(token) == TokenListModel::ExpiryState::ExpiringSoon, soon);

    ExpiryWatcher watcher;
    watcher.setNow(now);
    watcher.setWarningDays(7);
    QSignalSpy reported(&watcher, &ExpiryWatcher::expiringSoon);
    watcher.check({token});
    QCOMPARE(reported.size() == 1, soon);
}

void TestOneRule::warningDefaultIsTheSameEverywhere()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    TokenListModel model;
    ExpiryWatcher watcher;
    QCOMPARE(settings.expiryWarningDays(), ExpiryWarning::DefaultDays);
    QCOMPARE(model.warningDays(), ExpiryWarning::DefaultDays);
    QCOMPARE(watcher.warningDays(), ExpiryWarning::DefaultDays);
}

void TestOneRule::accountIdentityIsTheSameForSettingsAndKeychain()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    // The same account written two ways: the keychain already shares one entry for both...
    const AccountRef plain{QUrl(QStringLiteral("http://Tokens.Example:8686")),
                           QStringLiteral("demo")};
    const AccountRef other{QUrl(QStringLiteral("https://tokens.example:8686/")),
                           QStringLiteral("demo")};
    QCOMPARE(SecretStore::sessionKey(plain.server, plain.username),
             SecretStore::sessionKey(other.server, other.username));
    QCOMPARE(SecretStore::sessionKey(plain.server, plain.username),
             plain.id() + QStringLiteral("/session"));
    // ...so Settings must treat them as one account too.
    QVERIFY(plain == other);
    settings.rememberAccount(plain);
    settings.rememberAccount(other);
    QCOMPARE(settings.accounts().size(), 1);
    QCOMPARE(settings.accounts().first().server, other.server); // the latest URL is kept
    settings.setRememberSession(plain, true);
    QVERIFY(settings.rememberSession(other));
    const TokenOwner me{TokenOwner::Type::User, QStringLiteral("u1"), QStringLiteral("demo")};
    settings.setTokenStored(plain, me, QStringLiteral("tok"), true);
    QCOMPARE(settings.storedTokenIds(other, me), QStringList{QStringLiteral("tok")});

    // A different port or user is a different account, for both.
    const AccountRef port{QUrl(QStringLiteral("http://tokens.example:9000")),
                          QStringLiteral("demo")};
    const AccountRef user{plain.server, QStringLiteral("alice")};
    QVERIFY(!(plain == port));
    QVERIFY(!(plain == user));
    QVERIFY(!settings.rememberSession(port));
    QVERIFY(SecretStore::sessionKey(port.server, port.username) !=
            SecretStore::sessionKey(plain.server, plain.username));
}

QTEST_MAIN(TestOneRule)
#include "tst_onerule.moc"
