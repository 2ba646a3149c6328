#pragma once

#include "Account.h"

#include <QString>

// A team row. Teams are billed like users, so they carry an account id and a plan too.
struct TeamRecord
{
    QString id;
    QString name;
    QString accountId;
    Account::Plan plan = Account::Plan::Paid;
};
