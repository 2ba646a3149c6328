// ApiError::fromResponse: an error body it accepts keeps the status, has a code, and writes out
// (toJson) as a body it reads back the same.
#include "ApiError.h"
#include "FuzzSupport.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 100 + (data[0] | (data[1] << 8)) % 500;
    const auto error = ApiError::fromResponse(status, fuzz::bytes(data + 2, size - 2));
    if (!error)
        return 0;
    FUZZ_CHECK(error->kind == ApiError::Kind::Http);
    FUZZ_CHECK(error->httpStatus == status);
    const auto again = ApiError::fromResponse(
        status, QJsonDocument(error->toJson()).toJson(QJsonDocument::Compact));
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->code == error->code && again->message == error->message &&
               again->field == error->field);
    return 0;
}
