#include <QApplication>
#include <QLabel>
#include <QMainWindow>

// The floor for the start-up benchmark: the least a Qt Widgets app does to show a main window,
// built with the same flags as tokendesk (tests/bench/run-bench.py times both to the first map).
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Floor"));
    window.setCentralWidget(new QLabel(QStringLiteral("A minimal main window"), &window));
    window.resize(900, 600);
    window.show();
    return app.exec();
}
