#include "AccessibleRoles.h"
#include "DesktopServices.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Translations.h"

#include <QApplication>
#include <QClipboard>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AccessibleRoles::install();
    QApplication::setOrganizationName(QStringLiteral("TokenDesk"));
    QApplication::setApplicationName(QStringLiteral("TokenDesk"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QApplication::setDesktopFileName(QStringLiteral("tokendesk"));

    // Before the parser, so --help speaks the chosen language too.
    Translations translations;
    translations.install(Settings().language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Manage your API tokens."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("server"),
                      QApplication::translate("main", "Server offered at sign-in."),
                      QStringLiteral("url"), QStringLiteral("http://127.0.0.1:8686")});
    parser.process(app);

    DesktopServices services(QApplication::clipboard());
    MainWindow window(services, QUrl::fromUserInput(parser.value(QStringLiteral("server"))));
    window.show();
    // The first frame needs neither the keychain (its probe talks to D-Bus) nor the SVG icon
    // (rendered for the window manager): both wait until the window is on its way to the screen.
    QTimer::singleShot(0, &window, [&window] {
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tokendesk.svg")));
        window.start();
    });
    return app.exec();
}
