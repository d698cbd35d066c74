// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <vector>

namespace Runbench::Models {

class Node;

// One thing wrong in a function document: where (e.g. "spec.tolerations[1].operator") and a
// sentence for the user that names the offending value.
struct ValidationProblem
{
    QString path;
    QString message;
};

// Checks an MLRun function document the way MLRun and the Kubernetes API server would.
class FunctionValidator
{
public:
    // Every problem found, in document order; empty when the function is valid.
    static std::vector<ValidationProblem> validate(const Node &function);
};

} // namespace Runbench::Models
