#pragma once

#include "Team.h"
#include "TeamAccessRecord.h"
#include "TeamRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Database;
struct SqlStatement;

// The teams rows and their memberships.
class TeamTable
{
public:
    explicit TeamTable(Database &db) : m_db(db) {}

    std::optional<TeamRecord> byId(const QString &id);
    std::optional<TeamRecord> byName(const QString &name);
    // False (nothing written) when the name is taken, e.g. by another instance meanwhile.
    bool insert(const TeamRecord &team, const QDateTime &createdAt);
    // userId's teams with their role, by name.
    QList<Team> teamsOf(const QString &userId);
    std::optional<Team::Role> roleIn(const QString &teamId, const QString &userId);
    // The team and userId's role in it, in one query.
    std::optional<TeamAccessRecord> access(const QString &teamId, const QString &userId);
    void setMembership(const QString &teamId, const QString &userId, Team::Role role);

private:
    std::optional<TeamRecord> teamWhere(const SqlStatement &statement, const QString &value);

    Database &m_db;
};
