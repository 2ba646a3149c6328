#pragma once

#include "CliCommand.h"
#include "SecureBuffer.h"
#include "Token.h"

class TokenSelection;

// token create | token rotate: the new secret goes to standard output once, alone (or inside
// the --json answer), and into the keychain only with --save. Everything else goes to stderr.
class TokenCreateCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start() override;

private:
    void create();
    void rotate(const QList<Token> &tokens);
    // Prints the answer; with save, stores the secret and finishes (else the caller finishes).
    void deliver(const Token &token, const SecureBuffer &secret, const QString &accountId,
                 bool save);

    TokenSelection *m_selection = nullptr;
};
