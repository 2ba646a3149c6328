#include "RequestLimits.h"

ApiResponse RequestLimits::bodyTooLarge()
{
    return ApiResponse::error(
        413, QStringLiteral("too_large"),
        QStringLiteral("The request body is larger than %1 KiB.").arg(MaxBodyBytes / 1024));
}

ApiResponse RequestLimits::headTooLarge()
{
    return ApiResponse::error(431, QStringLiteral("headers_too_large"),
                              QStringLiteral("The request line and headers are larger than %1 KiB.")
                                  .arg(MaxHeadBytes / 1024));
}
