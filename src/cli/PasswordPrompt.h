#pragma once

#include <QByteArray>
#include <QString>

// Reads one line from standard input: a password (with echo off on a terminal, prompt on stderr)
// or a plain answer. Blocking reads are fine here: nothing else runs while the user types.
class PasswordPrompt
{
public:
    // The line without its newline; echo is restored even when reading fails.
    static QByteArray readLine(const QString &prompt, bool hidden);

    PasswordPrompt() = delete;
};
