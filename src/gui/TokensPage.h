#pragma once

#include "ApiError.h"
#include "GuiContext.h"
#include "Token.h"
#include "TokenOwner.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class TokensPage;
}
class AddTokenDialog;
class RevealTokenDialog;
class ApiCall;
class QSortFilterProxyModel;
class TokenListModel;
class SecureBuffer;

// The tokens of one owner — the user ("Personal tokens") or a team — with filter, Add, Rotate,
// Delete and Copy secret. Loads asynchronously with a busy indicator; failures show in a banner
// with Retry. Actions on tokens the user may not manage are disabled with the reason as tooltip.
class TokensPage : public QWidget
{
    Q_OBJECT
public:
    TokensPage(GuiContext context, TokenOwner owner, QWidget *parent = nullptr);
    ~TokensPage() override;
    Q_DISABLE_COPY(TokensPage)

    TokenOwner owner() const { return m_owner; }
    TokenListModel &model() { return *m_model; }
    void reload();
    // A token created for this owner from another page, and its secret saved there.
    void addToken(const Token &token);
    void markStored(const Token &token);

Q_SIGNALS:
    // A token was created here for another owner (chosen in the Add token dialog).
    void tokenCreatedFor(const TokenOwner &owner, const Token &token);
    void busyChanged(bool busy);
    // A token's secret was saved in the keychain (it may belong to another owner).
    void secretStored(const Token &token);
    // The user asked for fresh data (Refresh): the window also reloads profile and teams.
    void refreshRequested();
    // A load finished; the window checks the list for tokens that expire soon.
    void tokensLoaded(const QList<Token> &tokens);

private:
    const Token *selectedToken() const;
    void updateActions();
    void updateEmptyState();
    QString emptyText() const;
    void setBusy(bool busy);
    void showBanner(const QString &message);
    void openAddDialog();
    void createFrom(AddTokenDialog *dialog);
    void confirmRotate();
    void rotate(const Token &token);
    void confirmDelete();
    void remove(const Token &token);
    void copyStoredSecret();
    void reveal(const Token &token, const QString &accountId, bool rotated, SecureBuffer secret);
    // dialog: the reveal dialog waiting for the outcome, if any.
    void storeSecret(const Token &token, const SecureBuffer &secret,
                     RevealTokenDialog *dialog = nullptr);
    void refreshKeychainIds();
    // Secrets stored for tokens that no longer exist on the server: offer to remove them.
    void offerStaleCleanup(const QList<Token> &tokens);
    void removeStale();
    QString keyFor(const QString &tokenId) const;

    std::unique_ptr<Ui::TokensPage> m_ui;
    GuiContext m_context;
    TokenOwner m_owner;
    TokenListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPointer<ApiCall> m_loadCall;
    int m_busyCount = 0;
    bool m_copying = false; // our "Copy secret" owns the clipboard countdown
    enum class LoadState
    {
        Loading,
        Loaded,
        Failed
    };
    LoadState m_loadState = LoadState::Loading;
    QStringList m_staleIds;
};
