// Rfc3339::parse: a time it accepts is valid and survives format → parse unchanged.
#include "FuzzSupport.h"
#include "Rfc3339.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QDateTime time = Rfc3339::parse(fuzz::text(data, size));
    if (!time.isValid())
        return 0;
    const QDateTime whole = Rfc3339::wholeSeconds(time);
    FUZZ_CHECK(whole.isValid());
    const QString formatted = Rfc3339::format(whole);
    const QDateTime again = Rfc3339::parse(formatted);
    FUZZ_CHECK(again.isValid());
    FUZZ_CHECK(again == whole);
    return 0;
}
