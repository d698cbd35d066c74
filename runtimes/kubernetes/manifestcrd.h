// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"
#include "document/node.h"
#include "manifestpod.h"
#include "runtime.h"
#include "spec/functionspec.h"

#include <QString>

#include <vector>

namespace Runbench::Runtimes {

// Custom resources for the kinds that need an operator (reference/kubernetes.md §5): mpijob
// becomes a kubeflow.org/v2beta1 MPIJob, spark a sparkoperator.k8s.io/v1beta2
// SparkApplication, dask a kubernetes.dask.org/v1 DaskJob (or DaskCluster), and nuclio, remote
// and serving a nuclio.io/v1beta1 NuclioFunction. Pods that run the wrapper mount the same
// runner ConfigMap a Job gets.
class CrdManifestBuilder
{
public:
    CrdManifestBuilder(Models::FunctionSpec function, LaunchPlan plan, ManifestOptions options);

    // True for the kinds this builder knows.
    static bool handles(const QString &kind);
    // True for nuclio, nuclio:<subkind>, remote and serving.
    static bool isNuclio(const QString &kind);
    // The objects to create for the function's kind, ConfigMap first where there is one.
    Models::Result<std::vector<Models::Node>> manifests() const;

    QString name() const;
    // Launcher runs mpirun over the wrapper; spec.replicas workers (default 1).
    Models::Node mpiJob() const;
    // Python application whose driver runs the wrapper; executors from spec.replicas.
    Models::Node sparkApplication() const;
    // Scheduler and spec.replicas workers (default 1) of the given cluster name.
    Models::Node daskClusterSpec(const QString &clusterName) const;
    Models::Node daskCluster() const;
    // A runner pod running the wrapper against a cluster made for it.
    Models::Node daskJob() const;
    // The function deployed from its embedded code (spec.build, else the nuclio base_spec's);
    // the controller expects a prebuilt image.
    Models::Node nuclioFunction() const;

private:
    Models::Node objectHead(const char *apiVersion, const char *kind, const QString &name) const;
    Models::Node podTemplate(Models::Node container, bool withRunner) const;

    Models::FunctionSpec m_function;
    LaunchPlan m_plan;
    ManifestOptions m_options;
};

} // namespace Runbench::Runtimes
