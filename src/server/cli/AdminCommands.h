#pragma once

#include "AdminCommand.h"

#include <QString>

#include <optional>

class Store;

// Runs the command line's admin commands and the demo seed against an open database, printing
// what they did on standard output (never a password or token secret).
class AdminCommands
{
public:
    explicit AdminCommands(Store &store) : m_store(store) {}

    // The demo seed (when demo), then command. The process's exit code once command ran, or
    // nullopt when there was none and the server is to go on serving; *error set on failure.
    std::optional<int> run(bool demo, const AdminCommand &command, QString *error);

private:
    Store &m_store;
};
