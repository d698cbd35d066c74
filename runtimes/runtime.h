// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"
#include "document/node.h"
#include "spec/functionspec.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Runbench::Runtimes {

// What one process of a run needs: where its code is, how to call it and with what.
struct LaunchPlan
{
    QString uid;
    int iteration = 0;
    QString project;
    QString name;
    QString functionRef; // project/name@hash
    QString kind;
    QString mode;     // handler, script or shell
    QString codePath; // the module or script (handler, script); empty for shell
    QString handler;
    QStringList args;
    QString shellCommand; // shell mode: the command line
    Models::Node parameters = Models::Node::mapping();
    QMap<QString, QString> inputs;
    QMap<QString, QString> labels;
    QString artifactPath; // empty: <run dir>/artifacts
    QString stopCondition;
    std::optional<int> timeoutSeconds;
    QString workdir;
};

// How a runtime recognises one of its processes again, also after Runbench restarted; it is
// kept in the run's row.
struct RunHandle
{
    qint64 pid = 0;
    qint64 startTicks = 0;
};

// Where the processes of runs execute. Each process writes everything it prints, the run
// wrapper's marker lines included, into the capture file of its run folder; RunService reads
// that file into logs, results and states, so every runtime reports through one protocol.
class Runtime
{
public:
    virtual ~Runtime() = default;

    // How the function's code is called here, or a sentence saying why it cannot run here.
    virtual Models::Result<LaunchPlan> plan(const Models::FunctionSpec &function,
                                            const QString &handler) = 0;
    // Starts one process (one iteration) of a plan, capturing into runDir.
    virtual Models::Result<RunHandle> start(const LaunchPlan &plan, const QString &runDir) = 0;
    // True while that very process exists.
    virtual bool isAlive(const RunHandle &handle) const = 0;
    // For a process this runtime started: a descriptor that becomes readable when it ends
    // (the caller closes it), or -1 when the caller must poll exitCode().
    virtual int openExitDescriptor(const RunHandle &handle) const = 0;
    // For a process this runtime started: its exit code once it ended, nullopt while it runs.
    virtual std::optional<int> exitCode(const RunHandle &handle) = 0;
    // Asks the process to stop; with force, stops it now.
    virtual void stop(const RunHandle &handle, bool force) = 0;
};

} // namespace Runbench::Runtimes
