// SPDX-License-Identifier: Apache-2.0
#include "capturereader.h"

#include <QDateTime>
#include <QFile>

#include <cstring>

namespace Runbench::Runtimes {

using Models::RunEvent;

bool CaptureReader::openFiles()
{
    if (!m_capture.isOpen()) {
        m_capture.setFileName(capturePath(m_runDir));
        if (!m_capture.open(QIODevice::ReadOnly))
            return false;
    }
    return true;
}

// The log and its arrival times are made only when the run prints something: a run with no
// output costs no files.
void CaptureReader::appendLog(const char *data, qint64 size, qint64 &chunkStart)
{
    if (size <= 0)
        return;
    if (!m_log.isOpen()) {
        m_log.setFileName(logPath(m_runDir));
        m_times.setFileName(timesPath(m_runDir));
        if (!m_log.open(QIODevice::WriteOnly | QIODevice::Append) ||
            !m_times.open(QIODevice::WriteOnly | QIODevice::Append))
            return;
    }
    if (chunkStart < 0)
        chunkStart = m_log.pos();
    m_log.write(data, size);
}

qint64 CaptureReader::consume(qint64 offset, bool final, const EventHandler &onEvent)
{
    if (!openFiles() || m_capture.size() <= offset)
        return offset;
    QFile &capture = m_capture;
    QByteArray chunk(kChunkBytes, Qt::Uninitialized);
    while (capture.seek(offset)) {
        const qint64 read = capture.read(chunk.data(), kChunkBytes);
        if (read <= 0)
            break;
        const char *data = chunk.constData();
        qint64 usable = read;
        if (!(final && capture.atEnd())) {
            const void *lastNewline = memrchr(data, '\n', std::size_t(read));
            if (lastNewline)
                usable = static_cast<const char *>(lastNewline) - data + 1;
            else if (read < kChunkBytes)
                break; // a line still being written
        }
        // Write runs of user lines in one go; cut them only at event lines.
        qint64 chunkStart = -1;
        qint64 spanStart = 0;
        qint64 pos = 0;
        while (pos < usable) {
            const char *lineStart = data + pos;
            const char *newline =
                static_cast<const char *>(std::memchr(lineStart, '\n', std::size_t(usable - pos)));
            const qint64 lineEnd = newline ? (newline - data) + 1 : usable;
            const std::size_t markerSize = RunEvent::kMarker.size();
            if (std::size_t(lineEnd - pos) > markerSize &&
                std::memcmp(lineStart, RunEvent::kMarker.data(), markerSize) == 0) {
                if (const auto event = RunEvent::parse(std::string_view(
                        lineStart, std::size_t(lineEnd - pos - (newline ? 1 : 0))))) {
                    appendLog(data + spanStart, pos - spanStart, chunkStart);
                    onEvent(*event);
                    spanStart = lineEnd;
                }
            }
            pos = lineEnd;
        }
        appendLog(data + spanStart, usable - spanStart, chunkStart);
        if (chunkStart >= 0) {
            const qint64 stamp[2] = {chunkStart, QDateTime::currentMSecsSinceEpoch()};
            m_times.write(reinterpret_cast<const char *>(stamp), sizeof stamp);
        }
        offset += usable;
    }
    if (m_log.isOpen()) {
        m_log.flush();
        m_times.flush();
    }
    return offset;
}

} // namespace Runbench::Runtimes
