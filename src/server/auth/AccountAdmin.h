#pragma once

#include "Account.h"
#include "SystemClock.h"
#include "Team.h"

#include <QByteArray>
#include <QString>

class Store;

// Creating users, teams and memberships: the CLI's admin commands and the demo seed.
class AccountAdmin
{
public:
    // Time from the real clock (the CLI), or from clock.
    explicit AccountAdmin(Store &store) : m_store(store), m_clock(m_systemClock) {}
    AccountAdmin(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}
    AccountAdmin(const AccountAdmin &) = delete;
    AccountAdmin &operator=(const AccountAdmin &) = delete;

    // Creates the user unless one of that name exists; false (and *error) on bad input.
    bool ensureUser(const QString &username, const QByteArray &password, Account::Plan plan,
                    const QString &displayName, QString *error);
    // Adds (or re-roles) the user in the team, creating the team if it does not exist.
    bool addMember(const QString &teamName, const QString &username, Team::Role role,
                   QString *error);
    // count personal tokens for the user (benchmarks: a large listing in seconds), named
    // "seed-<run>-<n>", expiring in 90 days; their secrets are thrown away. Returns how many.
    int seedTokens(const QString &username, int count, QString *error);
    // The demo accounts of DESIGN.md; safe to run on every start.
    void seedDemo();

private:
    Store &m_store;
    SystemClock m_systemClock;
    const Clock &m_clock;
};
