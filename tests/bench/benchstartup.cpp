// SPDX-License-Identifier: Apache-2.0
// Start-up benchmark: wall time from starting `runbench` (GUI, offscreen) to its first painted
// main window, with a store holding 100,000 runs, against a minimal Qt Widgets window started
// the same way. Usage: runbench-bench-startup RUNBENCH MINIMAL_WINDOW
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Runbench::Models;

namespace {

constexpr int kRuns = 100000;
constexpr int kStarts = 11;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

bool seed(const QString &path)
{
    auto store = Store::open(path);
    if (!store)
        return false;
    ProjectRecord project;
    project.name = QStringLiteral("bench");
    if (!(*store)->createProject(project))
        return false;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
    std::vector<RunRecordRow> rows;
    rows.reserve(kRuns);
    const QStringList states = {QStringLiteral("completed"), QStringLiteral("error"),
                                QStringLiteral("aborted"), QStringLiteral("completed")};
    for (int i = 0; i < kRuns; ++i) {
        RunRecordRow row;
        row.uid = QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('0'));
        row.project = project.name;
        row.name = QStringLiteral("trainer-%1").arg(i % 50);
        row.function = QStringLiteral("bench/trainer@0");
        row.kind = QStringLiteral("job");
        row.state = states[i % states.size()];
        row.labels = R"({"owner":"bench"})";
        row.parameters = R"({"x":1})";
        row.results = R"({"y":2})";
        row.started = start.addSecs(i * 20);
        row.updated = row.ended = row.started.addSecs(5);
        rows.push_back(std::move(row));
    }
    return bool((*store)->saveRuns(rows));
}

// Milliseconds from start to exit of a program that quits after its first paint.
double timeStart(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return -1;
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: runbench-bench-startup RUNBENCH MINIMAL_WINDOW\n");
        return 2;
    }
    const QString runbench = QString::fromLocal8Bit(argv[1]);
    const QString minimal = QString::fromLocal8Bit(argv[2]);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("runbench.db"));
    QElapsedTimer seeding;
    seeding.start();
    if (!seed(db)) {
        std::fprintf(stderr, "could not seed the store\n");
        return 1;
    }
    std::printf("seeded %d runs in %.0f ms\n", kRuns, seeding.nsecsElapsed() / 1e6);
    const QStringList ours = {QStringLiteral("--db"), db,
                              QStringLiteral("--exit-after-first-paint")};
    timeStart(runbench, ours); // warm the page cache for both programs
    timeStart(minimal, {});
    std::vector<double> runbenchTimes, minimalTimes;
    for (int i = 0; i < kStarts; ++i) {
        runbenchTimes.push_back(timeStart(runbench, ours));
        minimalTimes.push_back(timeStart(minimal, {}));
    }
    if (std::count(runbenchTimes.begin(), runbenchTimes.end(), -1.0) ||
        std::count(minimalTimes.begin(), minimalTimes.end(), -1.0)) {
        std::fprintf(stderr, "a start failed\n");
        return 1;
    }
    const double a = median(runbenchTimes);
    const double b = median(minimalTimes);
    std::printf("start to first painted window, store with %d runs: runbench median %.0f ms; "
                "minimal Qt Widgets window median %.0f ms; ratio %.2f (goal <= 2)\n",
                kRuns, a, b, a / b);
    return 0;
}
