// Token::fromJson, the client's reading of a server answer (ModelFuzz.h).
#include "ModelFuzz.h"
#include "Token.h"

TOKENDESK_MODEL_FUZZER(Token)
