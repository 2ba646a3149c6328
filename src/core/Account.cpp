#include "Account.h"

#include "JsonObjectReader.h"

QString Account::planName(Plan plan)
{
    return plan == Plan::Paid ? QStringLiteral("paid") : QStringLiteral("free");
}

std::optional<Account::Plan> Account::planFromName(QStringView name)
{
    if (name == QLatin1String("paid"))
        return Plan::Paid;
    if (name == QLatin1String("free"))
        return Plan::Free;
    return std::nullopt;
}

QJsonObject Account::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("username"), username},
            {QStringLiteral("display_name"), displayName},
            {QStringLiteral("account_id"), accountId},
            {QStringLiteral("plan"), planName(plan)}};
}

std::optional<Account> Account::fromJson(const QJsonObject &json, QString *error)
{
    JsonObjectReader r(json);
    Account account;
    account.id = r.string(QStringLiteral("id"));
    account.username = r.string(QStringLiteral("username"));
    account.displayName = r.string(QStringLiteral("display_name"));
    account.accountId = r.string(QStringLiteral("account_id"));
    const std::optional<Plan> plan = planFromName(r.string(QStringLiteral("plan")));
    if (r.ok() && !plan)
        r.fail(QStringLiteral("plan"), QStringLiteral("plan must be free or paid"));
    if (!r.ok()) {
        if (error)
            *error = QStringLiteral("user: %1").arg(r.errorMessage());
        return std::nullopt;
    }
    account.plan = *plan;
    return account;
}
