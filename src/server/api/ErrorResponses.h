#pragma once

#include "ApiError.h"
#include "ApiResponse.h"
#include "DomainError.h"

// The one table from a service's DomainError to what the client receives: status, error code,
// message and field (docs/API.md and docs/openapi.yaml are the contract), plus Retry-After when
// the error says when to try again.
class ErrorResponses
{
public:
    static ApiError apiError(const DomainError &error);
    static ApiResponse response(const DomainError &error);

    ErrorResponses() = delete;
};
