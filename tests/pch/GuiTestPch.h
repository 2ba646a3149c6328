// Precompiled once for the widget tests.
#include <QtCore>
#include <QtGui>
#include <QtNetwork>
#include <QtSql>
#include <QtTest>
#include <QtWidgets>
