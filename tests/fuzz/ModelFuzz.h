#pragma once

#include "FuzzSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

// One client-side model parser (T::fromJson) against any JSON object: it accepts or names a
// problem; what it accepts writes out (toJson) as JSON it accepts again, and from there the
// round trip is exact.
template <typename T> int fuzzModel(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size));
    QString problem;
    const auto value = T::fromJson(doc.object(), &problem);
    if (!value) {
        FUZZ_CHECK(!problem.isEmpty());
        return 0;
    }
    const auto again = T::fromJson(value->toJson(), &problem);
    FUZZ_CHECK(again.has_value());
    const auto third = T::fromJson(again->toJson(), &problem);
    FUZZ_CHECK(third.has_value());
    FUZZ_CHECK(*third == *again);
    return 0;
}

#define TOKENDESK_MODEL_FUZZER(Type)                                                               \
    extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)                        \
    {                                                                                              \
        return fuzzModel<Type>(data, size);                                                        \
    }
