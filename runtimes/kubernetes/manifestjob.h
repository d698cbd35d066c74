// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"
#include "document/node.h"
#include "manifestpod.h"
#include "runtime.h"
#include "spec/functionspec.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace Runbench::Runtimes {

// Turns a `job` run into Kubernetes objects: per Job a ConfigMap of the same name (the run
// wrapper scripts from :/runner, the function's embedded code and the wrapper's task.json)
// and a batch/v1 Job (backoffLimit 0) whose pod runs the wrapper from that ConfigMap with
// everything the function spec says. Each hyperparameter iteration is a Job of its own
// ("<name>-<uid>-<N>", label mlrun/iteration) with its own task, so iterations are created
// and deleted one by one under the sweep's parallelism.
class JobManifestBuilder
{
    Q_DECLARE_TR_FUNCTIONS(JobManifestBuilder)

public:
    // What a ConfigMap may hold (etcd's object limit, with room for the metadata).
    static constexpr qint64 kMaxConfigMapBytes = 1000 * 1024;

    // plan comes from ManifestPlan (paths inside the pod) and carries uid, name and project.
    JobManifestBuilder(Models::FunctionSpec function, LaunchPlan plan, ManifestOptions options);

    // The Job (and ConfigMap) name of an iteration; 0 is a run without a sweep.
    QString name(int iteration = 0) const;
    // [ConfigMap, Job] for the plan's own iteration and parameters.
    Models::Result<std::vector<Models::Node>> manifests() const;
    // [ConfigMap, Job] for iteration N (>= 1) of a sweep with that iteration's parameters.
    Models::Result<std::vector<Models::Node>> iteration(int iteration,
                                                        const Models::Node &parameters) const;

    // The parts, for callers that submit them one by one.
    Models::Result<Models::Node> configMap(int iteration, const Models::Node &parameters) const;
    Models::Node job(int iteration) const;
    // The run wrapper's task for one iteration, as LocalRuntime writes it.
    Models::Node task(int iteration, const Models::Node &parameters) const;

private:
    Models::FunctionSpec m_function;
    LaunchPlan m_plan;
    ManifestOptions m_options;
};

} // namespace Runbench::Runtimes
