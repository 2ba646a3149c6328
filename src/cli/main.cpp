#include "AppServices.h"
#include "CliCommand.h"
#include "CliContext.h"
#include "CliOutput.h"
#include "CommandFactory.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "Settings.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The desktop app's names: the same settings (accounts, which secrets are saved).
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("TokenDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    Translations translations;
    translations.install(Settings(qEnvironmentVariable("TOKENDESK_SETTINGS")).language());

    CliOutput output;
    CommandLine line;
    switch (line.parse(QCoreApplication::arguments())) {
    case CommandLine::Outcome::Help:
        output.out(line.helpText());
        return ExitCode::Ok;
    case CommandLine::Outcome::Version:
        output.line(QStringLiteral("tokendesk-cli ") + QCoreApplication::applicationVersion());
        return ExitCode::Ok;
    case CommandLine::Outcome::UsageError:
        if (!line.errorText().isEmpty())
            output.err(line.errorText() + QLatin1Char('\n'));
        output.err(line.helpText());
        return ExitCode::Usage;
    case CommandLine::Outcome::Run:
        break;
    }
    // TOKENDESK_SETTINGS: an INI file instead of the platform's settings (tests, scripts that
    // must not touch the user's accounts).
    AppServices services(qEnvironmentVariable("TOKENDESK_SETTINGS"));
    CliContext context(services, output, line);
    CliCommand *command = CommandFactory::create(context, &app);
    QObject::connect(command, &CliCommand::finished, &app, [](int code) {
        // Queued: the command's own callbacks unwind before the loop ends.
        QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
    });
    QTimer::singleShot(0, command, &CliCommand::start);
    return app.exec();
}
