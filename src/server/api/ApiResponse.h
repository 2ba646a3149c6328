#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

struct ApiResponse
{
    int status = 200;
    QByteArray body; // empty for 204
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse json(int status, const QJsonObject &object);
    // A body already written as JSON (JsonWriter).
    static ApiResponse json(int status, QByteArray body);
    static ApiResponse error(const ApiError &error);
    static ApiResponse error(int status, const QString &code, const QString &message,
                             const QString &field = {});
    static ApiResponse noContent();
    // 400 validation_failed naming the offending field.
    static ApiResponse invalid(const QString &field, const QString &message);
};
