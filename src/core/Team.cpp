#include "Team.h"

#include "JsonObjectReader.h"

QString Team::roleName(Role role)
{
    return role == Role::Admin ? QStringLiteral("admin") : QStringLiteral("member");
}

QJsonObject Team::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("role"), roleName(role)}};
}

std::optional<Team::Role> Team::roleFromName(QStringView name)
{
    if (name == QLatin1String("admin"))
        return Role::Admin;
    if (name == QLatin1String("member"))
        return Role::Member;
    return std::nullopt;
}

std::optional<Team> Team::fromJson(const QJsonObject &json, QString *error)
{
    JsonObjectReader r(json);
    Team team;
    team.id = r.string(QStringLiteral("id"));
    team.name = r.string(QStringLiteral("name"));
    const std::optional<Role> role = roleFromName(r.string(QStringLiteral("role")));
    if (r.ok() && !role)
        r.fail(QStringLiteral("role"), QStringLiteral("role must be admin or member"));
    if (!r.ok()) {
        if (error)
            *error = QStringLiteral("team: %1").arg(r.errorMessage());
        return std::nullopt;
    }
    team.role = *role;
    return team;
}
