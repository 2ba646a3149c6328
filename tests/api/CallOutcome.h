#pragma once

#include "ApiClient.h"

// What one ApiClient call delivered: how often each callback ran, and the error if it failed.
// Tests assert "exactly one outcome" with count().
struct CallOutcome
{
    int successes = 0;
    int failures = 0;
    ApiError error;
    int count() const { return successes + failures; }

    ApiClient::Failed failed()
    {
        return [this](const ApiError &e) {
            error = e;
            ++failures;
        };
    }
    // Success callback that ignores the value.
    template <typename T> ApiClient::Done<T> succeeded()
    {
        return [this](const T &) {
            ++successes;
        };
    }
};
