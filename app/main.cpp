// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"
#include "translator.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Runbench"));
    QCoreApplication::setApplicationName(QStringLiteral("Runbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RUNBENCH_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.runbench.Runbench"));
    Runbench::Ui::installTranslators(app);
    Runbench::Ui::MainWindow window;
    window.show();
    return app.exec();
}
