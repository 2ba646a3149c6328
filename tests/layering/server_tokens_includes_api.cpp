// Must NOT compile: services know nothing of HTTP answers
// (tst_layering_server_tokens_cannot_see_api).
#include "ApiResponse.h"

int tokensIncludesApi()
{
    return 0;
}
