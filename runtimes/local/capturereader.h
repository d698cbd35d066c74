// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/runevent.h"

#include <QFile>
#include <QString>

#include <functional>
#include <vector>

namespace Runbench::Runtimes {

// Moves what a run's process wrote to its capture file into the run's log: user lines go to
// the append-only log with a record of when each chunk arrived, event lines are handed to the
// caller. It works from a byte offset, so any Runbench process can pick up where another
// stopped, and it holds at most one chunk in memory whatever the size of the output.
class CaptureReader
{
public:
    static constexpr qint64 kChunkBytes = 1 << 20;

    // Files of a run folder.
    static QString capturePath(const QString &runDir)
    {
        return runDir + QStringLiteral("/capture.out");
    }
    static QString logPath(const QString &runDir) { return runDir + QStringLiteral("/output.log"); }
    static QString timesPath(const QString &runDir)
    {
        return runDir + QStringLiteral("/output.log.times");
    }

    using EventHandler = std::function<void(const Models::RunEvent &)>;

    explicit CaptureReader(QString runDir)
        : m_runDir(std::move(runDir))
    {}

    // Reads the capture from `offset` on and returns the new offset. A final partial line is
    // left for the next call unless `final` says the process has ended. Lines longer than a
    // chunk are passed on in pieces. The files stay open between calls: opening files is slow
    // on some file systems, and a run is read many times.
    qint64 consume(qint64 offset, bool final, const EventHandler &onEvent);

private:
    bool openFiles();
    void appendLog(const char *data, qint64 size, qint64 &chunkStart);

    QString m_runDir;
    QFile m_capture;
    QFile m_log;
    QFile m_times;
};

} // namespace Runbench::Runtimes
