// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"
#include "run/runtask.h"
#include "runtime.h"
#include "spec/functionspec.h"

#include <QCoreApplication>
#include <QString>

namespace Runbench::Runtimes {

// Plans a run for a pod: the same LaunchPlan the local runtime makes, but with the paths the
// run wrapper sees inside the container (code and task from the mounted ConfigMap under
// kRunnerDir, a writable emptyDir under kOutputDir). Writes no files.
class ManifestPlan
{
    Q_DECLARE_TR_FUNCTIONS(ManifestPlan)

public:
    static constexpr const char *kRunnerDir = "/runbench";
    static constexpr const char *kOutputDir = "/runbench-output";

    // How the function's code is called in the pod, or why it cannot be.
    static Models::Result<LaunchPlan> plan(const Models::FunctionSpec &function,
                                           const QString &handler);
    // plan() completed with the run's identity, as RunService completes it: uid, project (the
    // task's, else the function's, else "default"), run name (the task's, else
    // function[-handler]), inputs, labels (the task's plus kind), output path and timeout.
    static Models::Result<LaunchPlan> forTask(const Models::FunctionSpec &function,
                                              const Models::RunTask &task, const QString &uid,
                                              const QString &functionRef);
    // Only the run's identity (uid, project, name, labels, ...), for the nuclio kinds whose
    // code the platform calls, so there is nothing for the wrapper to plan.
    static LaunchPlan identity(const Models::FunctionSpec &function, const Models::RunTask &task,
                               const QString &uid, const QString &functionRef);
    // The ConfigMap key of the function's embedded code ("<origin file stem>.py").
    static QString codeKey(const Models::FunctionSpec &function);
};

} // namespace Runbench::Runtimes
