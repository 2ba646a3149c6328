#pragma once

#include "ApiResponse.h"

#include <QtGlobal>

// What one request may cost the server: the transport refuses on the wire bytes what exceeds
// these before any parser sees them, and routing checks the body again for requests that come
// without a transport (tests, fuzzing). Each limit is here once, with the answer it earns.
struct RequestLimits
{
    static constexpr qsizetype MaxHeadBytes = qsizetype{16} * 1024;
    static constexpr qsizetype MaxBodyBytes = qsizetype{64} * 1024;
    // Chunk-size lines and trailers on top of the body.
    static constexpr qsizetype MaxChunkFramingBytes = qsizetype{16} * 1024;
    static constexpr int RequestTimeoutMs = 30 * 1000;
    static constexpr int MaxUserAgentBytes = 256;

    // 413 for a body over MaxBodyBytes.
    static ApiResponse bodyTooLarge();
    // 431 for a request line and headers over MaxHeadBytes.
    static ApiResponse headTooLarge();

    RequestLimits() = delete;
};
