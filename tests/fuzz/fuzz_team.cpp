// Team::fromJson, the client's reading of a server answer (ModelFuzz.h).
#include "ModelFuzz.h"
#include "Team.h"

TOKENDESK_MODEL_FUZZER(Team)
