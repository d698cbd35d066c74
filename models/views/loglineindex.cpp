// SPDX-License-Identifier: Apache-2.0
#include "loglineindex.h"

#include <QFileInfo>

#include <algorithm>
#include <cstring>

namespace Runbench::Models {

namespace {

constexpr qint64 kScanBlock = 4 * 1024 * 1024;
constexpr qint64 kReadWindow = 256 * 1024;

QByteArray readAt(QFile &file, qint64 offset, qint64 size)
{
    if (size <= 0 || !file.seek(offset))
        return {};
    return file.read(size);
}

// Where the tail scan starts: the first line start in the last kTailBytes, or 0 for a small
// file or one whose tail is a single line.
qint64 tailStart(QFile &file, qint64 size)
{
    if (size <= 2 * LogLineIndex::kTailBytes)
        return 0;
    const qint64 from = size - LogLineIndex::kTailBytes;
    const QByteArray block = readAt(file, from - 1, LogLineIndex::kTailBytes);
    const qsizetype newline = block.indexOf('\n');
    return newline < 0 ? 0 : from + newline;
}

} // namespace

LogLineIndex::LogLineIndex(QObject *parent)
    : QObject(parent)
{}

LogLineIndex::~LogLineIndex()
{
    stopWorker();
}

void LogLineIndex::stopWorker()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_worker.joinable())
        m_worker.join();
    m_cancel.reset();
}

void LogLineIndex::close()
{
    stopWorker();
    m_reader.close();
    m_path.clear();
    m_points.clear();
    m_size = m_completeEnd = m_completeLines = 0;
    m_complete = false;
    m_refreshPending = false;
    ++m_generation;
}

void LogLineIndex::open(const QString &newPath)
{
    const QString path = newPath; // may be m_path, which close() clears
    close();
    m_path = path;
    m_points.push_back(LogCheckpoint{});
    m_reader.setFileName(path);
    emit opened();
    if (!QFileInfo::exists(path))
        return; // a run that has printed nothing yet; refresh() looks again
    if (!m_reader.open(QIODevice::ReadOnly)) {
        emit failed(tr("Cannot read the log file %1: %2").arg(path, m_reader.errorString()));
        return;
    }
    startOpenJob();
}

qint64 LogLineIndex::lineCount() const
{
    return m_completeLines + (m_size > m_completeEnd ? 1 : 0);
}

LogScan LogLineIndex::scan(QFile &file, qint64 from, qint64 line, LogCheckpoint last,
                           const std::atomic_bool &cancel, qint64 to)
{
    LogScan out;
    const qint64 end = to >= 0 ? to : file.size();
    out.completeEnd = from;
    QByteArray buffer(kScanBlock, Qt::Uninitialized);
    qint64 pos = from;
    while (pos < end) {
        if (cancel.load(std::memory_order_relaxed)) {
            out.cancelled = true;
            break;
        }
        if (!file.seek(pos))
            break;
        const qint64 got = file.read(buffer.data(), std::min(kScanBlock, end - pos));
        if (got <= 0)
            break;
        const char *data = buffer.constData();
        const char *p = data;
        const char *stop = data + got;
        while (const char *newline =
                   static_cast<const char *>(std::memchr(p, '\n', std::size_t(stop - p)))) {
            ++out.lines;
            const qint64 start = pos + (newline - data) + 1;
            const qint64 number = line + out.lines;
            if (number - last.line >= kLineStride || start - last.offset >= kByteStride) {
                last = LogCheckpoint{number, start};
                out.points.push_back(last);
            }
            out.completeEnd = start;
            p = newline + 1;
        }
        pos += got;
    }
    out.size = pos;
    return out;
}

void LogLineIndex::post(quint64 generation, std::function<void()> apply)
{
    QMetaObject::invokeMethod(
        this,
        [this, generation, apply = std::move(apply)] {
            if (generation == m_generation)
                apply();
        },
        Qt::QueuedConnection);
}

void LogLineIndex::startOpenJob()
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_worker = std::thread([this, generation = m_generation, path = m_path, cancel = m_cancel] {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const qint64 size = file.size();
            const qint64 base = tailStart(file, size);
            const LogScan tail = scan(file, base, 0, LogCheckpoint{0, base}, *cancel, size);
            if (!tail.cancelled)
                post(generation, [this, tail, base] { applyTail(tail, base); });
            const LogScan head = base > 0 && !tail.cancelled
                                     ? scan(file, 0, 0, LogCheckpoint{}, *cancel, base)
                                     : LogScan();
            if (!tail.cancelled && !head.cancelled)
                post(generation, [this, head] { applyHead(head); });
        }
        if (!cancel->load())
            post(generation, [this] { jobDone(); });
    });
}

void LogLineIndex::startAppendJob()
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_worker = std::thread([this, generation = m_generation, path = m_path, cancel = m_cancel,
                            from = m_completeEnd, line = m_completeLines, last = m_points.back()] {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const LogScan more = scan(file, from, line, last, *cancel);
            if (!more.cancelled)
                post(generation, [this, more] { applyAppend(more); });
        }
        if (!cancel->load())
            post(generation, [this] { jobDone(); });
    });
}

void LogLineIndex::applyTail(const LogScan &tail, qint64 base)
{
    m_points.assign(1, LogCheckpoint{0, base});
    m_points.insert(m_points.end(), tail.points.begin(), tail.points.end());
    m_size = tail.size;
    m_completeEnd = tail.completeEnd;
    m_completeLines = tail.lines;
    emit linesAppended();
}

void LogLineIndex::applyHead(const LogScan &head)
{
    const qint64 headLines = head.lines;
    if (headLines > 0) {
        std::vector<LogCheckpoint> points{LogCheckpoint{}};
        points.reserve(head.points.size() + m_points.size() + 1);
        points.insert(points.end(), head.points.begin(), head.points.end());
        for (const LogCheckpoint &point : m_points) {
            const LogCheckpoint shifted{point.line + headLines, point.offset};
            if (points.back().line != shifted.line)
                points.push_back(shifted);
        }
        m_points = std::move(points);
        m_completeLines += headLines;
    }
    m_complete = true;
    emit headIndexed(headLines);
}

void LogLineIndex::applyAppend(const LogScan &more)
{
    const qint64 before = lineCount();
    const qint64 sizeBefore = m_size;
    m_points.insert(m_points.end(), more.points.begin(), more.points.end());
    m_completeLines += more.lines;
    m_completeEnd = std::max(m_completeEnd, more.completeEnd);
    m_size = std::max(m_size, more.size);
    if (lineCount() != before || m_size != sizeBefore)
        emit linesAppended();
}

void LogLineIndex::jobDone()
{
    if (m_worker.joinable())
        m_worker.join();
    m_cancel.reset();
    if (std::exchange(m_refreshPending, false))
        refresh();
}

void LogLineIndex::refresh()
{
    if (m_path.isEmpty())
        return;
    if (isBusy()) {
        m_refreshPending = true;
        return;
    }
    if (!m_reader.isOpen()) {
        if (QFileInfo::exists(m_path))
            open(m_path);
        return;
    }
    const qint64 size = QFileInfo(m_path).size();
    if (size < m_size)
        open(m_path);
    else if (size > m_size)
        startAppendJob();
}

qint64 LogLineIndex::lineOffset(qint64 line) const
{
    if (line < 0 || line >= lineCount())
        return -1;
    const auto after = std::upper_bound(
        m_points.begin(), m_points.end(), line,
        [](qint64 wanted, const LogCheckpoint &point) { return wanted < point.line; });
    const LogCheckpoint &point = *std::prev(after);
    qint64 missing = line - point.line;
    qint64 pos = point.offset;
    while (missing > 0 && pos < m_size) {
        const QByteArray block = readAt(m_reader, pos, std::min(kByteStride, m_size - pos));
        if (block.isEmpty())
            return -1;
        const char *data = block.constData();
        const char *p = data;
        const char *stop = data + block.size();
        while (missing > 0) {
            const auto *newline =
                static_cast<const char *>(std::memchr(p, '\n', std::size_t(stop - p)));
            if (!newline)
                break;
            --missing;
            p = newline + 1;
        }
        pos += missing > 0 ? block.size() : p - data;
    }
    return missing == 0 ? pos : -1;
}

std::vector<LogLine> LogLineIndex::lines(qint64 first, qint64 count) const
{
    std::vector<LogLine> out;
    first = std::max<qint64>(first, 0);
    count = std::min(count, lineCount() - first);
    qint64 pos = count > 0 ? lineOffset(first) : -1;
    if (pos < 0)
        return out;
    out.reserve(std::size_t(count));
    QByteArray window;
    qint64 windowStart = 0;
    bool windowShort = false; // the file ended before the window did (it was cut meanwhile)
    while (qint64(out.size()) < count && pos < m_size) {
        const qint64 inWindow = pos - windowStart;
        const bool inside = inWindow >= 0 && inWindow < window.size();
        const char *newline =
            inside ? static_cast<const char *>(std::memchr(window.constData() + inWindow, '\n',
                                                           std::size_t(window.size() - inWindow)))
                   : nullptr;
        const bool windowReachesEnd = windowShort || windowStart + window.size() >= m_size;
        const bool longLine = inside && inWindow == 0 && window.size() >= kReadWindow;
        if (!newline && !(inside && windowReachesEnd) && !longLine) {
            const qint64 wanted = std::min(kReadWindow, m_size - pos);
            window = readAt(m_reader, pos, wanted);
            windowStart = pos;
            windowShort = window.size() < wanted;
            if (window.isEmpty())
                break;
            continue;
        }
        const qint64 end =
            newline ? windowStart + (newline - window.constData())
                    : (windowReachesEnd ? windowStart + window.size() : pos + kMaxLineBytes + 1);
        LogLine line;
        line.offset = pos;
        const qint64 length = end - pos;
        line.truncated = length > kMaxLineBytes;
        line.bytes = window.mid(inWindow, std::min(length, kMaxLineBytes));
        if (!line.truncated && line.bytes.endsWith('\r'))
            line.bytes.chop(1);
        if (newline)
            pos = end + 1;
        else if (windowReachesEnd)
            pos = windowShort ? m_size : end;
        else
            pos = lineOffset(first + qint64(out.size()) + 1);
        out.push_back(std::move(line));
        if (pos < 0)
            break;
    }
    return out;
}

} // namespace Runbench::Models
