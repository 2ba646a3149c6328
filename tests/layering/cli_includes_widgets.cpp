// Must NOT compile: no widgets in tokendesk-cli (tst_layering_cli_cannot_see_widgets).
#include <QWidget>

int cliIncludesWidgets()
{
    return 0;
}
