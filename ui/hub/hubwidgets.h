// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QComboBox;
class QWidget;

namespace Runbench::Ui {

// A combo box whose popup list is named too, so every focusable part has a name for
// accessibility tools and tests.
QComboBox *createNamedComboBox(QWidget *parent, const QString &objectName,
                               const QString &accessibleName);

} // namespace Runbench::Ui
