// SPDX-License-Identifier: Apache-2.0
// Log view on a 1 GB log (offscreen): time from openFile to the tail painted, to the whole
// file indexed, a full-text search count (plain, any case, regex), and this process's peak
// resident memory. The log is written to a temporary folder and removed afterwards.
#include "logview/logtextarea.h"
#include "logview/logview.h"
#include "views/loglineindex.h"
#include "views/logsearch.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cstdio>

using namespace Runbench::Models;
using Runbench::Ui::LogView;

namespace {

constexpr qint64 kLogBytes = 1024LL * 1024 * 1024;
constexpr int kErrorEvery = 1000;

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// About 100-byte lines, one in kErrorEvery an error, written as a repeated 1 MiB block.
qint64 writeLog(const QString &path, qint64 &lines, qint64 &errors)
{
    QByteArray block;
    qint64 blockLines = 0;
    qint64 blockErrors = 0;
    while (block.size() < 1024 * 1024 - 200) {
        const bool error = blockLines % kErrorEvery == 7;
        block += "2026-11-23 22:00:00.123 " + QByteArray(error ? "ERROR" : "INFO ") +
                 " step=" + QByteArray::number(blockLines).rightJustified(6, '0') +
                 " loss=0.1234 \x1b[32maccuracy=0.9876\x1b[0m epoch=3 batch=128 lr=0.001\n";
        ++blockLines;
        blockErrors += error ? 1 : 0;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    lines = errors = 0;
    while (file.size() + block.size() <= kLogBytes) {
        file.write(block);
        lines += blockLines;
        errors += blockErrors;
    }
    file.write("the last line\n");
    ++lines;
    return file.size();
}

double searchMs(const QString &path, const LogSearchQuery &query, qint64 &count)
{
    QElapsedTimer timer;
    timer.start();
    const std::atomic_bool cancel{false};
    count = LogSearcher::search(path, LogMatcher(query), 0, 0, cancel).matchCount;
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("output.log"));
    qint64 lines = 0;
    qint64 errors = 0;
    QElapsedTimer timer;
    timer.start();
    const qint64 size = writeLog(path, lines, errors);
    if (size < kLogBytes / 2) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        return 1;
    }
    std::printf("logview: wrote %.0f MB, %lld lines in %.0f ms (page cache warm)\n", size / 1e6,
                lines, timer.nsecsElapsed() / 1e6);
    const long rssBefore = peakRssKb();

    LogView view;
    view.resize(1000, 700);
    view.show();
    QSignalSpy complete(view.lineIndex(), &LogLineIndex::headIndexed);
    timer.restart();
    view.openFile(path);
    while (view.textArea()->visibleLines().value(view.textArea()->visibleLines().size() - 1) !=
           QStringLiteral("the last line"))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    view.textArea()->viewport()->repaint();
    const double tailMs = timer.nsecsElapsed() / 1e6;
    if (complete.isEmpty() && !complete.wait(60000))
        return 1;
    const double indexMs = timer.nsecsElapsed() / 1e6;

    timer.restart();
    view.textArea()->scrollToLine(lines / 2);
    view.textArea()->viewport()->repaint();
    const double jumpMs = timer.nsecsElapsed() / 1e6;

    QSignalSpy searched(&view, &LogView::searchFinished);
    timer.restart();
    view.find(LogSearchQuery{QStringLiteral("error"), false, false});
    if (!searched.wait(60000))
        return 1;
    const double viewSearchMs = timer.nsecsElapsed() / 1e6;
    const qint64 viewMatches = view.matchCount();
    timer.restart();
    view.findNext();
    view.textArea()->viewport()->repaint();
    const double nextMs = timer.nsecsElapsed() / 1e6;

    qint64 exact = 0;
    qint64 anyCase = 0;
    qint64 regex = 0;
    const double exactMs = searchMs(path, LogSearchQuery{QStringLiteral("ERROR"), true}, exact);
    const double anyCaseMs = searchMs(path, LogSearchQuery{QStringLiteral("error")}, anyCase);
    const double regexMs =
        searchMs(path, LogSearchQuery{QStringLiteral("ERROR +step=\\d+7 "), true, true}, regex);

    const long rssBeforeDense = peakRssKb();
    timer.restart();
    view.find(LogSearchQuery{QStringLiteral("INFO"), true, false});
    if (!searched.wait(60000))
        return 1;
    const double denseMs = timer.nsecsElapsed() / 1e6;
    const qint64 denseMatches = view.matchCount();

    std::printf("logview: tail painted %.0f ms after openFile (goal < 1000 ms)\n", tailMs);
    std::printf("logview: whole file indexed %.0f ms, %lld lines, index %lld KB\n", indexMs,
                view.lineIndex()->lineCount(), view.lineIndex()->memoryBytes() / 1024);
    std::printf("logview: jump to the middle and paint %.1f ms\n", jumpMs);
    std::printf("logview: search from the find bar %.0f ms, %lld matches of %lld expected"
                " (goal < 3000 ms); to first match %.1f ms\n",
                viewSearchMs, viewMatches, errors, nextMs);
    std::printf("logview: search count plain exact case %.0f ms (%lld), any case %.0f ms (%lld),"
                " regex %.0f ms (%lld)\n",
                exactMs, exact, anyCaseMs, anyCase, regexMs, regex);
    std::printf("logview: search matching nearly every line %.0f ms, %lld matches (the first"
                " %zu kept for next/previous)\n",
                denseMs, denseMatches, LogSearchResult::kMaxStoredMatches);
    std::printf("logview: peak RSS %.1f MB (%.1f MB before opening the log, %.1f MB before the"
                " dense search; goal < 200 MB)\n",
                peakRssKb() / 1024.0, rssBefore / 1024.0, rssBeforeDense / 1024.0);
    return viewMatches == errors ? 0 : 1;
}
