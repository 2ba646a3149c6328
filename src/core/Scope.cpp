#include "Scope.h"

#include "JsonObjectReader.h"

QJsonObject Scope::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("description"), description}};
}

std::optional<Scope> Scope::fromJson(const QJsonObject &json, QString *error)
{
    JsonObjectReader r(json);
    Scope scope{r.string(QStringLiteral("id")), r.string(QStringLiteral("description"))};
    if (!r.ok()) {
        if (error)
            *error = r.errorMessage();
        return std::nullopt;
    }
    return scope;
}
