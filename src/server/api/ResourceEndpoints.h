#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

class ApiRoutes;
struct TokenServices;

// What API tokens may call: introspection (/api/v1/token) and the demo resource
// (/api/v1/demo/items), which shows scopes and the free plan's endpoint allowlist at work.
// Asks ApiTokenGate, writes the records and maps the errors (ErrorResponses).
class ResourceEndpoints
{
public:
    ResourceEndpoints(ApiRoutes &router, TokenServices &services);
    ResourceEndpoints(const ResourceEndpoints &) = delete;
    ResourceEndpoints &operator=(const ResourceEndpoints &) = delete;

private:
    TokenServices &m_services;
};
