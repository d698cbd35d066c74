// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Runbench::Models {

class Node;
class ValidationReport;

// Checks spec.env: unique valid names, each with exactly one of value or valueFrom.
class EnvRules
{
public:
    static void check(const Node &env, const QString &path, ValidationReport &report);
};

} // namespace Runbench::Models
