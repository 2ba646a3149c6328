#pragma once

class CliCommand;
class CliContext;
class QObject;

// Which class runs the parsed command.
class CommandFactory
{
public:
    static CliCommand *create(CliContext &context, QObject *parent);

    CommandFactory() = delete;
};
