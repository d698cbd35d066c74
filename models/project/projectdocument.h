// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"
#include "document/node.h"
#include "spec/functionspec.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace Runbench::Models {

// An MLRun project object (project.yaml): its metadata and the functions it embeds or
// references. Like FunctionSpec it keeps the whole document, so unknown fields survive.
class ProjectDocument
{
    Q_DECLARE_TR_FUNCTIONS(ProjectDocument)

public:
    // One entry of spec.functions: an embedded function object or a reference by URL.
    struct FunctionEntry
    {
        QString name;
        QString tag;
        QString url;
        std::optional<FunctionSpec> function;
    };

    static Result<ProjectDocument> fromNode(Node root, const QString &source);
    static Result<ProjectDocument> load(const QString &path);
    static ProjectDocument create(const QString &name, const QString &description);

    const Node &root() const { return m_root; }
    QString name() const;
    QString description() const;
    // Every entry of spec.functions; an embedded function that is not a valid function object
    // is an Error naming the entry.
    Result<std::vector<FunctionEntry>> functions() const;
    // The document without its embedded functions and without the references named in
    // `resolved` (those that became stored versions): what a store keeps beside the versions.
    Node withoutStoredFunctions(const QStringList &resolved = {}) const;
    // Rewrites spec.functions: reference entries stay, then one embedded entry per function
    // (status and hash removed, as MLRun's export strips them).
    void setEmbeddedFunctions(const std::vector<FunctionSpec> &functions);
    std::string toYaml() const;

private:
    Node m_root;
};

} // namespace Runbench::Models
