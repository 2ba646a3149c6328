#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

// The request body as a JSON object, or 400 invalid_json.
class JsonBody
{
public:
    // allowEmpty: an empty body reads as {} (for endpoints whose fields are all optional).
    static std::optional<QJsonObject> parse(const QByteArray &body, bool allowEmpty,
                                            ApiError *error);

    JsonBody() = delete;
};
