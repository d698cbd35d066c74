// SPDX-License-Identifier: Apache-2.0
#include "projectsnapshot.h"

#include "store/store.h"

#include <QHash>

namespace Runbench::Models {

Result<std::vector<ProjectSummary>> ProjectSnapshot::load(const QString &storePath)
{
    auto store = Store::open(storePath);
    if (!store)
        return store.error();
    const auto projects = (*store)->projects();
    if (!projects)
        return projects.error();
    const auto functions = (*store)->functions(FunctionQuery{});
    if (!functions)
        return functions.error();
    const auto runCounts = (*store)->runCountsByProject();
    if (!runCounts)
        return runCounts.error();
    std::vector<ProjectSummary> out;
    QHash<QString, std::size_t> byName;
    for (const ProjectRecord &p : *projects) {
        byName.insert(p.name, out.size());
        out.push_back({p.name, p.description, {}, runCounts->value(p.name)});
    }
    for (const FunctionVersion &v : *functions) {
        const auto it = byName.constFind(v.project);
        if (it != byName.constEnd())
            out[*it].functions.push_back({v.name, v.kind, v.hash, v.tags, v.created});
    }
    return out;
}

} // namespace Runbench::Models
