// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "runservice.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>

namespace Runbench::Runtimes {

// Follows every unfinished run of a store from a worker thread for as long as it exists: runs
// that were in flight when Runbench last exited, and runs the command line started, are picked
// up, their logs and results moved into the store and their sweeps carried on. The window owns
// one, so nothing of this touches the GUI thread.
class RunFollower final : public QObject
{
    Q_OBJECT

public:
    explicit RunFollower(QString storePath, RunSettings settings = {}, int rescanIntervalMs = 2000,
                         QObject *parent = nullptr);
    ~RunFollower() override;

    // Starts a run on the worker thread; done(uid or error) then runs in this
    // object's thread unless context is gone by then.
    void submit(const Models::FunctionSpec &function, const QString &functionRef,
                const Models::RunTask &task, QObject *context,
                std::function<void(Models::Result<QString>)> done);
    // Aborts a run on the worker thread; done(status) then runs in this object's
    // thread unless context is gone by then.
    void abort(const QString &uid, QObject *context, std::function<void(Models::Status)> done);

signals:
    // A run changed in the store (queued from the worker thread).
    void runUpdated(const QString &uid, int iteration);
    // A run (or a whole sweep) this follower follows ended (queued from the worker thread).
    void runFinished(const QString &uid);
    // The store could not be opened; following stops.
    void failed(const QString &message);

private:
    QThread m_thread;
    QObject *m_anchor = nullptr;     // lives in the worker thread
    RunService *m_service = nullptr; // set and used in the worker thread only
};

} // namespace Runbench::Runtimes
