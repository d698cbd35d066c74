// SPDX-License-Identifier: Apache-2.0
#include "projectdocument.h"

#include "document/documentreader.h"
#include "document/documentwriter.h"

#include <QCoreApplication>

namespace Runbench::Models {

namespace {

bool isEmbedded(const Node &entry)
{
    return entry.isMapping() && entry.get("spec") && entry.get("spec")->isMapping();
}

} // namespace

Result<ProjectDocument> ProjectDocument::fromNode(Node root, const QString &source)
{
    if (!root.isMapping())
        return Error{
            ProjectDocument::tr("An MLRun project must be a mapping with kind, metadata and spec."),
            source};
    if (const Node *kind = root.get("kind"); kind && kind->text() != "project")
        return Error{ProjectDocument::tr("The file is a '%1', not an MLRun project.")
                         .arg(QString::fromStdString(kind->text())),
                     source};
    const Node *name = root.at("metadata.name");
    if (!name || !name->isString() || name->text().empty())
        return Error{ProjectDocument::tr("The project has no metadata.name."), source};
    const Node *functions = root.at("spec.functions");
    if (functions && !functions->isSequence() && !functions->isNull())
        return Error{ProjectDocument::tr("spec.functions must be a list."), source};
    ProjectDocument doc;
    doc.m_root = std::move(root);
    return doc;
}

Result<ProjectDocument> ProjectDocument::load(const QString &path)
{
    auto root = DocumentReader::readFile(path);
    if (!root)
        return root.error();
    return fromNode(std::move(*root), path);
}

ProjectDocument ProjectDocument::create(const QString &name, const QString &description)
{
    ProjectDocument doc;
    doc.m_root = Node::mapping();
    doc.m_root.insert("kind") = Node::string("project");
    doc.m_root.ensure("metadata.name") = Node::string(name.toStdString());
    doc.m_root.ensure("spec.description") = Node::string(description.toStdString());
    return doc;
}

QString ProjectDocument::name() const
{
    const Node *name = m_root.at("metadata.name");
    return name ? QString::fromStdString(name->displayText()) : QString();
}

QString ProjectDocument::description() const
{
    const Node *d = m_root.at("spec.description");
    return d ? QString::fromStdString(d->displayText()) : QString();
}

Result<std::vector<ProjectDocument::FunctionEntry>> ProjectDocument::functions() const
{
    std::vector<FunctionEntry> out;
    const Node *list = m_root.at("spec.functions");
    if (!list || !list->isSequence())
        return out;
    int index = 0;
    for (const Node &entry : list->items()) {
        const QString where = ProjectDocument::tr("spec.functions[%1]").arg(index++);
        if (!entry.isMapping())
            return Error{ProjectDocument::tr("%1 must be a mapping.").arg(where)};
        FunctionEntry e;
        if (const Node *n = entry.get("name"))
            e.name = QString::fromStdString(n->displayText());
        if (const Node *t = entry.get("tag"))
            e.tag = QString::fromStdString(t->displayText());
        if (const Node *u = entry.get("url"))
            e.url = QString::fromStdString(u->displayText());
        if (e.name.contains(QLatin1Char(':')) && e.tag.isEmpty()) {
            e.tag = e.name.section(QLatin1Char(':'), 1);
            e.name = e.name.section(QLatin1Char(':'), 0, 0);
        }
        if (isEmbedded(entry)) {
            auto function = FunctionSpec::fromNode(*entry.get("spec"), where);
            if (!function)
                return Error{where + QStringLiteral(" (") + e.name + QStringLiteral("): ") +
                             function.error().message};
            if (e.name.isEmpty())
                e.name = function->name();
            e.function = std::move(*function);
        }
        out.push_back(std::move(e));
    }
    return out;
}

Node ProjectDocument::withoutStoredFunctions(const QStringList &resolved) const
{
    Node copy = m_root;
    Node *spec = copy.get("spec");
    if (!spec || !spec->get("functions") || !spec->get("functions")->isSequence())
        return copy;
    std::erase_if(spec->get("functions")->items(), [&resolved](const Node &entry) {
        const Node *name = entry.isMapping() ? entry.get("name") : nullptr;
        return isEmbedded(entry) ||
               (name && resolved.contains(QString::fromStdString(name->displayText())));
    });
    return copy;
}

void ProjectDocument::setEmbeddedFunctions(const std::vector<FunctionSpec> &functions)
{
    m_root = withoutStoredFunctions();
    Node &list = m_root.ensure("spec.functions");
    if (!list.isSequence())
        list = Node::sequence();
    for (const FunctionSpec &function : functions) {
        Node stripped = function.root();
        stripped.remove("status");
        if (Node *metadata = stripped.get("metadata"))
            metadata->remove("hash");
        Node entry = Node::mapping();
        entry.insert("name") = Node::string(function.name().toStdString());
        entry.insert("spec") = std::move(stripped);
        list.items().push_back(std::move(entry));
    }
}

std::string ProjectDocument::toYaml() const
{
    return DocumentWriter::toYaml(m_root);
}

} // namespace Runbench::Models
