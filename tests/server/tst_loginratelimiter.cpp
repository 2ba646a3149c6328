// LoginRateLimiter's bounds (issue 11 item 3), which need more keys or more time than a test over
// HTTP can spend: at most maxKeys keys, expired rows purged, at most maxFailures rows per key.
// The limiter takes the time as an argument, so the window passes without waiting. Since issue 14
// the counts live in the database (LoginFailureTable): the test opens a real Store, on
// TOKENDESK_TEST_DATABASE_URL when set, else on a SQLite file in a temporary folder, and gives
// each limiter a scope of its own.
#include "DatabaseLocation.h"
#include "LoginFailureTable.h"
#include "LoginRateLimiter.h"
#include "LoginThrottle.h"
#include "Store.h"

#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <memory>

class TestLoginRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void slidingWindow();
    void expiredKeysAreSwept();
    void keyCountIsCappedAndFailsClosed();
    void twoLimitersOnOneDatabaseShareCounts();
    void addressKeys_data();
    void addressKeys();

private:
    // A scope no other test (or earlier run on the same database) has used.
    static QString freshScope() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<LoginFailureTable> m_table;
    // Real time: rows on a shared database must not look decades old to a purge.
    qint64 m_t0 = 0;
};

void TestLoginRateLimiter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString database = qEnvironmentVariable("TOKENDESK_TEST_DATABASE_URL");
    if (database.isEmpty())
        database = m_dir.filePath(QStringLiteral("limiter.sqlite"));
    m_store = std::make_unique<Store>();
    QString error;
    DatabaseLocation location;
    QVERIFY2(DatabaseLocation::parse(database, &location, &error), qPrintable(error));
    QVERIFY2(m_store->open(location, &error), qPrintable(error));
    m_table = std::make_unique<LoginFailureTable>(*m_store);
    m_t0 = QDateTime::currentMSecsSinceEpoch();
}

void TestLoginRateLimiter::slidingWindow()
{
    LoginRateLimiter limiter(*m_table, freshScope(), 3);
    const qint64 t0 = m_t0;
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(limiter.retryAfterSeconds(QStringLiteral("k"), t0 + i * 1000), 0);
        limiter.recordFailure(QStringLiteral("k"), t0 + i * 1000);
    }
    // Blocked until the oldest failure (t0) leaves the window.
    QCOMPARE(limiter.retryAfterSeconds(QStringLiteral("k"), t0 + 2000), 58);
    QCOMPARE(limiter.retryAfterSeconds(QStringLiteral("k"), t0 + LoginRateLimiter::WindowMs), 0);
    QCOMPARE(limiter.retryAfterSeconds(QStringLiteral("other"), t0 + 2000), 0);
    limiter.reset(QStringLiteral("k"));
    QCOMPARE(limiter.retryAfterSeconds(QStringLiteral("k"), t0 + 2000), 0);
}

void TestLoginRateLimiter::expiredKeysAreSwept()
{
    // The purge is by time over the whole table: a window after the other tests' rows.
    const qint64 t0 = m_t0 + 10 * LoginRateLimiter::WindowMs;
    LoginRateLimiter limiter(*m_table, freshScope(), 5);
    m_table->writeTransaction([&] {
        for (int i = 0; i < 10000; ++i)
            limiter.recordFailure(QStringLiteral("user%1").arg(i), t0);
    });
    QCOMPARE(limiter.keyCount(), 10000);
    // The next failure after the window purges every row that left it.
    limiter.recordFailure(QStringLiteral("late"), t0 + LoginRateLimiter::WindowMs + 1);
    QCOMPARE(limiter.keyCount(), 1);
}

void TestLoginRateLimiter::keyCountIsCappedAndFailsClosed()
{
    constexpr qsizetype MaxKeys = 1000;
    const qint64 t0 = m_t0 + 20 * LoginRateLimiter::WindowMs;
    LoginRateLimiter limiter(*m_table, freshScope(), 5, MaxKeys);
    m_table->writeTransaction([&] {
        for (int i = 0; i < 3 * MaxKeys; ++i)
            limiter.recordFailure(QStringLiteral("user%1").arg(i), t0 + i);
    });
    QCOMPARE(limiter.keyCount(), MaxKeys);
    // While full of live keys, an unknown key must wait rather than evict someone's count.
    QVERIFY(limiter.retryAfterSeconds(QStringLiteral("new"), t0 + 3 * MaxKeys) > 0);
    // Known keys are still counted.
    QCOMPARE(limiter.retryAfterSeconds(QStringLiteral("user1"), t0 + 3 * MaxKeys), 0);
    // Once the window has passed, the purge makes room again.
    const qint64 later = t0 + 3 * MaxKeys + LoginRateLimiter::WindowMs;
    QCOMPARE(limiter.retryAfterSeconds(QStringLiteral("new"), later), 0);
    limiter.recordFailure(QStringLiteral("new"), later);
    QCOMPARE(limiter.keyCount(), 1);

    // A key keeps at most maxFailures rows, however often it fails.
    const QString scope = freshScope();
    LoginRateLimiter single(*m_table, scope, 5);
    m_table->writeTransaction([&] {
        for (int i = 0; i < 10000; ++i)
            single.recordFailure(QStringLiteral("k"), later + i / 100);
    });
    QCOMPARE(single.keyCount(), 1);
    QCOMPARE(m_table->rowCount(scope), 5);
    QVERIFY(single.retryAfterSeconds(QStringLiteral("k"), later + 1000) > 0);
}

// What makes several server instances on one database count together: a limiter sees the
// failures another one (another process, in production) recorded.
void TestLoginRateLimiter::twoLimitersOnOneDatabaseShareCounts()
{
    const qint64 t0 = m_t0 + 30 * LoginRateLimiter::WindowMs;
    const QString scope = freshScope();
    LoginRateLimiter a(*m_table, scope, 5);
    LoginRateLimiter b(*m_table, scope, 5);
    for (int i = 0; i < 5; ++i) {
        LoginRateLimiter &next = i % 2 == 0 ? a : b;
        QCOMPARE(next.retryAfterSeconds(QStringLiteral("k"), t0 + i), 0);
        next.recordFailure(QStringLiteral("k"), t0 + i);
    }
    QVERIFY(a.retryAfterSeconds(QStringLiteral("k"), t0 + 10) > 0);
    QVERIFY(b.retryAfterSeconds(QStringLiteral("k"), t0 + 10) > 0);
    b.reset(QStringLiteral("k"));
    QCOMPARE(a.retryAfterSeconds(QStringLiteral("k"), t0 + 10), 0);
}

void TestLoginRateLimiter::addressKeys_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("key");
    QTest::newRow("IPv4") << QStringLiteral("203.0.113.7") << QStringLiteral("203.0.113.7");
    QTest::newRow("IPv4-mapped IPv6")
        << QStringLiteral("::ffff:203.0.113.7") << QStringLiteral("203.0.113.7");
    QTest::newRow("IPv6 → its /64") << QStringLiteral("2001:db8:1:2:aaaa:bbbb:cccc:dddd")
                                    << QStringLiteral("2001:db8:1:2::/64");
    QTest::newRow("IPv6 loopback") << QStringLiteral("::1") << QStringLiteral("::/64");
}

void TestLoginRateLimiter::addressKeys()
{
    QFETCH(QString, address);
    QFETCH(QString, key);
    QCOMPARE(LoginThrottle::addressKey(address), key);
}

QTEST_GUILESS_MAIN(TestLoginRateLimiter)
#include "tst_loginratelimiter.moc"
