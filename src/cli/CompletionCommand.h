#pragma once

#include "CliCommand.h"

// completion bash|zsh|fish: a completion script generated from CommandLine's table, so every
// command and option completes exactly as it parses.
class CompletionCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start() override;

    static QString bash();
    static QString zsh();
    static QString fish();
};
