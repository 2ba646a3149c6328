#pragma once

#include "AdminCommand.h"
#include "ServerConfig.h"

#include <QString>
#include <QStringList>

#include <optional>

// tokendesk-server's command line: the options, their checks (a configuration that would be unsafe
// to serve is refused), and what they ask for — an instance to serve, the demo seed, an admin
// command. Prints nothing itself except --help and --version (QCommandLineParser's).
class ServerCommandLine
{
public:
    // Exit codes: 1 for a failure, 2 for a usage error (as for an unknown option).
    static constexpr int Failure = 1;
    static constexpr int Usage = 2;

    // Parses arguments (argv as QStringList). False with exitCode() and message() set.
    bool parse(const QStringList &arguments);

    const ServerConfig &config() const { return m_config; }
    bool demo() const { return m_demo; }
    const AdminCommand &admin() const { return m_admin; }
    int exitCode() const { return m_exitCode; }
    const QString &message() const { return m_message; }

private:
    bool fail(int exitCode, const QString &message);

    ServerConfig m_config;
    bool m_demo = false;
    AdminCommand m_admin;
    int m_exitCode = 0;
    QString m_message;
};
