// SPDX-License-Identifier: Apache-2.0
#include "appidentity.h"

#include <QCoreApplication>

namespace Runbench::App {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Runbench"));
    QCoreApplication::setApplicationName(QStringLiteral("Runbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RUNBENCH_VERSION));
}

} // namespace Runbench::App
