// Must NOT compile: the desktop side of the app (guarded clipboard, palette colours) is not
// linked into tokendesk-cli (tst_layering_cli_cannot_see_appgui).
#include "ClipboardGuard.h"

int cliIncludesAppGui()
{
    return 0;
}
