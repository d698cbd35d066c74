// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Runbench::Models {

class Node;
class ValidationReport;

// Checks where pods may run: node name/selector, affinity, tolerations, priority, preemption.
class NodePlacementRules
{
public:
    static void checkNodeName(const Node &value, const QString &path, ValidationReport &report);
    static void checkNodeSelector(const Node &value, const QString &path, ValidationReport &report);
    static void checkAffinity(const Node &value, const QString &path, ValidationReport &report);
    static void checkTolerations(const Node &value, const QString &path, ValidationReport &report);
    static void checkPreemptionMode(const Node &value, const QString &path,
                                    ValidationReport &report);
    static void checkPriorityClassName(const Node &value, const QString &path,
                                       ValidationReport &report);
};

} // namespace Runbench::Models
