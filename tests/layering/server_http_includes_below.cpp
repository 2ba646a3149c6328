// Must compile: the control case for the server probes — the top serving layer sees every layer
// below it, so each failure above is about the one header it names.
#include "ApiRoutes.h"
#include "Auth.h"
#include "Store.h"
#include "Token.h"
#include "TokenLifecycle.h"

int httpIncludesBelow()
{
    return 0;
}
