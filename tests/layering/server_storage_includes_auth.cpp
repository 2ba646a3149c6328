// Must NOT compile: storage is below auth (tst_layering_server_storage_cannot_see_auth).
#include "Auth.h"

int storageIncludesAuth()
{
    return 0;
}
