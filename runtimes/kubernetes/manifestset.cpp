// SPDX-License-Identifier: Apache-2.0
#include "manifestset.h"

#include "manifestcrd.h"
#include "manifestjob.h"
#include "manifestplan.h"
#include "run/hypersweep.h"

#include <random>

namespace Runbench::Runtimes {

using namespace Models;

Result<std::vector<Node>> ManifestSet::build(const FunctionSpec &function, const RunTask &task,
                                             const QString &uid, const QString &functionRef,
                                             const ManifestOptions &options, const QString &baseDir)
{
    if (Status valid = task.validate(); !valid)
        return valid.error();
    const QString kind = function.kind();
    const bool isJob = kind == QLatin1String("job");
    if (!isJob && !CrdManifestBuilder::handles(kind))
        return Error{tr("Functions of kind %1 do not run on Kubernetes from Runbench; kinds that "
                        "do are job, mpijob, spark, dask, nuclio, remote and serving.")
                         .arg(kind)};
    if (!isJob && task.isSweep())
        return Error{
            tr("Hyperparameter sweeps run as one Job per iteration, so they need a function of "
               "kind job, not %1.")
                .arg(kind)};
    if (CrdManifestBuilder::isNuclio(kind))
        return CrdManifestBuilder(function,
                                  ManifestPlan::identity(function, task, uid, functionRef), options)
            .manifests();
    auto plan = ManifestPlan::forTask(function, task, uid, functionRef);
    if (!plan)
        return plan.error();
    if (!isJob)
        return CrdManifestBuilder(function, *plan, options).manifests();
    const JobManifestBuilder builder(function, *plan, options);
    if (!task.isSweep())
        return builder.manifests();
    std::mt19937 random(std::random_device{}());
    const auto parameters = HyperSweep::expand(task, baseDir, random);
    if (!parameters)
        return parameters.error();
    std::vector<Node> out;
    for (std::size_t i = 0; i < parameters->size(); ++i) {
        auto objects = builder.iteration(int(i) + 1, (*parameters)[i]);
        if (!objects)
            return objects.error();
        for (Node &object : *objects)
            out.push_back(std::move(object));
    }
    return out;
}

Node ManifestSet::list(std::vector<Node> items)
{
    Node list = Node::mapping();
    list.insert("apiVersion") = Node::string("v1");
    list.insert("kind") = Node::string("List");
    list.insert("metadata") = Node::mapping();
    Node &objects = list.insert("items") = Node::sequence();
    objects.items() = std::move(items);
    return list;
}

} // namespace Runbench::Runtimes
