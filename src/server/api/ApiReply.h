#pragma once

#include "ApiResponse.h"

#include <functional>

// What a route answers: a response at once, or CPU-heavy work for Router's worker pool plus a
// step that builds the response from its result back on the event loop (PBKDF2 at login), so
// one slow request never stalls the others. work must not touch the Store: its database
// connection belongs to the event-loop thread. work and finish share state by capture.
struct ApiReply
{
    ApiResponse response; // when work is empty
    std::function<void()> work;
    std::function<ApiResponse()> finish;

    static ApiReply now(ApiResponse response) { return {std::move(response), {}, {}}; }
    static ApiReply staged(std::function<void()> work, std::function<ApiResponse()> finish)
    {
        return {{}, std::move(work), std::move(finish)};
    }
};
