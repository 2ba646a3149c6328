#include "ApiCall.h"
#include "ApiClient.h"
#include "SignedInClient.h"
#include "TestServer.h"
#include "TokenListModel.h"

#include <QSortFilterProxyModel>
#include <QTest>

// On demand (not part of ctest): how long the app takes to load and show many tokens.
//   cmake --build build --target bench_tokenlist && build/tests/bench/bench_tokenlist
// Targets: listing 2 000 tokens over loopback (10 pages) well under a second; filtering and
// sorting 10 000 rows in the table model in tens of milliseconds.
class BenchTokenList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listAllPages();
    void modelFilterAndSort();

private:
    TestServer m_server;
    ApiClient m_client;
    TokenOwner m_me;
};

void BenchTokenList::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QString error;
    m_me = SignedInClient::signIn(m_client, m_server.baseUrl(), QStringLiteral("alice"), &error);
    QVERIFY2(!m_me.id.isEmpty(), qPrintable(error));
    // 2 000 tokens, 50 requests in flight at a time.
    int created = 0;
    for (int batch = 0; batch < 40; ++batch) {
        const int target = created + 50;
        for (int i = 0; i < 50; ++i) {
            m_client.createToken(
                m_me,
                TokenDraft{QStringLiteral("bench-%1").arg(batch * 50 + i),
                           {QStringLiteral("read")},
                           QDateTime::currentDateTimeUtc().addDays(30)},
                this, [&](const ApiClient::CreatedToken &) { ++created; },
                [&](const ApiError &e) { QFAIL(qPrintable(e.message)); });
        }
        QTRY_COMPARE_WITH_TIMEOUT(created, target, 30000);
    }
}

void BenchTokenList::listAllPages()
{
    QList<Token> tokens;
    QBENCHMARK
    {
        bool done = false;
        m_client.listTokens(
            m_me, this, [&](const QList<Token> &t) { tokens = t, done = true; },
            [&](const ApiError &e) { QFAIL(qPrintable(e.message)); });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    }
    QCOMPARE(tokens.size(), 2000);
}

void BenchTokenList::modelFilterAndSort()
{
    QList<Token> tokens;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 10000; ++i) {
        Token t;
        t.id = QStringLiteral("tok_%1").arg(i);
        t.name = QStringLiteral("service-%1-%2").arg(i % 97).arg(i);
        t.scopes = {QStringLiteral("read")};
        t.createdAt = now.addSecs(-i * 60);
        t.expiresAt = now.addDays(1 + i % 365);
        t.createdBy = QStringLiteral("alice");
        t.hint = QStringLiteral("tdk_abcd…wxyz");
        tokens.append(t);
    }
    TokenListModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setSortRole(TokenListModel::SortRole);
    QBENCHMARK
    {
        model.setTokens(tokens);
        proxy.setFilterFixedString(QStringLiteral("service-42-"));
        proxy.sort(TokenListModel::ExpiresColumn);
        proxy.setFilterFixedString(QString());
    }
    QCOMPARE(proxy.rowCount(), 10000);
}

QTEST_GUILESS_MAIN(BenchTokenList)
#include "bench_tokenlist.moc"
