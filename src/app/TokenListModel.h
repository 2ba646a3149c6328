#pragma once

#include "ExpiryWarning.h"
#include "Token.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QSet>

#include <functional>

// The tokens of one owner (the user or a team) as a table. Updated incrementally after create,
// rotate and delete, so the view keeps its selection and scroll position.
class TokenListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        HintColumn,
        ScopesColumn,
        CreatedColumn,
        ExpiresColumn,
        LastUsedColumn,
        CreatedByColumn,
        KeychainColumn,
        ColumnCount
    };
    enum Role
    {
        TokenIdRole = Qt::UserRole + 1,
        ExpiryStateRole, // ExpiryState
        InKeychainRole,  // bool
        SortRole,        // a value that sorts right (times as numbers)
    };
    enum class ExpiryState
    {
        Active,
        ExpiringSoon,
        Expired
    };
    Q_ENUM(ExpiryState)

    explicit TokenListModel(QObject *parent = nullptr);
    Q_DISABLE_COPY(TokenListModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setTokens(const QList<Token> &tokens);
    // Appends a page of tokens at the end (one insert, never a reset).
    void appendTokens(const QList<Token> &tokens);
    // Added at the end (creation order), or replaced in place if the id is known (rotation).
    void upsertToken(const Token &token);
    void removeToken(const QString &id);
    QList<Token> tokens() const { return m_tokens; }
    const Token *tokenAt(int row) const;
    // Name, scopes, creator and hint of the row, case-folded: what the filter matches.
    const QString &searchText(int row) const { return m_searchTexts.at(row); }
    int rowOf(const QString &id) const;

    void setKeychainIds(const QSet<QString> &ids);
    void setInKeychain(const QString &id, bool stored);
    bool isInKeychain(const QString &id) const { return m_keychainIds.contains(id); }
    // Colours, fonts and the keychain icon (Qt::ForegroundRole, FontRole, BackgroundRole,
    // DecorationRole) come from the desktop layer (TokenListLook), which knows the palette and
    // the icon resources; without a look those roles are empty (tokendesk-cli has no display).
    using Look = std::function<QVariant(ExpiryState state, int column, int role, bool inKeychain)>;
    void setLook(Look look) { m_look = std::move(look); }
    void setWarningDays(int days);
    int warningDays() const { return m_warningDays; }
    // Tests pin the clock; invalid: the real current time.
    void setNow(const QDateTime &now);
    ExpiryState expiryState(const Token &token) const;
    // The pinned time, else the current one.
    QDateTime now() const;

private:
    QVariant display(const Token &token, int column) const;

    static QString searchTextOf(const Token &token);

    QList<Token> m_tokens;
    QList<QString> m_searchTexts; // parallel to m_tokens
    QSet<QString> m_keychainIds;
    int m_warningDays = ExpiryWarning::DefaultDays;
    QDateTime m_fixedNow;
    Look m_look;
};
