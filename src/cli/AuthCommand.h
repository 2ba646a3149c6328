#pragma once

#include "CliCommand.h"

// auth login | status | logout | switch: the desktop app's accounts and remembered sessions
// (the same Settings and keychain keys), so signing in in one signs in the other.
class AuthCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start() override;

private:
    void login();
    void afterLogin();
    void status();
    void logout();
    void switchAccount();
};
