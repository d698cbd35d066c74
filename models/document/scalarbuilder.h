// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "documentreader.h"
#include "error.h"
#include "node.h"

#include <QCoreApplication>

#include <string>

namespace Runbench::Models {

// Makes scalar Nodes the way MLRun's Python reads them: PyYAML's safe constructors for YAML
// (implicit YAML 1.1 resolution of plain scalars, explicit !!tags) or Python's json for JSON.
class ScalarBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ScalarBuilder)

public:
    explicit ScalarBuilder(DocumentFormat format)
        : m_format(format)
    {}

    // `tag` as the YAML parser reports it: "?" for plain, "!" for quoted, or a full tag.
    // A failure is an Error with only a message; the caller adds where it happened.
    Result<Node> scalar(const std::string &tag, const std::string &text) const;
    // An empty value or one of YAML's null spellings.
    Result<Node> null(const std::string &tag) const;
    // True for a plain "<<", PyYAML's merge key.
    bool isMergeKey(const std::string &tag, const std::string &text) const;

private:
    Result<Node> plain(const std::string &text) const;
    Result<Node> tagged(const std::string &type, const std::string &text) const;
    Result<Node> json(const std::string &text) const;

    DocumentFormat m_format;
};

} // namespace Runbench::Models
