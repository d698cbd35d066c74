// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "runservice.h"

#include <QObject>
#include <QString>
#include <QThread>

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

signals:
    // A run changed in the store (queued from the worker thread).
    void runUpdated(const QString &uid, int iteration);
    // The store could not be opened; following stops.
    void failed(const QString &message);

private:
    QThread m_thread;
};

} // namespace Runbench::Runtimes
