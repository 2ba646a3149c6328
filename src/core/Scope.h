#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// One permission a token can carry ("read", "write"), as the server's policy describes it.
struct Scope
{
    QString id;
    QString description;

    QJsonObject toJson() const;
    static std::optional<Scope> fromJson(const QJsonObject &json, QString *error = nullptr);
    friend bool operator==(const Scope &, const Scope &) = default;
};
