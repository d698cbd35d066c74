// SPDX-License-Identifier: Apache-2.0
#include <QApplication>

#include "mainwindow.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Runbench::Ui::MainWindow window;
    window.show();
    return app.exec();
}
