#include "TokenListModel.h"

#include "ExpiryWarning.h"
#include "TimeText.h"

TokenListModel::TokenListModel(QObject *parent) : QAbstractTableModel(parent) {}

int TokenListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tokens.size());
}

int TokenListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime TokenListModel::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

TokenListModel::ExpiryState TokenListModel::expiryState(const Token &token) const
{
    const QDateTime current = now();
    if (token.status == Token::Status::Expired || token.isExpiredAt(current))
        return ExpiryState::Expired;
    if (ExpiryWarning::isSoon(token, current, m_warningDays))
        return ExpiryState::ExpiringSoon;
    return ExpiryState::Active;
}

QVariant TokenListModel::display(const Token &token, int column) const
{
    switch (column) {
    case NameColumn:
        return token.name;
    case HintColumn:
        return token.hint;
    case ScopesColumn:
        return token.scopes.join(QStringLiteral(", "));
    case CreatedColumn:
        return TimeText::date(token.createdAt);
    case ExpiresColumn:
        if (!token.expires())
            return tr("never");
        if (expiryState(token) == ExpiryState::Expired)
            return tr("expired");
        return TimeText::relative(token.expiresAt, now());
    case LastUsedColumn:
        return token.lastUsedAt.isValid() ? TimeText::relative(token.lastUsedAt, now())
                                          : tr("never");
    case CreatedByColumn:
        return token.createdBy;
    case KeychainColumn:
        return m_keychainIds.contains(token.id) ? tr("stored") : QString();
    }
    return {};
}

QVariant TokenListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Token &token = m_tokens.at(index.row());
    const ExpiryState state = expiryState(token);
    switch (role) {
    case Qt::DisplayRole:
        return display(token, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ExpiresColumn && token.expires())
            return tr("Expires %1").arg(TimeText::exact(token.expiresAt));
        if (index.column() == CreatedColumn)
            return tr("Created %1").arg(TimeText::exact(token.createdAt));
        if (index.column() == LastUsedColumn && token.lastUsedAt.isValid())
            return tr("Last used %1").arg(TimeText::exact(token.lastUsedAt));
        if (index.column() == KeychainColumn && m_keychainIds.contains(token.id))
            return tr("The secret is stored in the system keychain");
        if (index.column() == HintColumn)
            return tr("The start and end of the secret, to recognise it");
        return {};
    case Qt::ForegroundRole:
    case Qt::FontRole:
    case Qt::BackgroundRole:
    case Qt::DecorationRole:
        return m_look ? m_look(state, index.column(), role, m_keychainIds.contains(token.id))
                      : QVariant();
    case TokenIdRole:
        return token.id;
    case ExpiryStateRole:
        return QVariant::fromValue(state);
    case InKeychainRole:
        return m_keychainIds.contains(token.id);
    case SortRole:
        switch (index.column()) {
        case CreatedColumn:
            return token.createdAt.toSecsSinceEpoch();
        case ExpiresColumn:
            return token.expires() ? token.expiresAt.toSecsSinceEpoch()
                                   : std::numeric_limits<qint64>::max();
        case LastUsedColumn:
            return token.lastUsedAt.isValid() ? token.lastUsedAt.toSecsSinceEpoch() : qint64(0);
        default:
            return display(token, index.column()).toString().toLower();
        }
    }
    return {};
}

QVariant TokenListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case HintColumn:
        return tr("Token");
    case ScopesColumn:
        return tr("Scopes");
    case CreatedColumn:
        return tr("Created");
    case ExpiresColumn:
        return tr("Expires");
    case LastUsedColumn:
        return tr("Last used");
    case CreatedByColumn:
        return tr("Created by");
    case KeychainColumn:
        return tr("Keychain");
    }
    return {};
}

QString TokenListModel::searchTextOf(const Token &token)
{
    return (token.name + QLatin1Char('\n') + token.scopes.join(QLatin1Char(' ')) +
            QLatin1Char('\n') + token.createdBy + QLatin1Char('\n') + token.hint)
        .toCaseFolded();
}

void TokenListModel::setTokens(const QList<Token> &tokens)
{
    beginResetModel();
    m_tokens = tokens;
    m_searchTexts.clear();
    m_searchTexts.reserve(tokens.size());
    for (const Token &token : tokens)
        m_searchTexts.append(searchTextOf(token));
    endResetModel();
}

void TokenListModel::appendTokens(const QList<Token> &tokens)
{
    if (tokens.isEmpty())
        return;
    const int first = static_cast<int>(m_tokens.size());
    beginInsertRows({}, first, first + static_cast<int>(tokens.size()) - 1);
    m_tokens.append(tokens);
    for (const Token &token : tokens)
        m_searchTexts.append(searchTextOf(token));
    endInsertRows();
}

void TokenListModel::upsertToken(const Token &token)
{
    const int row = rowOf(token.id);
    if (row >= 0) {
        m_tokens[row] = token;
        m_searchTexts[row] = searchTextOf(token);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int end = static_cast<int>(m_tokens.size());
    beginInsertRows({}, end, end);
    m_tokens.append(token);
    m_searchTexts.append(searchTextOf(token));
    endInsertRows();
}

void TokenListModel::removeToken(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_tokens.removeAt(row);
    m_searchTexts.removeAt(row);
    endRemoveRows();
}

const Token *TokenListModel::tokenAt(int row) const
{
    return row >= 0 && row < m_tokens.size() ? &m_tokens.at(row) : nullptr;
}

int TokenListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_tokens.size(); ++row) {
        if (m_tokens.at(row).id == id)
            return row;
    }
    return -1;
}

void TokenListModel::setKeychainIds(const QSet<QString> &ids)
{
    if (ids == m_keychainIds)
        return;
    // Only the rows whose mark changes, and only their keychain cell: a change across 100 000
    // rows would make a sorted view re-check every row.
    QSet<QString> changed = ids;
    changed.unite(m_keychainIds).subtract(QSet<QString>(ids).intersect(m_keychainIds));
    m_keychainIds = ids;
    for (int row = 0; row < m_tokens.size() && !changed.isEmpty(); ++row) {
        if (changed.remove(m_tokens.at(row).id))
            Q_EMIT dataChanged(index(row, KeychainColumn), index(row, KeychainColumn));
    }
}

void TokenListModel::setInKeychain(const QString &id, bool stored)
{
    if (stored)
        m_keychainIds.insert(id);
    else
        m_keychainIds.remove(id);
    if (const int row = rowOf(id); row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TokenListModel::setWarningDays(int days)
{
    m_warningDays = days;
    if (!m_tokens.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void TokenListModel::setNow(const QDateTime &now)
{
    m_fixedNow = now;
}
