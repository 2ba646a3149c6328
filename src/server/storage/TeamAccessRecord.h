#pragma once

#include "Team.h"
#include "TeamRecord.h"

#include <optional>

// A team and one user's role in it, read in one query.
struct TeamAccessRecord
{
    TeamRecord team;
    std::optional<Team::Role> role; // nullopt: not a member
};
