#pragma once

#include "UserRecord.h"

#include <QDateTime>
#include <QString>

#include <optional>

class Database;
class SqlRows;

// The users rows.
class UserTable
{
public:
    explicit UserTable(Database &db) : m_db(db) {}

    std::optional<UserRecord> byName(const QString &username);
    std::optional<UserRecord> byId(const QString &id);
    // False (nothing written) when the name is taken, e.g. by another instance meanwhile.
    bool insert(const UserRecord &user, const QDateTime &createdAt);

    // A user from the columns "id, username, display_name, password_hash, account_id, plan"
    // starting at column `at` (for the tables that read one in the same query).
    static UserRecord read(const SqlRows &row, int at);

private:
    Database &m_db;
};
