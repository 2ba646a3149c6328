#include "TeamTable.h"

#include "Database.h"

namespace {
const SqlStatement TeamById{Sql::TeamById,
                            "SELECT id, name, account_id, plan FROM teams WHERE id = ?"};
const SqlStatement TeamByName{Sql::TeamByName,
                              "SELECT id, name, account_id, plan FROM teams WHERE name = ?"};
const SqlStatement InsertTeam{
    Sql::InsertTeam,
    "INSERT INTO teams (id, name, account_id, plan, created_at) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (name) DO NOTHING"};
const SqlStatement TeamsOf{Sql::TeamsOf,
                           "SELECT t.id, t.name, m.role FROM teams t JOIN memberships m "
                           "ON m.team_id = t.id WHERE m.user_id = ? ORDER BY t.name"};
const SqlStatement RoleIn{Sql::RoleIn,
                          "SELECT role FROM memberships WHERE team_id = ? AND user_id = ?"};
const SqlStatement TeamAccess{
    Sql::TeamAccess,
    "SELECT t.id, t.name, t.account_id, t.plan, m.role FROM teams t LEFT JOIN memberships m "
    "ON m.team_id = t.id AND m.user_id = ? WHERE t.id = ?"};
const SqlStatement SetMembership{
    Sql::SetMembership, "INSERT INTO memberships (team_id, user_id, role) VALUES (?, ?, ?) "
                        "ON CONFLICT (team_id, user_id) DO UPDATE SET role = excluded.role"};

// A team from "id, name, account_id, plan".
TeamRecord readTeam(const SqlRows &row)
{
    return TeamRecord{row.string(0), row.string(1), row.string(2),
                      Account::planFromName(row.string(3)).value_or(Account::Plan::Free)};
}

Team::Role roleAt(const SqlRows &row, int column)
{
    return Team::roleFromName(row.string(column)).value_or(Team::Role::Member);
}
} // namespace

std::optional<TeamRecord> TeamTable::byId(const QString &id)
{
    return teamWhere(TeamById, id);
}

std::optional<TeamRecord> TeamTable::byName(const QString &name)
{
    return teamWhere(TeamByName, name);
}

std::optional<TeamRecord> TeamTable::teamWhere(const SqlStatement &statement, const QString &value)
{
    SqlRows row = m_db.run(statement, {value});
    if (!row.next())
        return std::nullopt;
    return readTeam(row);
}

bool TeamTable::insert(const TeamRecord &team, const QDateTime &createdAt)
{
    return m_db.run(InsertTeam, {team.id, team.name, team.accountId, Account::planName(team.plan),
                                 createdAt.toSecsSinceEpoch()})
               .rowsAffected() == 1;
}

QList<Team> TeamTable::teamsOf(const QString &userId)
{
    SqlRows rows = m_db.run(TeamsOf, {userId});
    QList<Team> teams;
    while (rows.next())
        teams.append({rows.string(0), rows.string(1), roleAt(rows, 2)});
    return teams;
}

std::optional<Team::Role> TeamTable::roleIn(const QString &teamId, const QString &userId)
{
    SqlRows row = m_db.run(RoleIn, {teamId, userId});
    if (!row.next())
        return std::nullopt;
    return roleAt(row, 0);
}

std::optional<TeamAccessRecord> TeamTable::access(const QString &teamId, const QString &userId)
{
    SqlRows row = m_db.run(TeamAccess, {userId, teamId});
    if (!row.next())
        return std::nullopt;
    TeamAccessRecord access{readTeam(row), std::nullopt};
    if (!row.isNull(4))
        access.role = roleAt(row, 4);
    return access;
}

void TeamTable::setMembership(const QString &teamId, const QString &userId, Team::Role role)
{
    m_db.run(SetMembership, {teamId, userId, Team::roleName(role)});
}
