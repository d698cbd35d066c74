// SPDX-License-Identifier: Apache-2.0
#include "firstpaintexit.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace Runbench::Ui {

bool FirstPaintExit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // The benchmark times start to this line, not to the exit (which waits for
        // background readers to stop).
        std::fputs("first-paint\n", stdout);
        std::fflush(stdout);
        // Quit after this paint has been delivered, not before.
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
    return false;
}

} // namespace Runbench::Ui
