// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"
#include "document/node.h"

#include <QString>

#include <string>

namespace Runbench::Models {

// MLRun's content hash of a function object, computed the way MLRun's API server does before
// it stores a version (reference/mlrun.md §2.1): tag and hash blanked, status and
// metadata.updated null, metadata.created dropped, then SHA-1 of json.dumps(sort_keys=True).
class FunctionHash
{
public:
    // The exact JSON text that is hashed.
    static Result<std::string> canonicalJson(const Node &function);
    // 40 lower-case hex characters.
    static Result<QString> compute(const Node &function);
};

} // namespace Runbench::Models
