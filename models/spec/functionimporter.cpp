// SPDX-License-Identifier: Apache-2.0
#include "functionimporter.h"

#include "document/documentwriter.h"
#include "spec/functionvalidator.h"

#include <QCoreApplication>

namespace Runbench::Models {

Result<FunctionImporter::Prepared> FunctionImporter::prepare(FunctionSpec spec,
                                                             const Request &request)
{
    const QString project = !request.project.isEmpty()  ? request.project
                            : !spec.project().isEmpty() ? spec.project()
                                                        : QStringLiteral("default");
    const QString name = request.name.isEmpty() ? spec.name() : request.name;
    if (name.isEmpty())
        return Error{QCoreApplication::translate(
                         "FunctionImporter", "The function has no metadata.name; give it a name."),
                     request.origin};
    const QString tag = !request.tag.isEmpty()  ? request.tag
                        : !spec.tag().isEmpty() ? spec.tag()
                                                : QStringLiteral("latest");
    spec.setProject(project);
    spec.setName(name);
    spec.setTag(QString());
    const auto hash = spec.hash();
    if (!hash)
        return Error{hash.error().message, request.origin};
    spec.root().ensure("metadata.hash") = Node::string(hash->toStdString());
    const auto json = DocumentWriter::toJson(spec.root(), JsonStyle{false, -1, false});
    if (!json)
        return Error{json.error().message, request.origin};
    Prepared prepared;
    prepared.version.project = project;
    prepared.version.name = name;
    prepared.version.hash = *hash;
    prepared.version.kind = spec.kind();
    prepared.version.document = QByteArray::fromStdString(*json);
    prepared.version.origin = request.origin;
    prepared.tag = tag;
    prepared.problems = int(FunctionValidator::validate(spec.root()).size());
    return prepared;
}

Result<FunctionImporter::Imported> FunctionImporter::import(FunctionSpec spec,
                                                            const Request &request,
                                                            const ProjectCheck &ensureProject)
{
    auto prepared = prepare(std::move(spec), request);
    if (!prepared)
        return prepared.error();
    if (const Status ok = ensureProject(prepared->version.project); !ok)
        return ok.error();
    auto saved = m_store.saveFunctionVersion(prepared->version, prepared->tag);
    if (!saved)
        return saved.error();
    return Imported{std::move(*saved), prepared->tag, prepared->problems};
}

} // namespace Runbench::Models
