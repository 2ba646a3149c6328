#include "UserTable.h"

#include "Database.h"

namespace {
const SqlStatement UserByName{
    Sql::UserByName,
    "SELECT id, username, display_name, password_hash, account_id, plan FROM users "
    "WHERE username = ?"};
const SqlStatement UserById{Sql::UserById,
                            "SELECT id, username, display_name, password_hash, account_id, plan "
                            "FROM users WHERE id = ?"};
const SqlStatement InsertUser{Sql::InsertUser,
                              "INSERT INTO users (id, username, display_name, password_hash, "
                              "account_id, plan, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                              "ON CONFLICT (username) DO NOTHING"};
} // namespace

UserRecord UserTable::read(const SqlRows &row, int at)
{
    return UserRecord{row.string(at),
                      row.string(at + 1),
                      row.string(at + 2),
                      row.string(at + 3),
                      row.string(at + 4),
                      Account::planFromName(row.string(at + 5)).value_or(Account::Plan::Free)};
}

std::optional<UserRecord> UserTable::byName(const QString &username)
{
    SqlRows row = m_db.run(UserByName, {username});
    if (!row.next())
        return std::nullopt;
    return read(row, 0);
}

std::optional<UserRecord> UserTable::byId(const QString &id)
{
    SqlRows row = m_db.run(UserById, {id});
    if (!row.next())
        return std::nullopt;
    return read(row, 0);
}

bool UserTable::insert(const UserRecord &user, const QDateTime &createdAt)
{
    return m_db.run(InsertUser,
                    {user.id, user.username, user.displayName, user.passwordHash, user.accountId,
                     Account::planName(user.plan), createdAt.toSecsSinceEpoch()})
               .rowsAffected() == 1;
}
