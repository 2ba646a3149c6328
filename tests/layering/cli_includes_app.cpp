// Must compile: the control case for the cli probes — the same target setup sees the app's
// workflows, secrets and core, so the failures above are about what they include alone.
#include "AccountSession.h"
#include "AppServices.h"
#include "OwnerTokens.h"
#include "RememberedSessions.h"
#include "SecretStore.h"
#include "Token.h"
#include "TokenCheck.h"
#include "TokenKeychain.h"

int cliIncludesApp()
{
    return 0;
}
