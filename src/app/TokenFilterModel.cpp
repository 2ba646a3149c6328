#include "TokenFilterModel.h"

#include "TokenListModel.h"

#include <limits>

namespace {
// -1, 0, 1 for a < b, a == b, a > b.
template <typename T> int order(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Hints, scope ids and usernames are ASCII the server chose: a plain comparison sorts them.
int compareText(QStringView a, QStringView b)
{
    return a.compare(b, Qt::CaseSensitive);
}

int compareScopes(const QStringList &a, const QStringList &b)
{
    for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i) {
        if (const int c = compareText(a.at(i), b.at(i)))
            return c;
    }
    return order(a.size(), b.size());
}

// Never-expiring tokens sort after every date; never-used ones before every date.
qint64 timeKey(const QDateTime &at, bool invalidIsLatest)
{
    if (!at.isValid())
        return invalidIsLatest ? std::numeric_limits<qint64>::max()
                               : std::numeric_limits<qint64>::min();
    return at.toSecsSinceEpoch();
}

// The case-folded name: the search text up to its first separator.
QStringView foldedName(const QString &searchText)
{
    const qsizetype end = searchText.indexOf(QLatin1Char('\n'));
    return QStringView(searchText).left(end < 0 ? searchText.size() : end);
}

// The first 16 UTF-16 units, each clamped to 8 bits: clamping never reverses an order, so
// different prefixes order two texts as a full comparison would. Returns whether the prefix is
// the whole text (short, no unit clamped), so that equal prefixes mean equal texts.
bool packPrefix(QStringView text, quint64 *high, quint64 *low)
{
    *high = *low = 0;
    bool whole = text.size() < 16; // a 0 unit ends a shorter text: "ab" sorts before "ab\0"
    for (int i = 0; i < 16; ++i) {
        const char16_t unit = i < text.size() ? text.at(i).unicode() : 0;
        whole = whole && unit <= 0xff && (unit != 0 || i >= text.size());
        quint64 &word = i < 8 ? *high : *low;
        word = (word << 8) | qMin<quint64>(unit, 0xff);
    }
    return whole;
}
} // namespace

TokenFilterModel::TokenFilterModel(TokenListModel &source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    // Connected before setSourceModel(), so keys are up to date when the proxy re-sorts the
    // rows a change touched.
    auto forgetAll = [this] {
        m_keys.clear();
    };
    connect(&source, &QAbstractItemModel::modelReset, this, forgetAll);
    connect(&source, &QAbstractItemModel::layoutChanged, this, forgetAll);
    connect(&source, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                if (first < qsizetype(m_keys.size()))
                    m_keys.erase(m_keys.begin() + first,
                                 m_keys.begin() +
                                     qMin<qsizetype>(last + 1, qsizetype(m_keys.size())));
            });
    connect(&source, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int) {
                if (first < qsizetype(m_keys.size()))
                    m_keys.clear(); // not an append: key again from scratch
            });
    connect(&source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                for (int row = topLeft.row();
                     row <= bottomRight.row() && row < qsizetype(m_keys.size()); ++row)
                    m_keys[row] = keyOf(row, m_keyColumn);
            });
    setSourceModel(&source);
}

void TokenFilterModel::setFilterText(const QString &text)
{
    const QString needle = text.toCaseFolded();
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateFilter();
}

void TokenFilterModel::setUnusedFilter(Unused unused)
{
    if (unused == m_unused)
        return;
    m_unused = unused;
    invalidateFilter();
}

bool TokenFilterModel::isUnused(const Token &token, Unused unused, const QDateTime &now)
{
    int days = 0;
    switch (unused) {
    case Unused::Any:
        return true;
    case Unused::NeverUsed:
        return !token.lastUsedAt.isValid();
    case Unused::Days30:
        days = 30;
        break;
    case Unused::Days90:
        days = 90;
        break;
    case Unused::Days180:
        days = 180;
        break;
    }
    return isUnusedFor(token, qint64(days) * 24 * 3600, now);
}

bool TokenFilterModel::isUnusedFor(const Token &token, qint64 seconds, const QDateTime &now)
{
    const QDateTime since = token.lastUsedAt.isValid() ? token.lastUsedAt : token.createdAt;
    // As the server's unused_since: last used (or, never used, created) before then.
    return since.isValid() && since < now.addSecs(-seconds);
}

void TokenFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column != m_keyColumn) {
        m_keyColumn = column;
        m_keys.clear();
    }
    QSortFilterProxyModel::sort(column, order);
}

bool TokenFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_needle.isEmpty() && !m_source.searchText(sourceRow).contains(m_needle))
        return false;
    if (m_unused == Unused::Any)
        return true;
    const Token *token = m_source.tokenAt(sourceRow);
    return token && isUnused(*token, m_unused, m_source.now());
}

TokenFilterModel::Key TokenFilterModel::keyOf(int row, int column) const
{
    const Token *t = m_source.tokenAt(row);
    Key k;
    if (!t)
        return k;
    // Signed times as unsigned keys that keep their order.
    auto time = [&k](qint64 v) {
        k.high = quint64(v) ^ (quint64(1) << 63);
    };
    switch (column) {
    case TokenListModel::NameColumn:
        k.whole = packPrefix(foldedName(m_source.searchText(row)), &k.high, &k.low);
        break;
    case TokenListModel::HintColumn:
        k.whole = packPrefix(t->hint, &k.high, &k.low);
        break;
    case TokenListModel::ScopesColumn:
        // Scope lists are short ("read write"): as one text the key is usually all of it.
        k.whole = packPrefix(t->scopes.join(QLatin1Char('\x01')), &k.high, &k.low);
        break;
    case TokenListModel::CreatedColumn:
        time(timeKey(t->createdAt, true));
        break;
    case TokenListModel::ExpiresColumn:
        time(timeKey(t->expiresAt, true));
        break;
    case TokenListModel::LastUsedColumn:
        time(timeKey(t->lastUsedAt, false));
        break;
    case TokenListModel::CreatedByColumn:
        k.whole = packPrefix(t->createdBy, &k.high, &k.low);
        break;
    case TokenListModel::KeychainColumn:
        k.high = m_source.isInKeychain(t->id) ? 1 : 0;
        break;
    default:
        break;
    }
    return k;
}

const TokenFilterModel::Key &TokenFilterModel::key(int row) const
{
    const int rows = m_source.rowCount();
    if (qsizetype(m_keys.size()) < rows) {
        m_keys.reserve(rows);
        for (int r = int(m_keys.size()); r < rows; ++r)
            m_keys.push_back(keyOf(r, m_keyColumn));
    }
    return m_keys[row];
}

int TokenFilterModel::compareValues(int leftRow, int rightRow, int column) const
{
    const Token *a = m_source.tokenAt(leftRow);
    const Token *b = m_source.tokenAt(rightRow);
    if (!a || !b)
        return 0;
    switch (column) {
    case TokenListModel::NameColumn:
        return foldedName(m_source.searchText(leftRow))
            .compare(foldedName(m_source.searchText(rightRow)));
    case TokenListModel::HintColumn:
        return compareText(a->hint, b->hint);
    case TokenListModel::ScopesColumn:
        return compareScopes(a->scopes, b->scopes);
    case TokenListModel::CreatedByColumn:
        return compareText(a->createdBy, b->createdBy);
    default:
        return 0; // times and the keychain flag: the key is the whole value
    }
}

bool TokenFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int column = left.column();
    if (column != m_keyColumn) { // not the sort column (QSortFilterProxyModel never does this)
        m_keyColumn = column;
        m_keys.clear();
    }
    const Key &a = key(left.row());
    const Key &b = key(right.row());
    int c = 0;
    if (!(a == b))
        c = a < b ? -1 : 1;
    else if (!a.whole || !b.whole)
        c = compareValues(left.row(), right.row(), column);
    // Equal values keep creation order, so a sort is stable across reloads.
    return c != 0 ? c < 0 : left.row() < right.row();
}
