#include "ExpiryWatcher.h"

#include <QSignalSpy>
#include <QTest>

class TestExpiryWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reportsTokensInsideTheWindowOnce();
    void describeNamesTheTokens();
};

static Token tokenExpiringIn(const QString &name, const QDateTime &now, qint64 seconds)
{
    Token t;
    t.id = name;
    t.name = name;
    t.createdAt = now.addDays(-1);
    t.expiresAt = seconds == -1 ? QDateTime() : now.addSecs(seconds); // -1: never
    return t;
}

void TestExpiryWatcher::reportsTokensInsideTheWindowOnce()
{
    const QDateTime now(QDate(2030, 5, 1), QTime(9, 0), Qt::UTC);
    ExpiryWatcher watcher;
    watcher.setNow(now);
    watcher.setWarningDays(7);
    QSignalSpy spy(&watcher, &ExpiryWatcher::expiringSoon);
    const Token soon = tokenExpiringIn(QStringLiteral("soon"), now, 3 * 86400);
    const QList<Token> tokens{soon, tokenExpiringIn(QStringLiteral("later"), now, 30 * 86400),
                              tokenExpiringIn(QStringLiteral("gone"), now, -60),
                              tokenExpiringIn(QStringLiteral("never"), now, -1)};
    watcher.check(tokens);
    QCOMPARE(spy.size(), 1);
    const auto reported = spy.first().first().value<QList<Token>>();
    QCOMPARE(reported.size(), 1);
    QCOMPARE(reported.first().name, QStringLiteral("soon"));

    watcher.check(tokens); // a refresh does not repeat the warning
    QCOMPARE(spy.size(), 1);

    Token rotated = soon; // rotated, and again close to expiry: a new warning
    rotated.expiresAt = now.addDays(5);
    watcher.check({rotated});
    QCOMPARE(spy.size(), 2);

    watcher.setWarningDays(60);
    watcher.check(tokens);
    QCOMPARE(spy.size(), 3);
    QCOMPARE(spy.last().first().value<QList<Token>>().first().name, QStringLiteral("later"));
}

void TestExpiryWatcher::describeNamesTheTokens()
{
    const QDateTime now(QDate(2030, 5, 1), QTime(9, 0), Qt::UTC);
    const Token a = tokenExpiringIn(QStringLiteral("ci-deploy"), now, 3 * 86400);
    const Token b = tokenExpiringIn(QStringLiteral("backup"), now, 86400);
    QCOMPARE(
        ExpiryWatcher::describe({a}, now),
        QStringLiteral("The token \"ci-deploy\" expires in 3 days. Rotate it to keep it working."));
    const QString both = ExpiryWatcher::describe({a, b}, now);
    QVERIFY(both.startsWith(QStringLiteral("2 tokens expire soon")));
    QVERIFY(both.contains(QStringLiteral("ci-deploy")) && both.contains(QStringLiteral("backup")));
}

QTEST_GUILESS_MAIN(TestExpiryWatcher)
#include "tst_expirywatcher.moc"
