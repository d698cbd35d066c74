// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMainWindow>

namespace Runbench::Ui {

// The workbench's main window: projects tree on the left, documents in the centre.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
};

} // namespace Runbench::Ui
