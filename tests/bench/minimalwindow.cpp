// SPDX-License-Identifier: Apache-2.0
// The baseline of the start-up benchmark: a minimal Qt Widgets main window that quits after
// its first paint, started the same way as Runbench.
#include "firstpaintexit.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("minimal"), &window));
    window.resize(1100, 700);
    Runbench::Ui::FirstPaintExit firstPaintExit;
    window.installEventFilter(&firstPaintExit);
    window.show();
    return app.exec();
}
