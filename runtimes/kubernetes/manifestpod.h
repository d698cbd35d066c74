// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"
#include "document/node.h"
#include "manifestpreemption.h"
#include "runtime.h"
#include "spec/functionspec.h"

#include <QString>
#include <QStringList>

namespace Runbench::Runtimes {

// Where and how manifests are made: the namespace, the kubeconfig context they are meant for
// (recorded in an annotation) and the cluster's preemptible nodes.
struct ManifestOptions
{
    QString ns = QStringLiteral("default");
    QString kubeContext;
    PreemptibleNodes preemptibleNodes;
};

// Builds the parts every pod of a run shares from the function spec: metadata (mlrun/* labels,
// annotations), the container (image, env, resources, mounts, pull policy, security context)
// and the pod spec (placement with the preemption mode applied, priority class, service
// account, pull secret, volumes plus the runner ConfigMap and output emptyDir,
// restartPolicy Never). It refers to the function and plan it is given, which must outlive it.
class ManifestPod
{
public:
    static constexpr const char *kContainerName = "base";
    static constexpr const char *kRunnerVolume = "runbench-runner";
    static constexpr const char *kOutputVolume = "runbench-output";

    ManifestPod(const Models::FunctionSpec &function, const LaunchPlan &plan,
                ManifestOptions options);

    // spec.image, else spec.build.base_image, else MLRun's default image for the kind
    // (mlrun/mlrun; mlrun/ml-base for dask).
    QString image() const;
    static QString defaultImage(const QString &kind);

    // mlrun/class, mlrun/project, mlrun/function, mlrun/tag, mlrun/uid, mlrun/name (and
    // mlrun/iteration for iterations > 0) after the function's own labels, values sanitized.
    Models::Node labels(int iteration) const;
    Models::Node annotations() const;
    // {name, namespace, labels, annotations}.
    Models::Node metadata(const QString &name, int iteration) const;

    // The function's container running `command`; withRunner mounts the runner ConfigMap and
    // the output folder.
    Models::Node container(const QString &name, const QStringList &command, bool withRunner) const;
    // The command running the run wrapper on /runbench/task.json (or the shell command).
    QStringList runnerCommand() const;
    // A pod spec around the containers; withRunner adds the runner ConfigMap (configMapName)
    // and output volumes.
    Models::Node podSpec(std::vector<Models::Node> containers, const QString &configMapName,
                         bool withRunner) const;
    // nodeSelector, affinity and tolerations after the preemption mode.
    Placement placement() const;
    // The function's env for the container: injected MLRUN_DEFAULT_PROJECT first, then
    // spec.env with values as strings and secrets only as valueFrom references.
    Models::Node env() const;
    // spec.resources' limits and requests with quantities as strings.
    Models::Node resources() const;
    // spec.volumes and spec.volume_mounts as they are.
    Models::Node volumes() const;
    Models::Node volumeMounts() const;

    const Models::FunctionSpec &function() const { return m_function; }
    const LaunchPlan &plan() const { return m_plan; }
    const ManifestOptions &options() const { return m_options; }

private:
    const Models::Node *specField(std::string_view key) const;

    const Models::FunctionSpec &m_function;
    const LaunchPlan &m_plan;
    ManifestOptions m_options;
};

} // namespace Runbench::Runtimes
