#pragma once

#include "CliCommand.h"
#include "Token.h"

class TokenSelection;

// token revoke NAME|ID… [--unused-for D]: asks first on a terminal, refuses without --yes when
// nobody can answer (standard input is not a terminal).
class TokenRevokeCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start() override;

private:
    void revoke(const QList<Token> &tokens);

    TokenSelection *m_selection = nullptr;
};
