// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFile>
#include <QString>

namespace Runbench::Models {

// Tells when a byte of a run's log arrived, from the log's `.times` file: little-endian int64
// pairs {offset where a chunk starts, arrival in ms since the epoch}, one per chunk, in offset
// order. The file is mapped, not read, so a long run's many chunks cost no memory.
class LogTimes
{
public:
    LogTimes() = default;
    LogTimes(const LogTimes &) = delete;
    LogTimes &operator=(const LogTimes &) = delete;

    bool open(const QString &path);
    // Maps the file again when it grew. Returns whether there are times.
    bool refresh();
    void close();
    bool isEmpty() const { return m_count == 0; }

    // Arrival of the chunk holding `offset` in ms since the epoch, or -1 when unknown.
    qint64 timeAt(qint64 offset) const;

private:
    struct Record
    {
        qint64 offset;
        qint64 time;
    };
    Record record(qint64 index) const;

    QFile m_file;
    const uchar *m_data = nullptr;
    qint64 m_count = 0;
};

} // namespace Runbench::Models
