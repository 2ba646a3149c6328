// Must NOT compile: the gui layer cannot see the network client (see tests/CMakeLists.txt,
// tst_layering_gui_cannot_see_api). If this ever builds, widgets could bypass the app layer.
#include "ApiClient.h"

int guiIncludesApi()
{
    return 0;
}
