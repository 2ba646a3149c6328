#include "AccountAdmin.h"

#include "IdGenerator.h"
#include "PasswordHasher.h"
#include "Store.h"

#include <QRegularExpression>

bool AccountAdmin::ensureUser(const QString &username, const QByteArray &password,
                              Account::Plan plan, const QString &displayName, QString *error)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    if (!valid.match(username).hasMatch()) {
        *error = QStringLiteral("usernames are 1-64 characters: a-z, 0-9, '.', '_' or '-'");
        return false;
    }
    if (password.isEmpty()) {
        *error = QStringLiteral("the password must not be empty");
        return false;
    }
    if (m_store.userByName(username))
        return true;
    UserRecord user;
    user.id = IdGenerator::make(QStringLiteral("usr_"));
    user.username = username;
    user.displayName = displayName.isEmpty() ? username : displayName;
    user.passwordHash = PasswordHasher::hash(password);
    user.accountId = IdGenerator::accountId();
    user.plan = plan;
    m_store.insertUser(user, QDateTime::currentDateTimeUtc());
    return true;
}

bool AccountAdmin::addMember(const QString &teamName, const QString &username, Team::Role role,
                             QString *error)
{
    const auto user = m_store.userByName(username);
    if (!user) {
        *error = QStringLiteral("no user named %1").arg(username);
        return false;
    }
    if (teamName.trimmed().isEmpty()) {
        *error = QStringLiteral("the team name must not be empty");
        return false;
    }
    auto team = m_store.teamByName(teamName);
    if (!team) {
        team = TeamRecord{IdGenerator::make(QStringLiteral("team_")), teamName,
                          IdGenerator::accountId(), Account::Plan::Paid};
        m_store.insertTeam(*team, QDateTime::currentDateTimeUtc());
    }
    m_store.setMembership(team->id, user->id, role);
    return true;
}

void AccountAdmin::seedDemo()
{
    QString error;
    ensureUser(QStringLiteral("demo"), "demo", Account::Plan::Free, QStringLiteral("Demo User"),
               &error);
    ensureUser(QStringLiteral("alice"), "alice", Account::Plan::Paid,
               QStringLiteral("Alice Example"), &error);
    addMember(QStringLiteral("platform"), QStringLiteral("alice"), Team::Role::Admin, &error);
    addMember(QStringLiteral("platform"), QStringLiteral("demo"), Team::Role::Member, &error);
    addMember(QStringLiteral("data"), QStringLiteral("alice"), Team::Role::Member, &error);
}
