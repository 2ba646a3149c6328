#pragma once

#include "Account.h"
#include "Team.h"

#include <QString>

// An admin command from the command line, run against the database before (or instead of)
// serving: --create-user, --add-member, --seed-tokens.
struct AdminCommand
{
    enum class Kind
    {
        None,
        CreateUser,
        AddMember,
        SeedTokens
    };
    Kind kind = Kind::None;
    QString user;
    QString team;         // AddMember
    QString passwordFile; // CreateUser
    QString displayName;  // CreateUser
    Account::Plan plan = Account::Plan::Free;
    Team::Role role = Team::Role::Member;
    int count = 0; // SeedTokens
};
