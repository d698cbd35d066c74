// SPDX-License-Identifier: Apache-2.0
#include "hubwidgets.h"

#include <QAbstractItemView>
#include <QComboBox>

namespace Runbench::Ui {

QComboBox *createNamedComboBox(QWidget *parent, const QString &objectName,
                               const QString &accessibleName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->view()->setObjectName(objectName + QStringLiteral("List"));
    combo->view()->setAccessibleName(accessibleName);
    return combo;
}

} // namespace Runbench::Ui
