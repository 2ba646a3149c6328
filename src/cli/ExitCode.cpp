#include "ExitCode.h"

#include "ApiError.h"

int ExitCode::of(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::ConnectionRefused:
    case ApiError::Kind::HostNotFound:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Network:
        return Unreachable;
    case ApiError::Kind::Http:
        break;
    default:
        return Failed;
    }
    switch (error.httpStatus) {
    case 401:
        return NotSignedIn;
    case 403:
        return Forbidden;
    case 404:
        return NotFound;
    case 0: // no request behind this failure
        return Failed;
    }
    return error.httpStatus == 503 ? Unreachable : Failed;
}
