// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Runbench::Runtimes {

// A run's process on this machine, started in its own session with stdout and stderr going to
// one capture file, so it keeps running when Runbench exits. The pid and the process's start
// time together recognise it again after a restart (pids are reused).
class LocalProcess
{
public:
    struct Identity
    {
        qint64 pid = 0;
        qint64 startTicks = 0; // field 22 of /proc/<pid>/stat
    };

    static Models::Result<Identity> start(const QString &program, const QStringList &arguments,
                                          const QString &workingDirectory,
                                          const QString &capturePath);
    // True while that very process exists and is not a zombie.
    static bool isAlive(const Identity &identity);
    // For a child of this process: its exit code once it has ended (reaping it), nullopt while it
    // runs. A process killed by a signal gives 128 + the signal number, as shells report it.
    static std::optional<int> reap(qint64 pid);
    // Signals the whole process group of the run (SIGTERM asks, SIGKILL forces).
    static void signalGroup(const Identity &identity, int signal);
    static std::optional<qint64> startTicks(qint64 pid);
};

} // namespace Runbench::Runtimes
