#include "ApiResponse.h"

#include <QJsonDocument>

ApiResponse ApiResponse::json(int status, const QJsonObject &object)
{
    ApiResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ApiResponse::json(int status, QByteArray body)
{
    ApiResponse response;
    response.status = status;
    response.body = std::move(body);
    return response;
}

ApiResponse ApiResponse::error(const ApiError &error)
{
    return json(error.httpStatus, error.toJson());
}

ApiResponse ApiResponse::error(int status, const QString &code, const QString &message,
                               const QString &field)
{
    return error(ApiError::http(status, code, message, field));
}

ApiResponse ApiResponse::invalid(const QString &field, const QString &message)
{
    return error(400, QStringLiteral("validation_failed"), message, field);
}

ApiResponse ApiResponse::noContent()
{
    ApiResponse response;
    response.status = 204;
    return response;
}
