// Account::fromJson, the client's reading of a server answer (ModelFuzz.h).
#include "Account.h"
#include "ModelFuzz.h"

TOKENDESK_MODEL_FUZZER(Account)
