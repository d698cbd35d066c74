// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

namespace Runbench::Ui {

// Quits the application once the watched window has painted for the first time; the start-up
// benchmark starts Runbench with --exit-after-first-paint to time start to first paint.
class FirstPaintExit final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace Runbench::Ui
