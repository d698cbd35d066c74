// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "error.h"
#include "node.h"

#include <QCoreApplication>

#include <string>

namespace Runbench::Models {

// How JSON is laid out. The defaults reproduce Python's json.dumps(obj): ", " and ": "
// separators on one line, non-ASCII escaped.
struct JsonStyle
{
    bool sortKeys = false;
    int indent = -1; // -1: one line; otherwise spaces per level, as json.dumps(indent=N)
    bool ensureAscii = true;
};

// Writes Node trees back out: YAML that PyYAML reads to the same values, and JSON exactly as
// Python's json module would write the same object.
class DocumentWriter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentWriter)

public:
    static std::string toYaml(const Node &root);
    // Fails only when sortKeys meets keys Python cannot sort or JSON cannot hold.
    static Result<std::string> toJson(const Node &root, const JsonStyle &style = {});
};

} // namespace Runbench::Models
