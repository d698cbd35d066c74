// SPDX-License-Identifier: Apache-2.0
#include "capturereader.h"

#include <QDateTime>
#include <QFile>

#include <cstring>

namespace Runbench::Runtimes {

using Models::RunEvent;

qint64 CaptureReader::consume(const QString &runDir, qint64 offset, bool final,
                              const EventHandler &onEvent)
{
    QFile capture(capturePath(runDir));
    if (!capture.open(QIODevice::ReadOnly) || capture.size() <= offset)
        return offset;
    QFile log(logPath(runDir));
    QFile times(timesPath(runDir));
    if (!log.open(QIODevice::WriteOnly | QIODevice::Append) ||
        !times.open(QIODevice::WriteOnly | QIODevice::Append))
        return offset;
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
    return offset;
}

} // namespace Runbench::Runtimes
