#include "Token.h"

#include "JsonObjectReader.h"
#include "Rfc3339.h"

#include <QJsonArray>

namespace {
QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(Rfc3339::format(time)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject Token::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
            {QStringLiteral("owner"), owner.toJson()},
            {QStringLiteral("created_at"), Rfc3339::format(createdAt)},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("expires_at"), timeOrNull(expiresAt)},
            {QStringLiteral("last_used_at"), timeOrNull(lastUsedAt)},
            {QStringLiteral("hint"), hint},
            {QStringLiteral("status"),
             status == Status::Expired ? QStringLiteral("expired") : QStringLiteral("active")},
            {QStringLiteral("previous_secret_valid_until"), timeOrNull(previousSecretValidUntil)}};
}

std::optional<Token> Token::fromJson(const QJsonObject &json, QString *error)
{
    JsonObjectReader r(json);
    Token token;
    token.id = r.string(QStringLiteral("id"));
    token.name = r.string(QStringLiteral("name"));
    token.scopes = r.stringList(QStringLiteral("scopes"));
    const QJsonObject owner = r.object(QStringLiteral("owner"));
    token.createdAt = r.time(QStringLiteral("created_at"));
    token.createdBy = r.string(QStringLiteral("created_by"));
    token.expiresAt = r.optionalTime(QStringLiteral("expires_at"));
    token.lastUsedAt = r.optionalTime(QStringLiteral("last_used_at"));
    token.hint = r.string(QStringLiteral("hint"));
    // Absent from servers before rotation with grace: read as none.
    token.previousSecretValidUntil = r.optionalTime(QStringLiteral("previous_secret_valid_until"));
    const QString status = r.string(QStringLiteral("status"));
    if (r.ok() && status != QLatin1String("active") && status != QLatin1String("expired"))
        r.fail(QStringLiteral("status"), QStringLiteral("status must be active or expired"));
    QString ownerError;
    std::optional<TokenOwner> parsedOwner;
    if (r.ok()) {
        parsedOwner = TokenOwner::fromJson(owner, &ownerError);
        if (!parsedOwner)
            r.fail(QStringLiteral("owner"), ownerError);
    }
    if (!r.ok()) {
        if (error)
            *error = QStringLiteral("token: %1").arg(r.errorMessage());
        return std::nullopt;
    }
    token.owner = *parsedOwner;
    token.status = status == QLatin1String("expired") ? Status::Expired : Status::Active;
    return token;
}
