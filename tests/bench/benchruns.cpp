// SPDX-License-Identifier: Apache-2.0
// Local-run benchmarks, each measured side by side with its bare-Python baseline:
//   trivial   one run, submit to completed with results stored, vs python3 -c pass
//   sweep     a 200-iteration grid sweep with parallel_runs=2 vs xargs -P2 over the same code
//   flood     a run printing 1 GB: ingest rate and this process's peak resident memory
#include "run/runtask.h"
#include "runservice.h"
#include "spec/functionspec.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace Runbench::Models;
using namespace Runbench::Runtimes;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

FunctionSpec function(const QString &code)
{
    FunctionSpec fn = FunctionSpec::create(QStringLiteral("bench"), QStringLiteral("job"));
    fn.setSourceCode(code);
    fn.setText(FunctionSpec::TextField::DefaultHandler, QStringLiteral("main"));
    return fn;
}

// Milliseconds from submit until the run (or sweep) is finished and stored.
double runOnce(RunService &service, const FunctionSpec &fn, const RunTask &task)
{
    QEventLoop loop;
    QString uid;
    QObject::connect(&service, &RunService::runFinished, &loop, [&](const QString &finished) {
        if (finished == uid)
            loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    RunTask inProject = task;
    inProject.project = QStringLiteral("bench");
    const auto submitted = service.submit(fn, QStringLiteral("bench/bench@0"), inProject);
    if (!submitted)
        return -1;
    uid = *submitted;
    if (service.isBusy())
        loop.exec();
    return timer.nsecsElapsed() / 1e6;
}

double shellOnce(const QString &command)
{
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    p.waitForFinished(-1);
    return timer.nsecsElapsed() / 1e6;
}

int trivial(RunService &service, const QString &python)
{
    const FunctionSpec fn = function(QStringLiteral("def main(context):\n    context.log_result('ok', 1)\n"));
    std::vector<double> runs, bare;
    runOnce(service, fn, RunTask()); // warm the wrapper's bytecode cache
    for (int i = 0; i < 21; ++i) {
        runs.push_back(runOnce(service, fn, RunTask()));
        bare.push_back(shellOnce(python + QStringLiteral(" -c pass")));
    }
    std::printf("trivial run (submit to completed, results stored): median %.1f ms; python3 -c pass: median %.1f ms; "
                "ratio %.2f (goal <= 1.5)\n",
                median(runs), median(bare), median(runs) / median(bare));
    return 0;
}

int sweep(RunService &service, const QString &python, const QString &dir)
{
    const QString code = QStringLiteral("def main(context, x):\n    context.log_result('y', x * 2)\n");
    RunTask task;
    QString values = QStringLiteral("[");
    for (int i = 0; i < 200; ++i)
        values += QString::number(i) + (i < 199 ? QStringLiteral(",") : QStringLiteral("]"));
    task.hyperparams.insert("x") = RunTask::parseValue(values);
    task.options.parallelRuns = 2;
    runOnce(service, function(code), RunTask{});
    const double ours = runOnce(service, function(code), task);
    QFile script(dir + QStringLiteral("/handler.py"));
    script.open(QIODevice::WriteOnly);
    script.write("import sys\ndef main(x):\n    return x * 2\nmain(int(sys.argv[1]))\n");
    script.close();
    const double xargs = shellOnce(QStringLiteral("seq 200 | xargs -P2 -I{} %1 %2 {}").arg(python, script.fileName()));
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("200-iteration grid sweep, parallel_runs=2: %.0f ms; xargs -P2 with the same 200 Python processes: "
                "%.0f ms; ratio %.2f (goal <= 1.3); Runbench's own CPU %.0f ms\n",
                ours, xargs, ours / xargs, usage.ru_utime.tv_sec * 1e3 + usage.ru_utime.tv_usec / 1e3 + usage.ru_stime.tv_sec * 1e3 + usage.ru_stime.tv_usec / 1e3);
    return 0;
}

int flood(RunService &service)
{
    const QString code = QStringLiteral(
        "import sys\ndef main(context, megabytes: int):\n    block = ('x' * 99 + '\\n') * 10486\n"
        "    write = sys.stdout.write\n    for _ in range(megabytes):\n        write(block)\n"
        "    context.log_result('written', megabytes)\n");
    RunTask task;
    task.parameters.insert("megabytes") = Node::integer(1024);
    const double ms = runOnce(service, function(code), task);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double gigabytes = 1024.0 * 10486 * 100 / 1e9;
    std::printf("run printing %.2f GB: %.1f s, ingest %.0f MB/s (goal >= 200); Runbench peak resident memory %.1f MB "
                "(goal < 100)\n",
                gigabytes, ms / 1000, gigabytes * 1000 / (ms / 1000), usage.ru_maxrss / 1024.0);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString mode = argc > 1 ? QString::fromLatin1(argv[1]) : QString();
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("bench.db")));
    if (!store)
        return 1;
    ProjectRecord project;
    project.name = QStringLiteral("bench");
    (*store)->createProject(project);
    RunSettings settings;
    // Debian's interpreter when there is one: version-manager shims add tens of milliseconds
    // to every start and would hide Runbench's own overhead in the ratios.
    settings.python = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                        : QStandardPaths::findExecutable(QStringLiteral("python3"));
    settings.pollIntervalMs = qEnvironmentVariableIntValue("BENCH_POLL") > 0 ? qEnvironmentVariableIntValue("BENCH_POLL") : 100;
    RunService service(**store, settings);
    std::printf("(python: %s)\n", qPrintable(settings.python));
    if (mode == QLatin1String("trivial"))
        return trivial(service, settings.python);
    if (mode == QLatin1String("sweep"))
        return sweep(service, settings.python, dir.path());
    if (mode == QLatin1String("flood"))
        return flood(service);
    std::fprintf(stderr, "usage: runbench-bench-runs trivial|sweep|flood\n");
    return 2;
}
