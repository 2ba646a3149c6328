// PageToken::decode: what it accepts is a non-negative seq whose own token decodes to it again.
#include "FuzzSupport.h"
#include "PageToken.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto seq = PageToken::decode(fuzz::text(data, size));
    if (!seq)
        return 0;
    FUZZ_CHECK(*seq >= 0);
    FUZZ_CHECK(PageToken::decode(PageToken::encode(*seq)) == seq);
    return 0;
}
