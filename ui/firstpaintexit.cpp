// SPDX-License-Identifier: Apache-2.0
#include "firstpaintexit.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace Runbench::Ui {

bool FirstPaintExit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // Quit after this paint has been delivered, not before.
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
    return false;
}

} // namespace Runbench::Ui
