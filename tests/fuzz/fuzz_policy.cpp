// Policy::fromJson, the client's reading of a server answer (ModelFuzz.h).
#include "ModelFuzz.h"
#include "Policy.h"

TOKENDESK_MODEL_FUZZER(Policy)
