#pragma once

#include "Scope.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// What the server allows when creating tokens; the app builds its Add token form from it.
struct Policy
{
    struct Endpoint
    {
        QString method;
        QString path;
        friend bool operator==(const Endpoint &, const Endpoint &) = default;
    };

    QList<Scope> scopes;
    int maxLifetimeDays = 365;
    bool allowNoExpiry = false;
    int defaultLifetimeDays = 30;
    QList<Endpoint> freePlanEndpoints;

    QStringList scopeIds() const;
    bool allowsFreePlan(const QString &method, const QString &path) const;
    QJsonObject toJson() const;
    static std::optional<Policy> fromJson(const QJsonObject &json, QString *error = nullptr);
    friend bool operator==(const Policy &, const Policy &) = default;
};
