// Must NOT compile: endpoints know no HTTP engine (tst_layering_server_api_cannot_see_http).
#include "Router.h"

int apiIncludesHttp()
{
    return 0;
}
