#pragma once

#include "CliCommand.h"
#include "Token.h"

class TokenSelection;

// token list | token show: a table (or --json, the API's token objects) filtered and sorted as
// asked, or one token in detail.
class TokenListCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start() override;

private:
    void list(QList<Token> tokens);
    void show(const QList<Token> &tokens);
    // --expiring-within, --unused-for, --sort; false (after fail()) on a bad value.
    bool select(QList<Token> &tokens);

    TokenSelection *m_selection = nullptr;
};
