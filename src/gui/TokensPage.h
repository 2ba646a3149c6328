#pragma once

#include "OwnerTokens.h"
#include "SecureBuffer.h"
#include "Token.h"
#include "TokenOwner.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class TokensPage;
}
class AddTokenDialog;
class DesktopServices;
class TokenFilterModel;
class TokenListModel;

// The tokens of one owner — the user ("Personal tokens") or a team — as a table with filter,
// Add, Rotate, Delete and Copy secret, and the dialogs for them. The work is OwnerTokens' (app
// layer); this page shows its state and forwards the user's choices.
class TokensPage : public QWidget
{
    Q_OBJECT
public:
    TokensPage(DesktopServices &services, TokenOwner owner, QWidget *parent = nullptr);
    ~TokensPage() override;
    Q_DISABLE_COPY(TokensPage)

    TokenOwner owner() const { return m_tokens->owner(); }
    TokenListModel &model() { return m_tokens->model(); }
    OwnerTokens &tokens() { return *m_tokens; }
    void reload();

Q_SIGNALS:
    // A token was created here for another owner (chosen in the Add token dialog).
    void tokenCreatedFor(const TokenOwner &owner, const Token &token);
    // The user asked for fresh data (Refresh): the window also reloads profile and teams.
    void refreshRequested();

private:
    const Token *selectedToken() const;
    // Every selected row's token, in the table's order.
    QList<Token> selectedTokens() const;
    void updateActions();
    void addDetailsPane(); // the selected token's details (TokenDetailsPane)
    void updateEmptyState();
    QString emptyText() const;
    void showBanner(const QString &message);
    void showStale(const QStringList &ids);
    void openAddDialog();
    void confirmRotate();
    void confirmDelete();
    void confirmRevokeSelected();
    void reportRevoked(const QStringList &names);
    void reveal(const Token &token, const QString &accountId, bool rotated,
                const SecureBuffer &secret);

    std::unique_ptr<Ui::TokensPage> m_ui;
    DesktopServices &m_services;
    OwnerTokens *m_tokens;
    TokenFilterModel *m_proxy;
    // The dialog whose create request runs; if it went away, the new secret is still shown.
    QPointer<AddTokenDialog> m_addDialog;
};
