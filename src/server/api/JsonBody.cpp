#include "JsonBody.h"

#include <QJsonDocument>
#include <QJsonParseError>

std::optional<QJsonObject> JsonBody::parse(const QByteArray &body, bool allowEmpty, ApiError *error)
{
    if (allowEmpty && body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ApiError::http(400, QStringLiteral("invalid_json"),
                                QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                                    .arg(parseError.errorString())
                                    .arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = ApiError::http(400, QStringLiteral("invalid_json"),
                                QStringLiteral("The body must be a JSON object."));
        return std::nullopt;
    }
    return doc.object();
}
