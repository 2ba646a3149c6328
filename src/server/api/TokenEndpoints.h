#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "OwnerAccess.h"

#include <optional>

class ApiRoutes;
struct TokenServices;

// Personal (/api/v1/me/tokens…) and team (/api/v1/teams/{id}/tokens…) token management: parses
// requests into drafts, asks the token services, writes their records and maps their errors
// (ErrorResponses). Both share one implementation, parametrised by the owner the caller acts
// for.
class TokenEndpoints
{
public:
    static constexpr int DefaultPageSize = 200;
    static constexpr int MaxPageSize = 1000;
    static constexpr int MaxIdLength = 200;

    TokenEndpoints(ApiRoutes &router, TokenServices &services);
    TokenEndpoints(const TokenEndpoints &) = delete;
    TokenEndpoints &operator=(const TokenEndpoints &) = delete;

private:
    using Access = OwnerAccess;
    using Action = ApiResponse (TokenEndpoints::*)(const Access &, const ApiRequest &);

    void addRoutes(ApiRoutes &router, const QString &base, bool team);

    ApiResponse list(const Access &access, const ApiRequest &req);
    ApiResponse create(const Access &access, const ApiRequest &req);
    ApiResponse rotate(const Access &access, const ApiRequest &req);
    ApiResponse remove(const Access &access, const ApiRequest &req);
    ApiResponse revokeMany(const Access &access, const ApiRequest &req);
    ApiResponse identify(const Access &access, const ApiRequest &req);
    ApiResponse events(const Access &access, const ApiRequest &req);
    ApiResponse usage(const Access &access, const ApiRequest &req);
    // page_size and page_token of a listing; a 400 answer when either is wrong.
    static std::optional<ApiResponse> readPage(const ApiRequest &req, int *pageSize, qint64 *seq);

    TokenServices &m_services;
};
