#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// One run of the tokendesk-cli binary of this build: arguments, standard input, environment;
// what it printed on each stream and its exit status.
struct CliRun
{
    QByteArray out;
    QByteArray err;
    int exitCode = -1;

    static CliRun
    run(const QStringList &arguments, const QByteArray &input = {},
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
};
