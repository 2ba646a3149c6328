// Must compile: the control case for tst_layering_gui_cannot_see_api — the same target setup
// sees the app, secrets and core layers, so the failure above is about api alone.
#include "AppServices.h"
#include "SecretStore.h"
#include "Token.h"

int guiIncludesApp()
{
    return 0;
}
