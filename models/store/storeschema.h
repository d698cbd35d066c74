// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <vector>

namespace Runbench::Models {

// One step of the store schema: the SQL that takes PRAGMA user_version from version - 1 to version.
struct StoreMigration
{
    int version = 0;
    const char *sql = nullptr;
};

// Every migration step in order; the last one's version is the current schema version.
const std::vector<StoreMigration> &storeMigrations();

} // namespace Runbench::Models
