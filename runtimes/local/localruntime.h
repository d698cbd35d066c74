// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"
#include "local/localprocess.h"
#include "runtime.h"
#include "spec/functionspec.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace Runbench::Runtimes {

// Runs functions as processes on this machine: the run wrapper (or a script, or a shell
// command) started in its own session, so it outlives Runbench. Embedded code is written once
// per distinct content; every process gets a task.json in its run folder.
class LocalRuntime final : public Runtime
{
    Q_DECLARE_TR_FUNCTIONS(LocalRuntime)

public:
    // python runs the wrapper; runsRoot holds the shared code and wrapper folders.
    LocalRuntime(QString python, QString runsRoot)
        : m_python(std::move(python))
        , m_runsRoot(std::move(runsRoot))
    {}

    // A command ending in .py is a script; any other command runs in the shell.
    Models::Result<LaunchPlan> plan(const Models::FunctionSpec &function,
                                    const QString &handler) override;
    Models::Result<RunHandle> start(const LaunchPlan &plan, const QString &runDir) override;
    bool isAlive(const RunHandle &handle) const override;
    int openExitDescriptor(const RunHandle &handle) const override;
    std::optional<int> exitCode(const RunHandle &handle) override;
    // SIGTERM to the run's process group; with force, SIGKILL.
    void stop(const RunHandle &handle, bool force) override;

private:
    // The wrapper shipped in the resources, written once per content under runsRoot.
    Models::Result<QString> installWrapper();
    static Models::Result<LocalProcess::Identity>
    startShell(const LaunchPlan &plan, const QString &workdir, const QString &capture);
    Models::Result<LocalProcess::Identity>
    startWrapper(const LaunchPlan &plan, const QString &runDir, const QString &artifacts,
                 const QString &workdir, const QString &capture);
    Models::Status writeTask(const LaunchPlan &plan, const QString &taskPath,
                             const QString &artifacts, const QString &workdir) const;

    QString m_python;
    QString m_runsRoot;
    QString m_wrapperPath;
};

} // namespace Runbench::Runtimes
