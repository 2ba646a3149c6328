#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// Who a token belongs to: the signed-in user or one of their teams.
struct TokenOwner
{
    enum class Type
    {
        User,
        Team
    };

    Type type = Type::User;
    QString id;
    QString name;

    bool isTeam() const { return type == Type::Team; }
    // The same owner: type and id (a name can change; operator== compares it too).
    bool sameAs(const TokenOwner &other) const;
    static QString typeName(Type type);
    // The type typeName() gives this text for; nullopt for any other text.
    static std::optional<Type> typeFromName(QStringView name);
    QJsonObject toJson() const;
    static std::optional<TokenOwner> fromJson(const QJsonObject &json, QString *error = nullptr);
    friend bool operator==(const TokenOwner &, const TokenOwner &) = default;
};
