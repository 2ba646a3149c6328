// TokenEvent::fromJson, the client's reading of a server answer (ModelFuzz.h).
#include "ModelFuzz.h"
#include "TokenEvent.h"

TOKENDESK_MODEL_FUZZER(TokenEvent)
