#include "TokenEvent.h"

#include "JsonObjectReader.h"
#include "Rfc3339.h"

std::optional<TokenEvent> TokenEvent::fromJson(const QJsonObject &json, QString *error)
{
    JsonObjectReader r(json);
    TokenEvent event;
    event.id = r.string(QStringLiteral("id"));
    event.at = r.time(QStringLiteral("at"));
    event.action = r.string(QStringLiteral("action"));
    const QJsonObject actor = r.object(QStringLiteral("actor"));
    const QJsonObject owner = r.object(QStringLiteral("owner"));
    event.address = r.optionalString(QStringLiteral("address")).value_or(QString());
    if (r.ok()) {
        JsonObjectReader a(actor);
        event.actor.type = a.string(QStringLiteral("type"));
        event.actor.id = a.string(QStringLiteral("id"));
        event.actor.name = a.optionalString(QStringLiteral("name")).value_or(QString());
        if (!a.ok())
            r.fail(QStringLiteral("actor.") + a.errorField(),
                   QStringLiteral("actor: %1").arg(a.errorMessage()));
    }
    if (r.ok()) {
        QString ownerError;
        const auto parsed = TokenOwner::fromJson(owner, &ownerError);
        if (parsed)
            event.owner = *parsed;
        else
            r.fail(QStringLiteral("owner"), ownerError);
    }
    const QJsonValue token = json.value(QStringLiteral("token"));
    if (r.ok() && token.isObject()) {
        JsonObjectReader t(token.toObject());
        event.tokenId = t.string(QStringLiteral("id"));
        event.tokenName = t.string(QStringLiteral("name"));
        if (!t.ok())
            r.fail(QStringLiteral("token.") + t.errorField(),
                   QStringLiteral("token: %1").arg(t.errorMessage()));
        else if (event.tokenId.isEmpty())
            r.fail(QStringLiteral("token.id"), QStringLiteral("token.id must not be empty"));
    } else if (r.ok() && !token.isNull() && !token.isUndefined()) {
        r.fail(QStringLiteral("token"), QStringLiteral("token must be an object or null"));
    }
    if (r.ok() && event.action.isEmpty())
        r.fail(QStringLiteral("action"), QStringLiteral("action must not be empty"));
    if (!r.ok()) {
        if (error)
            *error = QStringLiteral("event: %1").arg(r.errorMessage());
        return std::nullopt;
    }
    return event;
}

QJsonObject TokenEvent::toJson() const
{
    const auto orNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    return {{QStringLiteral("id"), id},
            {QStringLiteral("at"), Rfc3339::format(at)},
            {QStringLiteral("action"), action},
            {QStringLiteral("actor"), QJsonObject{{QStringLiteral("type"), actor.type},
                                                  {QStringLiteral("id"), actor.id},
                                                  {QStringLiteral("name"), orNull(actor.name)}}},
            {QStringLiteral("owner"), owner.toJson()},
            {QStringLiteral("token"),
             hasToken() ? QJsonValue(QJsonObject{{QStringLiteral("id"), tokenId},
                                                 {QStringLiteral("name"), tokenName}})
                        : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("address"), orNull(address)}};
}
