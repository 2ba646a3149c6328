#include "Policy.h"

#include "JsonObjectReader.h"

#include <QJsonArray>

QStringList Policy::scopeIds() const
{
    QStringList ids;
    for (const Scope &scope : scopes)
        ids.append(scope.id);
    return ids;
}

bool Policy::allowsFreePlan(const QString &method, const QString &path) const
{
    for (const Endpoint &endpoint : freePlanEndpoints) {
        if (endpoint.method == method && endpoint.path == path)
            return true;
    }
    return false;
}

QJsonObject Policy::toJson() const
{
    QJsonArray scopeArray;
    for (const Scope &scope : scopes)
        scopeArray.append(scope.toJson());
    QJsonArray endpoints;
    for (const Endpoint &endpoint : freePlanEndpoints)
        endpoints.append(QJsonObject{{QStringLiteral("method"), endpoint.method},
                                     {QStringLiteral("path"), endpoint.path}});
    return {{QStringLiteral("scopes"), scopeArray},
            {QStringLiteral("max_lifetime_days"), maxLifetimeDays},
            {QStringLiteral("allow_no_expiry"), allowNoExpiry},
            {QStringLiteral("default_lifetime_days"), defaultLifetimeDays},
            {QStringLiteral("free_plan_endpoints"), endpoints}};
}

std::optional<Policy> Policy::fromJson(const QJsonObject &json, QString *error)
{
    JsonObjectReader r(json);
    Policy policy;
    const QJsonArray scopes = r.array(QStringLiteral("scopes"));
    // Days, as int: a century is far more than any policy means, and keeps the casts exact.
    constexpr qint64 MaxDays = 36600;
    policy.maxLifetimeDays =
        static_cast<int>(r.integer(QStringLiteral("max_lifetime_days"), 0, MaxDays));
    policy.allowNoExpiry = r.boolean(QStringLiteral("allow_no_expiry"));
    policy.defaultLifetimeDays =
        static_cast<int>(r.integer(QStringLiteral("default_lifetime_days"), 0, MaxDays));
    const QJsonArray endpoints = r.array(QStringLiteral("free_plan_endpoints"));
    QString itemError;
    for (const auto &value : scopes) {
        const auto scope = Scope::fromJson(value.toObject(), &itemError);
        if (!scope) {
            r.fail(QStringLiteral("scopes"), itemError);
            break;
        }
        policy.scopes.append(*scope);
    }
    for (const auto &value : endpoints) {
        JsonObjectReader e(value.toObject());
        Endpoint endpoint{e.string(QStringLiteral("method")), e.string(QStringLiteral("path"))};
        if (!e.ok()) {
            r.fail(QStringLiteral("free_plan_endpoints"), e.errorMessage());
            break;
        }
        policy.freePlanEndpoints.append(endpoint);
    }
    if (!r.ok()) {
        if (error)
            *error = QStringLiteral("policy: %1").arg(r.errorMessage());
        return std::nullopt;
    }
    return policy;
}
