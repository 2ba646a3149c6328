#include "ApiError.h"

#include "JsonObjectReader.h"

#include <QJsonDocument>

QJsonObject ApiError::toJson() const
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        error.insert(QStringLiteral("field"), field);
    return {{QStringLiteral("error"), error}};
}

std::optional<ApiError> ApiError::fromResponse(int httpStatus, const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return std::nullopt;
    JsonObjectReader outer(doc.object());
    JsonObjectReader r(outer.object(QStringLiteral("error")));
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = httpStatus;
    error.code = r.string(QStringLiteral("code"));
    error.message = r.string(QStringLiteral("message"));
    error.field = r.optionalString(QStringLiteral("field")).value_or(QString());
    if (!outer.ok() || !r.ok())
        return std::nullopt;
    return error;
}

ApiError ApiError::http(int status, const QString &code, const QString &message,
                        const QString &field)
{
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = status;
    error.code = code;
    error.message = message;
    error.field = field;
    return error;
}
