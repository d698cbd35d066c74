// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Runbench::Models {

class Node;
class ValidationReport;

// Checks a resources mapping ({limits: {cpu, memory, <gpu type>}, requests: {cpu, memory}}).
class ResourceRules
{
public:
    // `owner` starts the field names in messages, e.g. "Worker" gives "Worker CPU limit";
    // empty for spec.resources.
    static void check(const Node &resources, const QString &path, const QString &owner,
                      ValidationReport &report);
};

} // namespace Runbench::Models
