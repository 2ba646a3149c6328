// LoginRateLimiter's memory bounds (issue 11 item 3), which need more keys or more time than a
// test over HTTP can spend: at most maxKeys keys, expired keys swept, at most maxFailures times
// per key. The limiter takes the time as an argument, so the window passes without waiting.
#include "LoginRateLimiter.h"
#include "LoginThrottle.h"

#include <QtTest>

class TestLoginRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void slidingWindow();
    void expiredKeysAreSwept();
    void keyCountIsCappedAndFailsClosed();
    void addressKeys_data();
    void addressKeys();
};

void TestLoginRateLimiter::slidingWindow()
{
    LoginRateLimiter limiter(3);
    const qint64 t0 = 1'000'000;
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
    LoginRateLimiter limiter(5);
    const qint64 t0 = 1'000'000;
    for (int i = 0; i < 10000; ++i)
        limiter.recordFailure(QStringLiteral("user%1").arg(i), t0);
    QCOMPARE(limiter.keyCount(), 10000);
    // The next failure after the window sweeps every key whose failures all left it.
    limiter.recordFailure(QStringLiteral("late"), t0 + LoginRateLimiter::WindowMs + 1);
    QCOMPARE(limiter.keyCount(), 1);
}

void TestLoginRateLimiter::keyCountIsCappedAndFailsClosed()
{
    constexpr qsizetype MaxKeys = 1000;
    LoginRateLimiter limiter(5, MaxKeys);
    const qint64 t0 = 1'000'000;
    for (int i = 0; i < 3 * MaxKeys; ++i)
        limiter.recordFailure(QStringLiteral("user%1").arg(i), t0 + i);
    QCOMPARE(limiter.keyCount(), MaxKeys);
    // While full of live keys, an unknown key must wait rather than evict someone's count.
    QVERIFY(limiter.retryAfterSeconds(QStringLiteral("new"), t0 + 3 * MaxKeys) > 0);
    // Known keys are still counted.
    QCOMPARE(limiter.retryAfterSeconds(QStringLiteral("user1"), t0 + 3 * MaxKeys), 0);
    // Once the window has passed, the sweep makes room again.
    const qint64 later = t0 + 3 * MaxKeys + LoginRateLimiter::WindowMs;
    QCOMPARE(limiter.retryAfterSeconds(QStringLiteral("new"), later), 0);
    limiter.recordFailure(QStringLiteral("new"), later);
    QCOMPARE(limiter.keyCount(), 1);

    // A key keeps at most maxFailures times, however often it fails.
    LoginRateLimiter single(5);
    for (int i = 0; i < 100000; ++i)
        single.recordFailure(QStringLiteral("k"), t0 + i / 100);
    QCOMPARE(single.keyCount(), 1);
    QVERIFY(single.retryAfterSeconds(QStringLiteral("k"), t0 + 1000) > 0);
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
