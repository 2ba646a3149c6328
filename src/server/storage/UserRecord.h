#pragma once

#include "Account.h"

#include <QString>

// A user row as the server stores it (password as a PBKDF2 record, never plaintext).
struct UserRecord
{
    QString id;
    QString username;
    QString displayName;
    QString passwordHash;
    QString accountId;
    Account::Plan plan = Account::Plan::Free;

    Account toAccount() const { return {id, username, displayName, accountId, plan}; }
};
