// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFile>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

namespace Runbench::Models {

// One line of a log as read from the file: where it starts and its bytes without the line end.
struct LogLine
{
    qint64 offset = 0;
    QByteArray bytes;
    bool truncated = false; // longer than LogLineIndex::kMaxLineBytes, the rest left out
};

// A known line start: line `line` begins at byte `offset`.
struct LogCheckpoint
{
    qint64 line = 0;
    qint64 offset = 0;
};

// The checkpoints found in one stretch of a log file and where the stretch's lines ended.
struct LogScan
{
    std::vector<LogCheckpoint> points;
    qint64 lines = 0;       // newlines seen up to completeEnd
    qint64 completeEnd = 0; // offset after the last newline
    qint64 size = 0;        // file size the scan went to
    bool cancelled = false;
};

// Knows where the lines of a log file start without holding them: it keeps the start of every
// 256th line (and at least one per 64 KiB) and finds the others by reading a little of the
// file. Indexing runs on a worker thread, the last megabyte first so the tail shows at once,
// then the head, then whatever refresh() finds appended. Until the head is counted, line
// numbers count from the tail's first line; headIndexed() tells when they become absolute.
class LogLineIndex : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogLineIndex)

public:
    static constexpr qint64 kLineStride = 256;
    static constexpr qint64 kByteStride = 64 * 1024;
    static constexpr qint64 kTailBytes = 1024 * 1024;
    static constexpr qint64 kMaxLineBytes = 64 * 1024;

    explicit LogLineIndex(QObject *parent = nullptr);
    ~LogLineIndex() override;

    // Starts indexing `path` from scratch. Emits opened(), then linesAppended() for the tail.
    void open(const QString &path);
    // Indexes lines appended since the last look; reindexes a file that shrank.
    void refresh();
    void close();

    QString path() const { return m_path; }
    bool isComplete() const { return m_complete; }
    bool isBusy() const { return m_worker.joinable(); }
    // Lines known so far, a final line without newline included.
    qint64 lineCount() const;
    // File size the index covers and the offset after its last newline.
    qint64 size() const { return m_size; }
    qint64 completeEnd() const { return m_completeEnd; }
    // Number of the line that starts at completeEnd() (the next line to come).
    qint64 completeLines() const { return m_completeLines; }
    // Start of `line`, or -1 when there is no such line.
    qint64 lineOffset(qint64 line) const;
    // Up to `count` lines from `first` on, read from the file.
    std::vector<LogLine> lines(qint64 first, qint64 count) const;
    // Memory the checkpoints take, for the benchmark.
    qint64 memoryBytes() const { return qint64(m_points.capacity() * sizeof(LogCheckpoint)); }

    // Scans [from, file end) of `file` where `from` starts line `line`, adding checkpoints
    // after the one at `last`. Stops early, marked cancelled, when `cancel` becomes true.
    static LogScan scan(QFile &file, qint64 from, qint64 line, LogCheckpoint last,
                        const std::atomic_bool &cancel, qint64 to = -1);

signals:
    void opened();
    // The whole file is counted: every line number grew by `headLines`.
    void headIndexed(qint64 headLines);
    void linesAppended();
    void failed(const QString &message);

private:
    void stopWorker();
    void startOpenJob();
    void startAppendJob();
    void applyTail(const LogScan &tail, qint64 base);
    void applyHead(const LogScan &head);
    void applyAppend(const LogScan &more);
    void jobDone();
    // Runs `apply` on the index's thread unless the index was reopened or closed since the job
    // of `generation` started. Called from the worker.
    void post(quint64 generation, std::function<void()> apply);

    QString m_path;
    mutable QFile m_reader;
    std::vector<LogCheckpoint> m_points;
    qint64 m_size = 0;
    qint64 m_completeEnd = 0;
    qint64 m_completeLines = 0;
    bool m_complete = false;
    bool m_refreshPending = false;
    quint64 m_generation = 0;
    std::thread m_worker;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace Runbench::Models
