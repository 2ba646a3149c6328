#include "AccountAdmin.h"

#include "IdGenerator.h"
#include "PasswordHasher.h"
#include "Store.h"
#include "TokenFormat.h"

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
    // Taken meanwhile (another instance seeding at the same time): that user is the one.
    m_store.insertUser(user, m_clock.now());
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
        // Taken meanwhile (another instance seeding at the same time): use that team.
        if (!m_store.insertTeam(*team, m_clock.now()))
            team = m_store.teamByName(teamName);
        if (!team) {
            *error = QStringLiteral("the team %1 could not be created").arg(teamName);
            return false;
        }
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

int AccountAdmin::seedTokens(const QString &username, int count, QString *error)
{
    const auto user = m_store.userByName(username);
    if (!user) {
        *error = QStringLiteral("no user named %1").arg(username);
        return 0;
    }
    // A run id keeps the names of a second seed apart from the first one's.
    const QString run = IdGenerator::make(QString()).left(6);
    const QDateTime now = m_clock.now();
    constexpr int Batch = 5000; // one transaction (one fsync) per batch
    int seeded = 0;
    while (seeded < count) {
        QList<TokenRecord> batch;
        for (int i = 0; i < Batch && seeded + i < count; ++i) {
            TokenRecord record;
            Token &token = record.token;
            token.id = IdGenerator::make(QStringLiteral("tok_"));
            token.name =
                QStringLiteral("seed-%1-%2").arg(run).arg(seeded + i + 1, 6, 10, QLatin1Char('0'));
            token.scopes = {QStringLiteral("read")};
            token.owner = {TokenOwner::Type::User, user->id, user->username};
            token.createdAt = now;
            token.createdBy = user->username;
            token.expiresAt = now.addDays(90);
            const QByteArray secret = TokenFormat::generate(TokenFormat::Kind::ApiToken);
            token.hint = TokenFormat::hint(secret);
            record.secretDigest = TokenFormat::digest(secret);
            record.createdById = user->id;
            record.lifetimeSeconds = now.secsTo(token.expiresAt);
            batch.append(std::move(record));
        }
        if (!m_store.insertTokens(batch, now)) {
            *error = QStringLiteral("a seeded name was taken; run the seed again");
            return seeded;
        }
        seeded += int(batch.size());
    }
    return seeded;
}
