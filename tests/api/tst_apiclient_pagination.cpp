// listTokens follows next_page_token to the end: 2 500 real tokens, listed with page sizes 1000
// and 200, arrive complete, unique and in creation order, with progress after every page.
#include "ApiClient.h"
#include "TestServer.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

namespace {
constexpr int TokenCount = 2500;
constexpr int Batch = 50; // calls in flight at once; divides every page size used here

struct Outcome
{
    int successes = 0;
    int failures = 0;
    ApiError error;
    int count() const { return successes + failures; }
};

QList<int> progressValues(const QSignalSpy &spy)
{
    QList<int> values;
    for (const QList<QVariant> &args : spy)
        values.append(args.at(0).toInt());
    return values;
}
} // namespace

class TestApiClientPagination : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listsEveryPage_data();
    void listsEveryPage();
    void cancelBetweenPages();
    void cancelFromProgress();
    void tokensShareOwnerAndScopes();

private:
    void listAll(int pageSize, QList<Token> *tokens, QList<int> *progress);

    TestServer m_server;
    ApiClient m_client;
    // The ids of each batch of creations, in batch order; within a batch the server's order
    // is whatever order the concurrent requests reached it in.
    QList<QSet<QString>> m_batches;
};

void TestApiClientPagination::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_client.setBaseUrl(m_server.baseUrl());
    Outcome login;
    QByteArray session;
    m_client.login(
        QStringLiteral("alice"), SecureBuffer("alice"), this,
        [&](const ApiClient::LoginResult &r) {
            session = r.session.view().toByteArray();
            ++login.successes;
        },
        [&](const ApiError &e) {
            login.error = e;
            ++login.failures;
        });
    QVERIFY(QTest::qWaitFor([&] { return login.count() > 0; }, 15000));
    QVERIFY2(login.successes == 1, qPrintable(login.error.message));
    m_client.setSession(SecureBuffer(session));

    QList<Token> before;
    listAll(200, &before, nullptr);
    QVERIFY(before.isEmpty()); // a fresh database: every listed token is one of ours

    QElapsedTimer elapsed;
    elapsed.start();
    const QDateTime expiry = QDateTime::currentDateTimeUtc().addDays(30);
    for (int start = 0; start < TokenCount; start += Batch) {
        Outcome batch;
        QSet<QString> ids;
        for (int i = start; i < start + Batch; ++i) {
            const TokenDraft draft{QStringLiteral("page-%1").arg(i, 4, 10, QLatin1Char('0')),
                                   {QStringLiteral("read")},
                                   expiry};
            m_client.createToken(
                TokenOwner{}, draft, this,
                [&](const ApiClient::CreatedToken &c) {
                    ids.insert(c.token.id);
                    ++batch.successes;
                },
                [&](const ApiError &e) {
                    batch.error = e;
                    ++batch.failures;
                });
        }
        QVERIFY2(QTest::qWaitFor([&] { return batch.count() == Batch; }, 30000),
                 qPrintable(QStringLiteral("batch at %1 incomplete").arg(start)));
        QVERIFY2(batch.failures == 0, qPrintable(batch.error.message));
        QCOMPARE(ids.size(), Batch);
        m_batches.append(ids);
    }
    qInfo("created %d tokens in %lld ms", TokenCount, elapsed.elapsed());
}

void TestApiClientPagination::listAll(int pageSize, QList<Token> *tokens, QList<int> *progress)
{
    Outcome o;
    auto done = [&](const QList<Token> &list) {
        *tokens = list;
        ++o.successes;
    };
    auto failed = [&](const ApiError &e) {
        o.error = e;
        ++o.failures;
    };
    ApiCall *call = pageSize == 200
                        ? m_client.listTokens(TokenOwner{}, this, done, failed)
                        : m_client.listTokens(TokenOwner{}, this, done, failed, pageSize);
    QSignalSpy spy(call, &ApiCall::progress);
    QVERIFY(QTest::qWaitFor([&] { return o.count() > 0; }, 30000));
    QVERIFY2(o.failures == 0, qPrintable(o.error.message));
    QCOMPARE(o.successes, 1);
    if (progress)
        *progress = progressValues(spy);
}

void TestApiClientPagination::listsEveryPage_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("pages");
    QTest::newRow("1000") << 1000 << 3;
    QTest::newRow("default 200") << 200 << 13;
}

void TestApiClientPagination::listsEveryPage()
{
    QFETCH(int, pageSize);
    QFETCH(int, pages);
    QList<Token> tokens;
    QList<int> progress;
    QElapsedTimer elapsed;
    elapsed.start();
    listAll(pageSize, &tokens, &progress);
    if (QTest::currentTestFailed())
        return;
    qInfo("listed %lld tokens in %lld ms", qlonglong(tokens.size()), elapsed.elapsed());

    QCOMPARE(tokens.size(), TokenCount);
    QSet<QString> unique;
    for (const Token &token : tokens)
        unique.insert(token.id);
    QCOMPARE(unique.size(), TokenCount);

    // Creation order: batch k occupies exactly positions [k*Batch, (k+1)*Batch).
    for (int k = 0; k < m_batches.size(); ++k) {
        QSet<QString> at;
        for (int i = k * Batch; i < (k + 1) * Batch; ++i)
            at.insert(tokens[i].id);
        QVERIFY2(at == m_batches[k], qPrintable(QStringLiteral("batch %1 out of place").arg(k)));
    }
    for (qsizetype i = 1; i < tokens.size(); ++i)
        QVERIFY(tokens[i - 1].createdAt <= tokens[i].createdAt);

    QList<int> expected;
    for (int loaded = pageSize; loaded < TokenCount; loaded += pageSize)
        expected.append(loaded);
    expected.append(TokenCount);
    QCOMPARE(expected.size(), pages);
    QCOMPARE(progress, expected);
}

void TestApiClientPagination::cancelBetweenPages()
{
    Outcome o;
    QPointer<ApiCall> call = m_client.listTokens(
        TokenOwner{}, this, [&](const QList<Token> &) { ++o.successes; },
        [&](const ApiError &) { ++o.failures; }, 100);
    QSignalSpy progress(call.data(), &ApiCall::progress);
    QSignalSpy finished(call.data(), &ApiCall::finished);
    QVERIFY(progress.wait(15000));
    call->cancel(); // the second page is in flight now
    QCOMPARE(finished.count(), 1);
    QTest::qWait(500);
    QCOMPARE(o.count(), 0);
    QCOMPARE(progress.count(), 1);
    QVERIFY(call.isNull());
}

void TestApiClientPagination::cancelFromProgress()
{
    // A caller may stop loading from its progress handler (the next page is in flight then).
    Outcome o;
    QPointer<ApiCall> call = m_client.listTokens(
        TokenOwner{}, this, [&](const QList<Token> &) { ++o.successes; },
        [&](const ApiError &) { ++o.failures; }, 500);
    QSignalSpy progress(call.data(), &ApiCall::progress);
    QSignalSpy finished(call.data(), &ApiCall::finished);
    connect(call.data(), &ApiCall::progress, this, [&](int loaded) {
        if (loaded >= 1000)
            call->cancel();
    });
    QVERIFY(finished.wait(15000));
    QTest::qWait(500);
    QCOMPARE(o.count(), 0);
    QCOMPARE(progressValues(progress), (QList<int>{500, 1000}));
    QCOMPARE(finished.count(), 1);
    QVERIFY(call.isNull());
}

void TestApiClientPagination::tokensShareOwnerAndScopes()
{
    // 100 000 tokens of one owner would otherwise hold 100 000 copies of the same owner, creator
    // and scopes: equal values within a page are one copy.
    QList<Token> tokens;
    listAll(1000, &tokens, nullptr);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(tokens.size() >= 1000);
    const Token &first = tokens.first();
    for (int i = 1; i < 1000; ++i) {
        const Token &token = tokens.at(i);
        QCOMPARE(token.owner, first.owner);
        QVERIFY(token.owner.id.isSharedWith(first.owner.id));
        QVERIFY(token.owner.name.isSharedWith(first.owner.name));
        QVERIFY(token.createdBy.isSharedWith(first.createdBy));
        QCOMPARE(token.scopes, first.scopes);
        QVERIFY(token.scopes.isSharedWith(first.scopes));
        QVERIFY(token.id != first.id);
    }
}

QTEST_GUILESS_MAIN(TestApiClientPagination)
#include "tst_apiclient_pagination.moc"
