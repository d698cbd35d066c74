// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"
#include "document/node.h"
#include "manifestpod.h"
#include "run/runtask.h"
#include "spec/functionspec.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace Runbench::Runtimes {

// Every object a run of a function needs on a cluster, in creation order: a ConfigMap and a Job
// for a job (one pair per iteration for a sweep), a custom resource for the operator kinds.
class ManifestSet
{
    Q_DECLARE_TR_FUNCTIONS(ManifestSet)

public:
    // A param file is read relative to baseDir; random sweeps draw from a fresh seed.
    static Models::Result<std::vector<Models::Node>>
    build(const Models::FunctionSpec &function, const Models::RunTask &task, const QString &uid,
          const QString &functionRef, const ManifestOptions &options, const QString &baseDir);
    // A v1 List holding the objects, as kubectl prints and accepts several.
    static Models::Node list(std::vector<Models::Node> items);
};

} // namespace Runbench::Runtimes
