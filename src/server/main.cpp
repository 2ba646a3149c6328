#include "AdminCommands.h"
#include "ServerCommandLine.h"
#include "ServerProcess.h"
#include "StoreError.h"
#include "TokenDeskServer.h"

#include <QCoreApplication>

#include <cstdio>

namespace {
int fail(int exitCode, const QString &message)
{
    std::fprintf(stderr, "tokendesk-server: %s\n", qPrintable(message));
    return exitCode;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tokendesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    ServerCommandLine commandLine;
    if (!commandLine.parse(QCoreApplication::arguments()))
        return fail(commandLine.exitCode(), commandLine.message());

    TokenDeskServer server(commandLine.config());
    QString error;
    if (!server.openDatabase(&error))
        return fail(ServerCommandLine::Failure, error);
    try {
        const auto exitCode =
            AdminCommands(server.store()).run(commandLine.demo(), commandLine.admin(), &error);
        if (exitCode)
            return *exitCode == 0 ? 0 : fail(*exitCode, error);
    } catch (const StoreError &e) {
        return fail(ServerCommandLine::Failure,
                    QStringLiteral("database error: %1").arg(QString::fromUtf8(e.what())));
    }
    return ServerProcess::serve(app, server);
}
