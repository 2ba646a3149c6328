#pragma once

#include "CliCommand.h"
#include "Token.h"

// token secret NAME|ID: a secret saved in the system keychain (by --save or the desktop's "Save
// in system keychain"), alone on standard output, for export API_TOKEN=$(…).
class TokenSecretCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start() override;

private:
    void print(const QList<Token> &tokens);
};
