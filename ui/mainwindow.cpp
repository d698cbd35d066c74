// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

namespace Runbench::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Runbench"));
}

MainWindow::~MainWindow() = default;

} // namespace Runbench::Ui
