// SPDX-License-Identifier: Apache-2.0
#include "editorstoretasks.h"

#include "spec/functionimporter.h"

#include <algorithm>

namespace Runbench::Ui {

using namespace Models;

EditorStoreTasks::Saved EditorStoreTasks::save(const QString &storePath, FunctionSpec spec,
                                               const QString &project)
{
    Saved out;
    auto store = Store::open(storePath);
    if (!store) {
        out.error = store.error().message;
        return out;
    }
    FunctionImporter importer(**store);
    FunctionImporter::Request request;
    request.project = project;
    const auto imported =
        importer.import(std::move(spec), request, [&](const QString &name) -> Status {
            const auto existing = (*store)->project(name);
            if (!existing)
                return existing.error();
            if (*existing)
                return {};
            ProjectRecord record;
            record.name = name;
            const auto created = (*store)->createProject(record);
            return created ? Status() : Status(created.error());
        });
    if (!imported) {
        out.error = imported.error().message;
        return out;
    }
    out.project = imported->saved.version.project;
    out.name = imported->saved.version.name;
    out.hash = imported->saved.version.hash;
    out.tag = imported->tag;
    out.created = imported->saved.created;
    out.problems = imported->problems;
    return out;
}

EditorStoreTasks::Loaded EditorStoreTasks::load(const QString &storePath, const QString &project,
                                                const QString &name, const QString &tagOrHash)
{
    Loaded out;
    auto store = Store::open(storePath);
    if (!store) {
        out.error = store.error().message;
        return out;
    }
    const auto version = (*store)->function(project, name, tagOrHash);
    if (!version) {
        out.error = version.error().message;
        return out;
    }
    if (!*version) {
        out.error =
            tagOrHash.isEmpty()
                ? tr("Function %1/%2 is not in the store.").arg(project, name)
                : tr("Function %1/%2@%3 is not in the store.").arg(project, name, tagOrHash);
        return out;
    }
    const QByteArray &document = (*version)->document;
    auto spec =
        FunctionSpec::parse(std::string_view(document.constData(), std::size_t(document.size())),
                            DocumentFormat::Json, project + u'/' + name);
    if (!spec) {
        out.error = spec.error().message;
        return out;
    }
    out.spec = std::move(*spec);
    out.hash = (*version)->hash;
    return out;
}

EditorStoreTasks::History EditorStoreTasks::history(const QString &storePath,
                                                    const QString &project, const QString &name)
{
    History out;
    auto store = Store::open(storePath);
    if (!store) {
        out.error = store.error().message;
        return out;
    }
    FunctionQuery query;
    query.project = project;
    query.name = name;
    query.allVersions = true;
    query.withDocuments = true;
    auto versions = (*store)->functions(query);
    if (!versions) {
        out.error = versions.error().message;
        return out;
    }
    out.versions = std::move(*versions);
    std::stable_sort(out.versions.begin(), out.versions.end(),
                     [](const FunctionVersion &a, const FunctionVersion &b) {
                         return a.created != b.created ? a.created > b.created : a.id > b.id;
                     });
    return out;
}

} // namespace Runbench::Ui
