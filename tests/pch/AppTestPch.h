// Precompiled once for the tests that link Qt GUI but no widgets (the app layer, secrets).
#include <QtCore>
#include <QtNetwork>
#include <QtSql>
#include <QtTest>
