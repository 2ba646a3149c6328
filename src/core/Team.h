#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// A team the signed-in user belongs to, with their role in it.
struct Team
{
    enum class Role
    {
        Member,
        Admin
    };

    QString id;
    QString name;
    Role role = Role::Member;

    bool isAdmin() const { return role == Role::Admin; }
    static QString roleName(Role role);
    // The role roleName() gives this text for; nullopt for any other text.
    static std::optional<Role> roleFromName(QStringView name);
    QJsonObject toJson() const;
    static std::optional<Team> fromJson(const QJsonObject &json, QString *error = nullptr);
    friend bool operator==(const Team &, const Team &) = default;
};
