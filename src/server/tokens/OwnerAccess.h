#pragma once

#include "Team.h"
#include "TokenOwner.h"
#include "UserRecord.h"

#include <QString>

#include <optional>

// The signed-in caller acting for an owner: themselves, or a team they belong to.
struct OwnerAccess
{
    UserRecord caller;
    TokenOwner owner;
    QString accountId;
    std::optional<Team::Role> role; // team owners only
    QString address;                // the client's, for the activity log
};
