// Must NOT compile: tokendesk-cli, like the widgets, reaches the network only through src/app
// (tests/CMakeLists.txt, tst_layering_cli_cannot_see_api).
#include "ApiClient.h"

int cliIncludesApi()
{
    return 0;
}
