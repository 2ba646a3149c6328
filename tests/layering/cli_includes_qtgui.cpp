// Must NOT compile: tokendesk-cli links no Qt Gui (it runs over SSH without a display), so its
// headers are not on the include path (tst_layering_cli_cannot_see_qtgui).
#include <QGuiApplication>

int cliIncludesQtGui()
{
    return 0;
}
