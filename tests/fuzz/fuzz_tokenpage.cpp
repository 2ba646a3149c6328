// TokenPage::parse, the client's reading of one listing page: accepts or names a problem.
#include "FuzzSupport.h"
#include "TokenPage.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString problem;
    const auto page = TokenPage::parse(fuzz::bytes(data, size), &problem);
    FUZZ_CHECK(page.has_value() || !problem.isEmpty());
    if (page) {
        for (const Token &token : page->tokens)
            FUZZ_CHECK(Token::fromJson(token.toJson()).has_value());
    }
    return 0;
}
