// JsonBody::parse: any bytes give an object or a 400 invalid_json, never anything else.
#include "FuzzSupport.h"
#include "JsonBody.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    for (const bool allowEmpty : {false, true}) {
        ApiError error;
        const auto object = JsonBody::parse(body, allowEmpty, &error);
        if (!object) {
            FUZZ_CHECK(error.httpStatus == 400);
            FUZZ_CHECK(error.code == QLatin1String("invalid_json"));
        }
    }
    return 0;
}
