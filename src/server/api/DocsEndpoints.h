#pragma once

class ApiRoutes;

// Serves the API's own description (docs/openapi.yaml, converted to JSON at build time) so that
// client generators and validators can fetch the contract from a running server.
class DocsEndpoints
{
public:
    explicit DocsEndpoints(ApiRoutes &router);
};
