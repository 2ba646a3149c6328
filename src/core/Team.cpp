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

std::optional<Team> Team::fromJson(const QJsonObject &json, QString *error)
{
    JsonObjectReader r(json);
    Team team;
    team.id = r.string(QStringLiteral("id"));
    team.name = r.string(QStringLiteral("name"));
    const QString role = r.string(QStringLiteral("role"));
    if (r.ok() && role != QLatin1String("admin") && role != QLatin1String("member"))
        r.fail(QStringLiteral("role"), QStringLiteral("role must be admin or member"));
    if (!r.ok()) {
        if (error)
            *error = QStringLiteral("team: %1").arg(r.errorMessage());
        return std::nullopt;
    }
    team.role = role == QLatin1String("admin") ? Role::Admin : Role::Member;
    return team;
}
