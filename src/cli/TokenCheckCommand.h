#pragma once

#include "CliCommand.h"

class TokenCheck;

// token check: reads a string from standard input (never an argument: ps would show it), says
// whether it is a TokenDesk token offline and, when signed in, whose it is.
class TokenCheckCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start() override;

private:
    void check(bool signedIn);
    void report();

    TokenCheck *m_check = nullptr;
};
