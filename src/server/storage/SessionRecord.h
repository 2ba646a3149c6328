#pragma once

#include "UserRecord.h"

#include <QDateTime>
#include <QString>

#include <optional>

struct SessionRecord
{
    QString userId;
    QDateTime expiresAt;
    // The session's user, read in the same query (nullopt: the account no longer exists).
    std::optional<UserRecord> user;
};
