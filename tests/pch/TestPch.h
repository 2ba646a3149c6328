// Precompiled once for every test without widgets (tests/CMakeLists.txt, REUSE_FROM): the Qt
// headers nearly every test parses. Tests still include what they use; this only saves the parse.
#include <QtCore>
#include <QtNetwork>
#include <QtSql>
#include <QtTest>
