// TokenUsage::fromJson, the client's reading of a server answer (ModelFuzz.h).
#include "ModelFuzz.h"
#include "TokenUsage.h"

TOKENDESK_MODEL_FUZZER(TokenUsage)
