#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// The signed-in user as /api/v1/me describes them.
struct Account
{
    enum class Plan
    {
        Free,
        Paid
    };

    QString id;
    QString username;
    QString displayName;
    QString accountId;
    Plan plan = Plan::Free;

    bool isFreePlan() const { return plan == Plan::Free; }
    static QString planName(Plan plan);
    // The plan planName() gives this text for; nullopt for any other text.
    static std::optional<Plan> planFromName(QStringView name);
    QJsonObject toJson() const;
    static std::optional<Account> fromJson(const QJsonObject &json, QString *error = nullptr);
    friend bool operator==(const Account &, const Account &) = default;
};
