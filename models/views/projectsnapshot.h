// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"
#include "views/projecttreemodel.h"

#include <QString>

#include <vector>

namespace Runbench::Models {

// Reads what the projects tree shows from a store file. It opens its own connection, so it
// runs on a worker thread while the window stays responsive.
class ProjectSnapshot
{
public:
    static Result<std::vector<ProjectSummary>> load(const QString &storePath);
};

} // namespace Runbench::Models
