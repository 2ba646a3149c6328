#include "TokenUsage.h"

#include "JsonObjectReader.h"
#include "Rfc3339.h"

#include <QJsonArray>

std::optional<TokenUsage> TokenUsage::fromJson(const QJsonObject &json, QString *error)
{
    JsonObjectReader r(json);
    const QJsonArray addresses = r.array(QStringLiteral("addresses"));
    TokenUsage usage;
    for (qsizetype i = 0; r.ok() && i < addresses.size(); ++i) {
        const QString field = QStringLiteral("addresses[%1]").arg(i);
        if (!addresses.at(i).isObject()) {
            r.fail(field, QStringLiteral("%1 must be an object").arg(field));
            break;
        }
        JsonObjectReader a(addresses.at(i).toObject());
        Address entry;
        entry.address = a.string(QStringLiteral("address"));
        entry.userAgent = a.optionalString(QStringLiteral("user_agent")).value_or(QString());
        entry.firstSeen = a.time(QStringLiteral("first_seen"));
        entry.lastSeen = a.time(QStringLiteral("last_seen"));
        if (a.ok() && entry.address.isEmpty())
            a.fail(QStringLiteral("address"), QStringLiteral("address must not be empty"));
        if (!a.ok()) {
            r.fail(field + QLatin1Char('.') + a.errorField(),
                   QStringLiteral("%1: %2").arg(field, a.errorMessage()));
            break;
        }
        usage.addresses.append(entry);
    }
    if (!r.ok()) {
        if (error)
            *error = QStringLiteral("usage: %1").arg(r.errorMessage());
        return std::nullopt;
    }
    return usage;
}

QJsonObject TokenUsage::toJson() const
{
    QJsonArray array;
    for (const Address &entry : addresses) {
        array.append(QJsonObject{{QStringLiteral("address"), entry.address},
                                 {QStringLiteral("user_agent"), entry.userAgent.isEmpty()
                                                                    ? QJsonValue(QJsonValue::Null)
                                                                    : QJsonValue(entry.userAgent)},
                                 {QStringLiteral("first_seen"), Rfc3339::format(entry.firstSeen)},
                                 {QStringLiteral("last_seen"), Rfc3339::format(entry.lastSeen)}});
    }
    return {{QStringLiteral("addresses"), array}};
}
