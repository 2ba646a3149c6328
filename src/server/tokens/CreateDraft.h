#pragma once

#include "DomainError.h"
#include "TokenDraft.h"

#include <optional>

// A create request as the endpoint read it, before TokenRules checked it. Fields are read in
// order (name, scopes, expires_at) and the first one that could not be read (missing, wrong type,
// not a time) is unreadable, naming its field; the rules check the fields before that one first,
// so that a request meets its first problem in field order, however it was read.
struct CreateDraft
{
    TokenDraft fields; // name as sent (the rules trim and normalise it)
    std::optional<DomainError> unreadable;
};
