#pragma once

#include "Token.h"
#include "TokenUsage.h"

#include <QGroupBox>

#include <memory>
#include <optional>

namespace Ui {
class TokenDetailsPane;
}
class AccountSession;
class TokenUsageLoader;

// The details of the token selected in a tokens table: scopes, who created it and when, expiry,
// the last use with its address and user agent, the address history (loaded from the server for
// the selected token) and the rotation grace, if the previous secret still works.
class TokenDetailsPane : public QGroupBox
{
    Q_OBJECT
public:
    explicit TokenDetailsPane(AccountSession &session, QWidget *parent = nullptr);
    ~TokenDetailsPane() override;
    Q_DISABLE_COPY(TokenDetailsPane)

    // nullptr: nothing selected. The address history is loaded again when the token changed
    // (another one, or the same one after a refresh that shows a newer use).
    void showToken(const Token *token);
    // The token shown, if any.
    std::optional<Token> token() const { return m_token; }

private:
    void showFields();
    void showUsage(const TokenUsage &usage);
    void showUsageProblem(const QString &message);

    std::unique_ptr<Ui::TokenDetailsPane> m_ui;
    TokenUsageLoader *m_loader;
    std::optional<Token> m_token;
    std::optional<TokenUsage> m_usage;
};
