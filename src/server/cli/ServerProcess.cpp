#include "ServerProcess.h"

#include "ShutdownSignals.h"
#include "TokenDeskServer.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

int ServerProcess::serve(QCoreApplication &app, TokenDeskServer &server)
{
    // Before listening, so that whoever saw "listening on" can stop the server cleanly.
    ShutdownSignals shutdownSignals;
    if (!shutdownSignals.isActive()) {
        std::fprintf(stderr, "tokendesk-server: cannot install the SIGTERM/SIGINT handlers\n");
        return 1;
    }
    QObject::connect(&shutdownSignals, &ShutdownSignals::received, &app, [](int signalNumber) {
        std::fprintf(stderr, "tokendesk-server: %s received, shutting down\n",
                     signalNumber == SIGINT ? "SIGINT" : "SIGTERM");
        QCoreApplication::quit();
    });
    QString error;
    if (!server.listen(&error)) {
        std::fprintf(stderr, "tokendesk-server: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("tokendesk-server: listening on %s\n",
                qPrintable(server.url().toString(QUrl::RemovePath)));
    std::fflush(stdout);
    const int status = app.exec();
    // Stop serving, then checkpoint and close the database before the process ends.
    server.close();
    return status;
}
