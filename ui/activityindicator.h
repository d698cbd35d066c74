// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMap>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace Runbench::Ui {

// The status bar's view of background work: the newest task's text and a busy bar while any
// task runs, so the user sees that loading, saving or importing is going on.
class ActivityIndicator final : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityIndicator(QWidget *parent = nullptr);

    // Shows a task; returns the token that ends it.
    int begin(const QString &text);
    void end(int token);

private:
    void update();

    QLabel *m_text = nullptr;
    QProgressBar *m_busy = nullptr;
    QMap<int, QString> m_tasks;
    int m_next = 1;
};

} // namespace Runbench::Ui
