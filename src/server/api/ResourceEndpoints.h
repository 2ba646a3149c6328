#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "TokenService.h"

class ApiRoutes;

// What API tokens may call: introspection (/api/v1/token) and the demo resource
// (/api/v1/demo/items), which shows scopes and the free plan's endpoint allowlist at work.
// Parses requests and maps TokenService's records and errors to HTTP.
class ResourceEndpoints
{
public:
    ResourceEndpoints(ApiRoutes &router, TokenService &service);
    ResourceEndpoints(const ResourceEndpoints &) = delete;
    ResourceEndpoints &operator=(const ResourceEndpoints &) = delete;

private:
    TokenService &m_service;
};
