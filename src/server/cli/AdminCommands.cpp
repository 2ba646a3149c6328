#include "AdminCommands.h"

#include "AccountAdmin.h"
#include "Store.h"

#include <QFile>

#include <cstdio>

std::optional<int> AdminCommands::run(bool demo, const AdminCommand &command, QString *error)
{
    AccountAdmin admin(m_store);
    // First, so that an admin command may act on the demo accounts (--demo --seed-tokens).
    if (demo)
        admin.seedDemo();
    switch (command.kind) {
    case AdminCommand::Kind::None:
        return std::nullopt;
    case AdminCommand::Kind::CreateUser: {
        QFile file(command.passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("--create-user needs a readable --password-file");
            return 1;
        }
        const QByteArray password = file.readAll().trimmed();
        if (m_store.userByName(command.user)) {
            *error = QStringLiteral("a user named %1 exists already").arg(command.user);
            return 1;
        }
        if (!admin.ensureUser(command.user, password, command.plan, command.displayName, error))
            return 1;
        std::printf("created user %s\n", qPrintable(command.user));
        return 0;
    }
    case AdminCommand::Kind::AddMember:
        if (!admin.addMember(command.team, command.user, command.role, error))
            return 1;
        std::printf("%s is now %s of %s\n", qPrintable(command.user),
                    qPrintable(Team::roleName(command.role)), qPrintable(command.team));
        return 0;
    case AdminCommand::Kind::SeedTokens: {
        const int seeded = admin.seedTokens(command.user, command.count, error);
        if (seeded < command.count)
            return 1;
        std::printf("seeded %d tokens for %s\n", seeded, qPrintable(command.user));
        return 0;
    }
    }
    return std::nullopt;
}
