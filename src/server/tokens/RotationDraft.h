#pragma once

#include "DomainError.h"

#include <QDateTime>

#include <optional>

// A rotate request as the endpoint read it, before TokenRules checked it.
struct RotationDraft
{
    // nullopt: not given (the same lifetime as before); an invalid time: given as null (no expiry).
    std::optional<QDateTime> expiresAt;
    qint64 graceSeconds = 0;
    std::optional<DomainError> unreadable; // the first field that could not be read
};
