// Must NOT compile: auth is below the token services (tst_layering_server_auth_cannot_see_tokens).
#include "TokenLifecycle.h"

int authIncludesTokens()
{
    return 0;
}
