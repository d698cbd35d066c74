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
    if (!m_log.isOpen()) {
        m_log.setFileName(logPath(m_runDir));
        m_times.setFileName(timesPath(m_runDir));
        if (!m_log.open(QIODevice::WriteOnly | QIODevice::Append) ||
            !m_times.open(QIODevice::WriteOnly | QIODevice::Append))
            return false;
    }
    return true;
}

qint64 CaptureReader::consume(qint64 offset, bool final, const EventHandler &onEvent)
{
    if (!openFiles() || m_capture.size() <= offset)
        return offset;
    QFile &capture = m_capture;
    QFile &log = m_log;
    QFile &times = m_times;
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
        const qint64 logStart = log.pos();
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
                    log.write(data + spanStart, pos - spanStart);
                    onEvent(*event);
                    spanStart = lineEnd;
                }
            }
            pos = lineEnd;
        }
        log.write(data + spanStart, usable - spanStart);
        const qint64 stamp[2] = {logStart, QDateTime::currentMSecsSinceEpoch()};
        times.write(reinterpret_cast<const char *>(stamp), sizeof stamp);
        offset += usable;
    }
    log.flush();
    times.flush();
    return offset;
}

} // namespace Runbench::Runtimes
