#include "TokenFilterModel.h"
#include "TokenListModel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

// The table's filter and sort (TokenFilterModel): the same order as a plain comparison of the
// values for every column and direction, whatever the compact keys summarise, and rows that
// arrive or change later land in place.
class TestTokenFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filterMatchesNameScopesCreatorAndHint();
    void unusedForCountsFromLastUseOrCreation();
    void sortMatchesAPlainComparison_data();
    void sortMatchesAPlainComparison();
    void appendedAndChangedRowsLandInPlace();

private:
    static QList<Token> sample(int count);
    static QStringList namesInProxyOrder(const TokenFilterModel &proxy);
};

namespace {
Token token(const QString &name, const QStringList &scopes, const QString &creator,
            const QString &hint)
{
    Token t;
    t.id = QStringLiteral("tok_") + name;
    t.name = name;
    t.scopes = scopes;
    t.createdBy = creator;
    t.hint = hint;
    t.createdAt = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    return t;
}
} // namespace

QList<Token> TestTokenFilter::sample(int count)
{
    // Names that share long prefixes, differ in case only, or lie beyond Latin-1, so that the
    // 16-unit keys tie or clamp and the full comparison has to decide.
    const QStringList stems{QStringLiteral("deploy-production-eu-west-"),
                            QStringLiteral("Deploy-production-eu-west-"),
                            QStringLiteral("Ωmega-"),
                            QStringLiteral("ωmega-"),
                            QStringLiteral("ärger-"),
                            QStringLiteral("a"),
                            QStringLiteral("ci"),
                            QStringLiteral("日本-")};
    QRandomGenerator random(42);
    QList<Token> tokens;
    for (int i = 0; i < count; ++i) {
        const QString name = stems.at(random.bounded(stems.size())) +
                             QString::number(random.bounded(50)) + QStringLiteral("-%1").arg(i);
        Token t = token(name,
                        random.bounded(3) == 0
                            ? QStringList{QStringLiteral("read"), QStringLiteral("write")}
                            : QStringList{QStringLiteral("read")},
                        random.bounded(2) ? QStringLiteral("alice") : QStringLiteral("bob"),
                        QStringLiteral("tdk_%1…%2")
                            .arg(random.bounded(1000), 3, 10, QLatin1Char('0'))
                            .arg(random.bounded(100)));
        const qint64 base = 1800000000;
        t.createdAt = QDateTime::fromSecsSinceEpoch(base + random.bounded(1000), Qt::UTC);
        if (random.bounded(4))
            t.expiresAt = QDateTime::fromSecsSinceEpoch(base + random.bounded(100000), Qt::UTC);
        if (random.bounded(3))
            t.lastUsedAt = QDateTime::fromSecsSinceEpoch(base + random.bounded(100000), Qt::UTC);
        tokens.append(t);
    }
    return tokens;
}

QStringList TestTokenFilter::namesInProxyOrder(const TokenFilterModel &proxy)
{
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names << proxy.index(row, TokenListModel::NameColumn).data().toString();
    return names;
}

void TestTokenFilter::filterMatchesNameScopesCreatorAndHint()
{
    TokenListModel model;
    model.setTokens(
        {token(QStringLiteral("deploy-prod"), {QStringLiteral("read")}, QStringLiteral("alice"),
               QStringLiteral("tdk_AbC…xyz")),
         token(QStringLiteral("CI runner"), {QStringLiteral("read"), QStringLiteral("write")},
               QStringLiteral("bob"), QStringLiteral("tdk_QqQ…rst")),
         token(QStringLiteral("Ärger"), {QStringLiteral("read")}, QStringLiteral("carol"),
               QStringLiteral("tdk_zzz…000"))});
    TokenFilterModel proxy(model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setFilterText(QStringLiteral("DEPLOY"));
    QCOMPARE(namesInProxyOrder(proxy), QStringList{QStringLiteral("deploy-prod")});
    proxy.setFilterText(QStringLiteral("write"));
    QCOMPARE(namesInProxyOrder(proxy), QStringList{QStringLiteral("CI runner")});
    proxy.setFilterText(QStringLiteral("Carol"));
    QCOMPARE(namesInProxyOrder(proxy), QStringList{QStringLiteral("Ärger")});
    proxy.setFilterText(QStringLiteral("ärg"));
    QCOMPARE(namesInProxyOrder(proxy), QStringList{QStringLiteral("Ärger")});
    proxy.setFilterText(QStringLiteral("qqq"));
    QCOMPARE(namesInProxyOrder(proxy), QStringList{QStringLiteral("CI runner")});
    proxy.setFilterText(QStringLiteral("no such token"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), 3);
}

void TestTokenFilter::unusedForCountsFromLastUseOrCreation()
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    auto aged = [&](const QString &name, int createdDaysAgo, int usedDaysAgo) {
        Token t = token(name, {QStringLiteral("read")}, QStringLiteral("alice"),
                        QStringLiteral("tdk_x…y"));
        t.createdAt = now.addDays(-createdDaysAgo);
        if (usedDaysAgo >= 0)
            t.lastUsedAt = now.addDays(-usedDaysAgo);
        return t;
    };
    TokenListModel model;
    model.setNow(now);
    model.setTokens({aged(QStringLiteral("fresh-unused"), 1, -1),
                     aged(QStringLiteral("old-unused"), 400, -1),
                     aged(QStringLiteral("used-today"), 400, 0),
                     aged(QStringLiteral("used-60-days-ago"), 400, 60),
                     aged(QStringLiteral("used-200-days-ago"), 400, 200),
                     aged(QStringLiteral("created-45-days-ago"), 45, -1)});
    TokenFilterModel proxy(model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(-1); // source (creation) order
    QCOMPARE(proxy.rowCount(), 6);
    proxy.setUnusedFilter(TokenFilterModel::Unused::Days30);
    QCOMPARE(
        namesInProxyOrder(proxy),
        (QStringList{QStringLiteral("old-unused"), QStringLiteral("used-60-days-ago"),
                     QStringLiteral("used-200-days-ago"), QStringLiteral("created-45-days-ago")}));
    proxy.setUnusedFilter(TokenFilterModel::Unused::Days90);
    QCOMPARE(namesInProxyOrder(proxy),
             (QStringList{QStringLiteral("old-unused"), QStringLiteral("used-200-days-ago")}));
    proxy.setUnusedFilter(TokenFilterModel::Unused::Days180);
    QCOMPARE(namesInProxyOrder(proxy),
             (QStringList{QStringLiteral("old-unused"), QStringLiteral("used-200-days-ago")}));
    proxy.setUnusedFilter(TokenFilterModel::Unused::NeverUsed);
    QCOMPARE(namesInProxyOrder(proxy),
             (QStringList{QStringLiteral("fresh-unused"), QStringLiteral("old-unused"),
                          QStringLiteral("created-45-days-ago")}));
    // Both filters at once: text and age.
    proxy.setFilterText(QStringLiteral("old"));
    QCOMPARE(namesInProxyOrder(proxy), QStringList{QStringLiteral("old-unused")});
    proxy.setFilterText({});
    proxy.setUnusedFilter(TokenFilterModel::Unused::Any);
    QCOMPARE(proxy.rowCount(), 6);
}

void TestTokenFilter::sortMatchesAPlainComparison_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int column : {int(TokenListModel::NameColumn), int(TokenListModel::HintColumn),
                       int(TokenListModel::ScopesColumn), int(TokenListModel::CreatedColumn),
                       int(TokenListModel::ExpiresColumn), int(TokenListModel::LastUsedColumn),
                       int(TokenListModel::CreatedByColumn)}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
            QTest::addRow("column %d %s", column, order == Qt::AscendingOrder ? "up" : "down")
                << column << order;
    }
}

void TestTokenFilter::sortMatchesAPlainComparison()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    const QList<Token> tokens = sample(600);
    TokenListModel model;
    model.setTokens(tokens);
    TokenFilterModel proxy(model);
    proxy.sort(column, order);

    // The reference: the values compared in full, ties in creation (row) order.
    auto value = [column](const Token &t) -> QVariant {
        const qint64 never = std::numeric_limits<qint64>::max();
        switch (column) {
        case TokenListModel::NameColumn:
            return t.name.toCaseFolded();
        case TokenListModel::HintColumn:
            return t.hint;
        case TokenListModel::ScopesColumn:
            return t.scopes.join(QLatin1Char('\x01'));
        case TokenListModel::CreatedColumn:
            return t.createdAt.toSecsSinceEpoch();
        case TokenListModel::ExpiresColumn:
            return t.expires() ? t.expiresAt.toSecsSinceEpoch() : never;
        case TokenListModel::LastUsedColumn:
            return t.lastUsedAt.isValid() ? t.lastUsedAt.toSecsSinceEpoch() : -never;
        default:
            return t.createdBy;
        }
    };
    QList<int> rows(tokens.size());
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        const QVariant va = value(tokens.at(a)), vb = value(tokens.at(b));
        const int c = QVariant::compare(va, vb) == QPartialOrdering::Less      ? -1
                      : QVariant::compare(va, vb) == QPartialOrdering::Greater ? 1
                                                                               : 0;
        const int byRow = c != 0 ? c : (a < b ? -1 : 1);
        return order == Qt::AscendingOrder ? byRow < 0 : byRow > 0;
    });
    QStringList expected;
    for (int row : rows)
        expected << tokens.at(row).name;
    QCOMPARE(namesInProxyOrder(proxy), expected);
}

void TestTokenFilter::appendedAndChangedRowsLandInPlace()
{
    TokenListModel model;
    model.setTokens({token(QStringLiteral("b"), {QStringLiteral("read")}, {}, {}),
                     token(QStringLiteral("d"), {QStringLiteral("read")}, {}, {})});
    TokenFilterModel proxy(model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(TokenListModel::NameColumn, Qt::AscendingOrder);
    // A page arrives.
    model.appendTokens({token(QStringLiteral("c"), {QStringLiteral("read")}, {}, {}),
                        token(QStringLiteral("a"), {QStringLiteral("read")}, {}, {})});
    QCOMPARE(namesInProxyOrder(proxy), (QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                                    QStringLiteral("c"), QStringLiteral("d")}));
    // A rotation answers the token with a new name in place.
    Token renamed = token(QStringLiteral("e"), {QStringLiteral("read")}, {}, {});
    renamed.id = QStringLiteral("tok_a");
    model.upsertToken(renamed);
    QCOMPARE(namesInProxyOrder(proxy), (QStringList{QStringLiteral("b"), QStringLiteral("c"),
                                                    QStringLiteral("d"), QStringLiteral("e")}));
    model.removeToken(QStringLiteral("tok_c"));
    model.appendTokens({token(QStringLiteral("a2"), {QStringLiteral("read")}, {}, {})});
    QCOMPARE(namesInProxyOrder(proxy), (QStringList{QStringLiteral("a2"), QStringLiteral("b"),
                                                    QStringLiteral("d"), QStringLiteral("e")}));
    // And the filter follows the change too.
    proxy.setFilterText(QStringLiteral("A2"));
    QCOMPARE(namesInProxyOrder(proxy), QStringList{QStringLiteral("a2")});
}

QTEST_GUILESS_MAIN(TestTokenFilter)
#include "tst_tokenfilter.moc"
