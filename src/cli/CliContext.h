#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

class AppServices;
class CliOutput;
class CommandLine;

// What every command of one tokendesk-cli run shares: the app's services (built as the desktop
// builds them, minus the display), the output streams and the parsed command line.
class CliContext
{
public:
    CliContext(AppServices &services, CliOutput &output, const CommandLine &line);

    AppServices &services;
    CliOutput &output;
    const CommandLine &line;

    bool json() const;
    // "in 3 days", or the exact time with --exact-times; "never" for an invalid time.
    QString time(const QDateTime &time) const;
    // --server, else TOKENDESK_SERVER; empty when neither names one.
    QUrl server() const;
    static QUrl defaultServer() { return QUrl(QStringLiteral("http://127.0.0.1:8686")); }
};
