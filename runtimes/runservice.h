// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"
#include "run/runtask.h"
#include "runtime.h"
#include "spec/functionspec.h"
#include "store/store.h"

#include <QObject>
#include <QTimer>

#include <map>
#include <memory>

namespace Runbench::Runtimes {

// Where and how runs execute on this machine.
struct RunSettings
{
    QString python = QStringLiteral("python3");
    QString runsRoot;         // run folders; default: "runs" beside the store
    int abortGraceMs = 5000;  // SIGTERM, then SIGKILL after this long
    int pollIntervalMs = 100; // how often logs and foreign processes are looked at
};

// Turns (function, task) into runs on a Runtime (this machine for now) and keeps the store up to
// date with them: expands sweeps into iterations and runs them with the requested parallelism,
// moves each process's output into its log and its events into results, artifacts and states,
// aborts, and picks up runs that were in flight when a Runbench process ended. Runs are processes
// of their own, so they outlive the Runbench process that started them.
class RunService final : public QObject
{
    Q_OBJECT

public:
    RunService(Models::Store &store, RunSettings settings, QObject *parent = nullptr);
    ~RunService() override;

    static QString defaultRunsRoot(const QString &storePath);

    // Starts a run and returns its uid. A run that cannot start is still recorded, in state
    // error with the reason, and its uid returned; only bad tasks are refused outright.
    Models::Result<QString> submit(const Models::FunctionSpec &function, const QString &functionRef,
                                   const Models::RunTask &task);
    // SIGTERM to every live process of the run, SIGKILL after the grace period; state aborted.
    Models::Status abort(const QString &uid);
    // Takes over every unfinished run no other Runbench process is following: ended processes
    // are read to the end and closed; with followLive, live ones are followed from here on.
    void reattach(bool followLive);
    // True while this service follows any process or sweep.
    bool isBusy() const;

signals:
    void runUpdated(const QString &uid, int iteration);
    void runFinished(const QString &uid);

private:
    struct Process;
    struct Sweep;
    using Key = std::pair<QString, int>;

    Models::Status startIteration(const LaunchPlan &base, const QString &uid, int iteration,
                                  const Models::Node &parameters);
    void follow(std::unique_ptr<Process> process);
    void poll();
    void drain(Process &process, bool final);
    void finish(const Key &key, std::optional<int> exitCode);
    // Starts iterations up to the sweep's parallelism, then closes it if nothing is left.
    void advance(Sweep &sweep);
    void startIterations(Sweep &sweep);
    void closeIfDone(Sweep &sweep);
    void closeSweep(Sweep &sweep);
    Models::Status recordFailure(const QString &uid, int iteration, const QString &message);
    void resumeSweep(const Models::RunRecordRow &parent, bool followLive);

    // The runtime for a function kind, or why none can run it.
    Models::Result<Runtime *> runtimeFor(const QString &kind);

    Models::Store &m_store;
    RunSettings m_settings;
    std::unique_ptr<Runtime> m_local;
    std::map<Key, std::unique_ptr<Process>> m_processes;
    std::map<QString, std::unique_ptr<Sweep>> m_sweeps;
    QTimer m_poll;
};

} // namespace Runbench::Runtimes
