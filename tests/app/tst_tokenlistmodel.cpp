#include "ApiCall.h"
#include "ApiClient.h"
#include "Rfc3339.h"
#include "SignedInClient.h"
#include "TestServer.h"
#include "TokenListLook.h"
#include "TokenListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <optional>

class TestTokenListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void incrementalUpdatesMatchReload();
    void expiryStates();
    void keychainRole();
    void filterAndSortThroughProxy();

private:
    // nullopt when the server did not answer or refused; asserted by the caller.
    std::optional<QList<Token>> reload();
    std::optional<Token> create(const QString &name, int days);

    TestServer m_server;
    ApiClient m_client;
    TokenOwner m_me;
};

void TestTokenListModel::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QString error;
    m_me = SignedInClient::signIn(m_client, m_server.baseUrl(), QStringLiteral("alice"), &error);
    QVERIFY2(!m_me.id.isEmpty(), qPrintable(error));
}

std::optional<QList<Token>> TestTokenListModel::reload()
{
    std::optional<QList<Token>> tokens;
    bool done = false;
    m_client.listTokens(
        m_me, this, [&](const QList<Token> &t) { tokens = t, done = true; },
        [&](const ApiError &e) {
            qWarning() << e.message;
            done = true;
        });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        return std::nullopt;
    return tokens;
}

std::optional<Token> TestTokenListModel::create(const QString &name, int days)
{
    std::optional<Token> created;
    bool done = false;
    TokenDraft draft{name, {QStringLiteral("read")}, QDateTime::currentDateTimeUtc().addDays(days)};
    m_client.createToken(
        m_me, draft, this,
        [&](const ApiClient::CreatedToken &c) { created = c.token, done = true; },
        [&](const ApiError &e) {
            qWarning() << e.message;
            done = true;
        });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        return std::nullopt;
    return created;
}

void TestTokenListModel::incrementalUpdatesMatchReload()
{
    TokenListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto first = reload();
    QVERIFY(first);
    model.setTokens(*first);
    const int before = model.rowCount();

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const auto createdA = create(QStringLiteral("model-a"), 30);
    const auto createdB = create(QStringLiteral("model-b"), 60);
    QVERIFY(createdA && createdB);
    const Token a = *createdA;
    const Token b = *createdB;
    QVERIFY(!a.id.isEmpty() && !b.id.isEmpty());
    model.upsertToken(a);
    model.upsertToken(b);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(model.rowCount(), before + 2);

    // Rotate b: the same row changes in place.
    Token rotated;
    bool done = false;
    QString error; // set by a failure callback, asserted here (a QFAIL there cannot stop us)
    m_client.rotateToken(
        m_me, b.id, {}, this,
        [&](const ApiClient::CreatedToken &c) { rotated = c.token, done = true; },
        [&](const ApiError &e) { error = e.message, done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.upsertToken(rotated);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.rowCount(), before + 2);
    QCOMPARE(model.tokenAt(model.rowOf(b.id))->hint, rotated.hint);
    QVERIFY(rotated.hint != b.hint);

    // Delete a.
    done = false;
    m_client.deleteToken(
        m_me, a.id, this, [&] { done = true; },
        [&](const ApiError &e) { error = e.message, done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.removeToken(a.id);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowOf(a.id), -1);
    QCOMPARE(reset.size(), 0); // never a full reset for these

    // The incrementally updated model equals a fresh reload.
    const auto again = reload();
    QVERIFY(again);
    QCOMPARE(model.tokens(), *again);
}

void TestTokenListModel::expiryStates()
{
    TokenListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime now(QDate(2030, 1, 10), QTime(12, 0), Qt::UTC);
    model.setNow(now);
    model.setWarningDays(7);
    Token soon;
    soon.id = QStringLiteral("t1");
    soon.name = QStringLiteral("soon");
    soon.createdAt = now.addDays(-1);
    soon.expiresAt = now.addDays(3);
    Token later = soon;
    later.id = QStringLiteral("t2");
    later.expiresAt = now.addDays(30);
    Token gone = soon;
    gone.id = QStringLiteral("t3");
    gone.expiresAt = now.addSecs(-10);
    Token never = soon;
    never.id = QStringLiteral("t4");
    never.expiresAt = {};
    model.setTokens({soon, later, gone, never});

    auto state = [&](int row) {
        return model.index(row, 0)
            .data(TokenListModel::ExpiryStateRole)
            .value<TokenListModel::ExpiryState>();
    };
    QCOMPARE(state(0), TokenListModel::ExpiryState::ExpiringSoon);
    QCOMPARE(state(1), TokenListModel::ExpiryState::Active);
    QCOMPARE(state(2), TokenListModel::ExpiryState::Expired);
    QCOMPARE(state(3), TokenListModel::ExpiryState::Active);
    const auto expires = [&](int row) {
        return model.index(row, TokenListModel::ExpiresColumn).data().toString();
    };
    QCOMPARE(expires(0), QStringLiteral("in 3 days"));
    QCOMPARE(expires(2), QStringLiteral("expired"));
    QCOMPARE(expires(3), QStringLiteral("never"));
    QVERIFY(model.index(0, TokenListModel::ExpiresColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("Expires ")));
    // The workflows know no palette: colours come from the desktop's look alone.
    QVERIFY(!model.index(0, TokenListModel::ExpiresColumn).data(Qt::BackgroundRole).isValid());
    TokenListLook::install(model);
    QVERIFY(model.index(0, TokenListModel::ExpiresColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(model.index(2, 0).data(Qt::ForegroundRole).isValid()); // greyed

    model.setWarningDays(2);
    QCOMPARE(state(0), TokenListModel::ExpiryState::Active);
}

void TestTokenListModel::keychainRole()
{
    TokenListModel model;
    Token t;
    t.id = QStringLiteral("k1");
    t.createdAt = QDateTime::currentDateTimeUtc();
    model.setTokens({t});
    QCOMPARE(model.index(0, 0).data(TokenListModel::InKeychainRole).toBool(), false);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setInKeychain(QStringLiteral("k1"), true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, 0).data(TokenListModel::InKeychainRole).toBool(), true);
    QVERIFY(!model.index(0, TokenListModel::KeychainColumn).data().toString().isEmpty());
}

void TestTokenListModel::filterAndSortThroughProxy()
{
    TokenListModel model;
    QList<Token> tokens;
    for (const char *name : {"deploy-prod", "Deploy-staging", "metrics"}) {
        Token t;
        t.id = QString::fromLatin1(name);
        t.name = QString::fromLatin1(name);
        t.createdAt = QDateTime::currentDateTimeUtc();
        tokens.append(t);
    }
    model.setTokens(tokens);
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterKeyColumn(TokenListModel::NameColumn);
    proxy.setSortRole(TokenListModel::SortRole);
    proxy.setFilterFixedString(QStringLiteral("deploy"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.sort(TokenListModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Deploy-staging"));
    proxy.setFilterFixedString(QStringLiteral("nothing"));
    QCOMPARE(proxy.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestTokenListModel)
#include "tst_tokenlistmodel.moc"
