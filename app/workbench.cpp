// SPDX-License-Identifier: Apache-2.0
#include "workbench.h"

#include "mainwindow.h"

#include <QApplication>

namespace Runbench::App {

int Workbench::run(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("runbench"));
    QApplication::setApplicationVersion(QStringLiteral(RUNBENCH_VERSION));
    Ui::MainWindow window;
    window.show();
    return app.exec();
}

} // namespace Runbench::App
