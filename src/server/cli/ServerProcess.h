#pragma once

class QCoreApplication;
class TokenDeskServer;

// The serving process's life: SIGTERM/SIGINT end it cleanly, it says where it listens (the
// line tests and scripts wait for), and on the way out it stops serving before the database is
// checkpointed and closed.
class ServerProcess
{
public:
    // Serves until a shutdown signal; the process's exit code.
    static int serve(QCoreApplication &app, TokenDeskServer &server);

    ServerProcess() = delete;
};
