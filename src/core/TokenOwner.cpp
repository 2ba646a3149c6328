#include "TokenOwner.h"

#include "JsonObjectReader.h"

QString TokenOwner::typeName(Type type)
{
    return type == Type::Team ? QStringLiteral("team") : QStringLiteral("user");
}

std::optional<TokenOwner::Type> TokenOwner::typeFromName(QStringView name)
{
    if (name == QLatin1String("user"))
        return Type::User;
    if (name == QLatin1String("team"))
        return Type::Team;
    return std::nullopt;
}

bool TokenOwner::sameAs(const TokenOwner &other) const
{
    return type == other.type && id == other.id;
}

QJsonObject TokenOwner::toJson() const
{
    return {{QStringLiteral("type"), typeName(type)},
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), name}};
}

std::optional<TokenOwner> TokenOwner::fromJson(const QJsonObject &json, QString *error)
{
    JsonObjectReader r(json);
    TokenOwner owner;
    const std::optional<Type> type = typeFromName(r.string(QStringLiteral("type")));
    owner.id = r.string(QStringLiteral("id"));
    owner.name = r.string(QStringLiteral("name"));
    if (r.ok() && !type)
        r.fail(QStringLiteral("type"), QStringLiteral("owner type must be user or team"));
    if (!r.ok()) {
        if (error)
            *error = r.errorMessage();
        return std::nullopt;
    }
    owner.type = *type;
    return owner;
}
