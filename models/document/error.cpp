// SPDX-License-Identifier: Apache-2.0
#include "error.h"

namespace Runbench::Models {

QString Error::toString() const
{
    QString where = source;
    if (line > 0) {
        where += QStringLiteral(":%1").arg(line);
        if (column > 0)
            where += QStringLiteral(":%1").arg(column);
    }
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace Runbench::Models
