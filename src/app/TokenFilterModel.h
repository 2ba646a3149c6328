#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>
#include <QString>

#include <vector>

class TokenListModel;
struct Token;

// The tokens table as shown: filtered by what the user types and sorted by any column. Built for
// 100 000 rows: the filter matches a search text the source model keeps per row, and sorting
// compares a compact key per row (kept in one contiguous array for the sort column, so a sort
// does not chase every token's strings through memory) before it compares the tokens themselves.
class TokenFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TokenFilterModel(TokenListModel &source, QObject *parent = nullptr);
    Q_DISABLE_COPY(TokenFilterModel)

    // Rows whose name, scopes, creator or hint contain text (case-insensitive); empty: all.
    void setFilterText(const QString &text);
    QString filterText() const { return m_needle; }

    // "Unused for": tokens nobody has used for a while, to clean up. A token counts from its
    // last use, or from its creation if it was never used — so one made yesterday is not
    // "unused for 30 days" yet. NeverUsed: no use at all, however old.
    enum class Unused
    {
        Any,
        Days30,
        Days90,
        Days180,
        NeverUsed
    };
    Q_ENUM(Unused)
    void setUnusedFilter(Unused unused);
    Unused unusedFilter() const { return m_unused; }
    // Whether token passes the "Unused for" filter at now.
    static bool isUnused(const Token &token, Unused unused, const QDateTime &now);
    // The same rule for any period (tokendesk-cli --unused-for 45d).
    static bool isUnusedFor(const Token &token, qint64 seconds, const QDateTime &now);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // An order-preserving summary of a row's value in the sort column: different keys order the
    // rows; equal keys fall back to comparing the values.
    struct Key
    {
        quint64 high = 0;
        quint64 low = 0;
        bool whole = true; // the key holds the whole value: equal keys mean equal values
        bool operator<(const Key &o) const { return high != o.high ? high < o.high : low < o.low; }
        bool operator==(const Key &o) const { return high == o.high && low == o.low; }
    };
    Key keyOf(int row, int column) const;
    const Key &key(int row) const;
    int compareValues(int leftRow, int rightRow, int column) const;

    TokenListModel &m_source;
    QString m_needle; // case-folded
    Unused m_unused = Unused::Any;
    mutable int m_keyColumn = -1;
    // Keys of the sort column by source row; extended lazily, so rows appended by a page are
    // keyed when the sort first meets them.
    mutable std::vector<Key> m_keys;
};
