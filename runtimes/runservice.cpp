// SPDX-License-Identifier: Apache-2.0
#include "runservice.h"

#include "document/documentreader.h"
#include "document/storedjson.h"
#include "local/capturereader.h"
#include "local/localruntime.h"
#include "run/hypersweep.h"
#include "runtimekinds.h"
#include "spec/functionref.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QSysInfo>
#include <QUuid>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace Runbench::Runtimes {

using namespace Models;

namespace {

const QStringList kActiveStates = {QStringLiteral("created"), QStringLiteral("pending"),
                                   QStringLiteral("running")};

bool isFinal(const QString &state)
{
    return !kActiveStates.contains(state);
}

Node labelsNode(const QMap<QString, QString> &labels)
{
    Node node = Node::mapping();
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        node.insert(it.key().toStdString()) = Node::string(it.value().toStdString());
    return node;
}

QString iterationDir(const QString &runsRoot, const QString &uid, int iteration)
{
    const QString base = runsRoot + QLatin1Char('/') + uid;
    return iteration == 0 ? base : base + QLatin1Char('/') + QString::number(iteration);
}

// An exclusive lock on the run folder: only its holder moves the capture into the log and
// the store, so two Runbench processes never both do.
int takeReceiverLock(const QString &runDir)
{
    const QByteArray path = QFile::encodeName(runDir + QStringLiteral("/receiver.lock"));
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return -1;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

QString runName(const FunctionSpec &function, const RunTask &task, const QString &handler)
{
    if (!task.name.isEmpty())
        return task.name;
    QString name = function.name();
    if (!handler.isEmpty())
        name += QLatin1Char('-') + handler.section(QLatin1Char('.'), -1)
                                       .toLower()
                                       .replace(QLatin1Char('_'), QLatin1Char('-'));
    return name;
}

} // namespace

// One process of a run (one iteration) followed by this service.
struct RunService::Process
{
    QString uid;
    int iteration = 0;
    QString runDir;
    Runtime *runtime = nullptr;
    RunHandle handle;
    bool ownChild = false;
    qint64 offset = 0;
    int lockFd = -1;
    int pidFd = -1;
    std::unique_ptr<CaptureReader> reader;
    std::unique_ptr<QSocketNotifier> exitWatch;
    Node results = Node::mapping();
    QMap<QString, QString> labels;
    std::optional<RunEvent> end;
    QString error;
    bool stopConditionMet = false;
    qint64 killAt = 0; // ms since epoch; 0 = not aborting

    // A run a Runbench process started earlier, picked up from its stored row.
    static std::unique_ptr<Process> resumed(const RunRecordRow &row, Runtime *runtime, int lockFd)
    {
        auto process = std::make_unique<Process>();
        process->runtime = runtime;
        process->uid = row.uid;
        process->iteration = row.iteration;
        process->runDir = row.runDir;
        process->handle = {row.pid, row.pidStart};
        process->offset = row.logOffset;
        process->lockFd = lockFd;
        process->results = StoredJson::read(row.results);
        return process;
    }

    ~Process()
    {
        if (pidFd >= 0)
            ::close(pidFd);
        if (lockFd >= 0)
            ::close(lockFd);
    }
};

// A sweep (iteration 0 and its children) this service schedules.
struct RunService::Sweep
{
    QString uid;
    RunTask task;
    LaunchPlan base;
    std::vector<Node> parameters; // of every child, iteration = index + 1
    std::size_t next = 0;
    int running = 0;
    int errors = 0;
    bool stopped = false;
    std::vector<HyperSweep::Child> done;
};

RunService::RunService(Store &store, RunSettings settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(std::move(settings))
{
    if (m_settings.runsRoot.isEmpty())
        m_settings.runsRoot = defaultRunsRoot(m_store.path());
    m_local = std::make_unique<LocalRuntime>(m_settings.python, m_settings.runsRoot);
    m_poll.setInterval(m_settings.pollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &RunService::poll);
}

RunService::~RunService() = default;

QString RunService::defaultRunsRoot(const QString &storePath)
{
    return QFileInfo(storePath).absolutePath() + QStringLiteral("/runs");
}

bool RunService::isBusy() const
{
    return !m_processes.empty() || !m_sweeps.empty();
}

Result<QString> RunService::submit(const FunctionSpec &function, const QString &functionRef,
                                   const RunTask &task)
{
    if (Status valid = task.validate(); !valid)
        return valid.error();
    const auto runtime = runtimeFor(function.kind());
    if (!runtime)
        return runtime.error();
    const QString uid = QUuid::createUuid().toString(QUuid::Id128);
    const QString runDir = iterationDir(m_settings.runsRoot, uid, 0);
    auto plan = (*runtime)->plan(function, task.handler);

    RunRecordRow parent;
    parent.uid = uid;
    parent.project = !task.project.isEmpty()         ? task.project
                     : !function.project().isEmpty() ? function.project()
                                                     : QStringLiteral("default");
    parent.name = runName(function, task, plan ? plan->handler : task.handler);
    parent.function = functionRef;
    parent.kind = function.kind();
    parent.handler = plan ? plan->handler : task.handler;
    parent.state = QStringLiteral("running");
    QMap<QString, QString> labels = task.labels;
    labels.insert(QStringLiteral("kind"), function.kind());
    labels.insert(QStringLiteral("owner"), qEnvironmentVariable("USER", QStringLiteral("unknown")));
    labels.insert(QStringLiteral("host"), QSysInfo::machineHostName());
    parent.labels = StoredJson::write(labelsNode(labels));
    parent.parameters = StoredJson::write(task.parameters);
    parent.task = StoredJson::write(task.toNode());
    parent.started = parent.updated = QDateTime::currentDateTimeUtc();
    parent.runDir = runDir;
    if (Status saved = m_store.saveRun(parent); !saved)
        return saved.error();
    if (!plan) {
        recordFailure(uid, 0, plan.error().message);
        return uid;
    }
    plan->uid = uid;
    plan->functionRef = functionRef;
    plan->kind = parent.kind;
    plan->project = parent.project;
    plan->name = parent.name;
    plan->inputs = task.inputs;
    plan->labels = labels;
    plan->artifactPath = task.outputPath;
    plan->timeoutSeconds = task.timeoutSeconds;

    if (!task.isSweep()) {
        if (Status started = startIteration(*plan, uid, 0, task.parameters); !started)
            recordFailure(uid, 0, started.error().message);
        return uid;
    }
    std::mt19937 random(std::random_device{}());
    auto parameters = HyperSweep::expand(task, QDir::currentPath(), random);
    if (!parameters) {
        recordFailure(uid, 0, parameters.error().message);
        return uid;
    }
    auto sweep = std::make_unique<Sweep>();
    sweep->uid = uid;
    sweep->task = task;
    sweep->base = *plan;
    sweep->base.stopCondition = task.options.stopCondition;
    sweep->parameters = std::move(*parameters);
    Sweep &ref = *sweep;
    m_sweeps[uid] = std::move(sweep);
    advance(ref);
    return uid;
}

Status RunService::startIteration(const LaunchPlan &base, const QString &uid, int iteration,
                                  const Node &parameters)
{
    LaunchPlan plan = base;
    plan.iteration = iteration;
    plan.parameters = parameters;
    const QString runDir = iterationDir(m_settings.runsRoot, uid, iteration);
    if (!QDir().mkdir(runDir) && !QDir().mkpath(runDir))
        return Error{tr("Cannot create the run folder %1.").arg(runDir)};
    const int lock = takeReceiverLock(runDir);
    const auto runtime = runtimeFor(plan.kind);
    const auto handle =
        runtime ? (*runtime)->start(plan, runDir) : Result<RunHandle>(runtime.error());
    if (!handle) {
        if (lock >= 0)
            ::close(lock);
        return handle.error();
    }
    Status recorded;
    if (iteration == 0) {
        const auto updated = m_store.updateRun(uid, 0, [&](RunRecordRow &row) {
            row.pid = handle->pid;
            row.pidStart = handle->startTicks;
            row.updated = QDateTime::currentDateTimeUtc();
            return true;
        });
        recorded = updated ? Status() : Status(updated.error());
    } else {
        RunRecordRow child;
        child.uid = uid;
        child.iteration = iteration;
        child.project = plan.project;
        child.name = plan.name;
        child.function = plan.functionRef;
        child.kind = plan.kind;
        child.handler = plan.handler;
        child.state = QStringLiteral("running");
        child.parameters = StoredJson::write(parameters);
        child.labels = StoredJson::write(labelsNode(plan.labels));
        child.started = child.updated = QDateTime::currentDateTimeUtc();
        child.runDir = runDir;
        child.pid = handle->pid;
        child.pidStart = handle->startTicks;
        recorded = m_store.saveRun(child);
    }
    auto process = std::make_unique<Process>();
    process->uid = uid;
    process->iteration = iteration;
    process->runDir = runDir;
    process->runtime = *runtime;
    process->handle = *handle;
    process->ownChild = true;
    process->lockFd = lock;
    follow(std::move(process));
    return recorded;
}

void RunService::follow(std::unique_ptr<Process> process)
{
    const Key key{process->uid, process->iteration};
    if (process->ownChild) {
        process->pidFd = process->runtime->openExitDescriptor(process->handle);
        if (process->pidFd >= 0) {
            process->exitWatch =
                std::make_unique<QSocketNotifier>(process->pidFd, QSocketNotifier::Read);
            connect(process->exitWatch.get(), &QSocketNotifier::activated, this, [this, key] {
                const auto it = m_processes.find(key);
                if (it == m_processes.end())
                    return;
                it->second->exitWatch->setEnabled(false);
                finish(key, it->second->runtime->exitCode(it->second->handle));
            });
        }
    }
    m_processes[key] = std::move(process);
    if (!m_poll.isActive())
        m_poll.start();
}

void RunService::drain(Process &process, bool final)
{
    bool changed = false;
    const qint64 before = process.offset;
    if (!process.reader)
        process.reader = std::make_unique<CaptureReader>(process.runDir);
    process.offset = process.reader->consume(process.offset, final, [&](const RunEvent &event) {
        switch (event.type) {
        case RunEvent::Type::Result:
            process.results.insert(event.key.toStdString()) = event.value;
            changed = true;
            break;
        case RunEvent::Type::Label:
            process.labels.insert(event.key, QString::fromStdString(event.value.displayText()));
            changed = true;
            break;
        case RunEvent::Type::Artifact:
            m_store.saveArtifact({process.uid, process.iteration, event.key, event.path, event.kind,
                                  event.size, event.hash});
            break;
        case RunEvent::Type::Error:
            process.error = event.message;
            if (!event.traceback.isEmpty())
                process.error += QLatin1Char('\n') + event.traceback.join(QLatin1Char('\n'));
            break;
        case RunEvent::Type::StopCondition:
            process.stopConditionMet = event.met;
            break;
        case RunEvent::Type::End:
            process.end = event;
            break;
        case RunEvent::Type::Started:
            break;
        }
    });
    if ((!changed && process.offset == before) || final)
        return; // finish() stores everything at once
    m_store.updateRun(process.uid, process.iteration, [&](RunRecordRow &row) {
        row.logOffset = process.offset;
        row.updated = QDateTime::currentDateTimeUtc();
        if (changed) {
            row.results = StoredJson::write(process.results);
            Node labels = StoredJson::read(row.labels);
            for (auto it = process.labels.cbegin(); it != process.labels.cend(); ++it)
                labels.insert(it.key().toStdString()) = Node::string(it.value().toStdString());
            row.labels = StoredJson::write(labels);
        }
        return true;
    });
    emit runUpdated(process.uid, process.iteration);
}

void RunService::poll()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::vector<std::pair<Key, std::optional<int>>> ended;
    for (auto &[key, process] : m_processes) {
        drain(*process, false);
        if (process->killAt && now >= process->killAt) {
            process->runtime->stop(process->handle, true);
            process->killAt = 0;
        }
        if (process->ownChild && process->pidFd < 0) {
            if (const auto code = process->runtime->exitCode(process->handle))
                ended.emplace_back(key, code);
        } else if (!process->ownChild &&
                   (process->end || !process->runtime->isAlive(process->handle))) {
            // The end event is the last thing a run writes, so it is over even if not yet gone.
            ended.emplace_back(key, std::nullopt);
        }
    }
    for (const auto &[key, code] : ended)
        finish(key, code);
    if (m_processes.empty())
        m_poll.stop();
}

void RunService::finish(const Key &key, std::optional<int> exitCode)
{
    const auto it = m_processes.find(key);
    if (it == m_processes.end())
        return;
    std::unique_ptr<Process> process = std::move(it->second);
    m_processes.erase(it);
    drain(*process, true);
    QString state;
    QString error = process->error;
    if (process->end) {
        state = process->end->state;
        if (!exitCode && process->end->exitCode)
            exitCode = process->end->exitCode;
    } else if (exitCode == 0) {
        state = QStringLiteral("completed");
    } else {
        state = QStringLiteral("error");
        if (error.isEmpty()) {
            error =
                exitCode && *exitCode >= 0
                    ? tr("The run's process ended with exit code %1 without reporting an outcome.")
                          .arg(*exitCode)
                    : tr("The run's process is gone and did not report an outcome (was it "
                         "killed?).");
        }
    }
    if (exitCode && *exitCode < 0)
        exitCode.reset();
    // A sweep's next iteration starts before this one's row is written, so Python starts up
    // while the store is busy.
    const auto sweepIt = m_sweeps.find(process->uid);
    Sweep *sweep =
        process->iteration > 0 && sweepIt != m_sweeps.end() ? sweepIt->second.get() : nullptr;
    if (sweep) {
        --sweep->running;
        sweep->errors += state == QLatin1String("completed") ? 0 : 1;
        sweep->stopped = sweep->stopped || process->stopConditionMet ||
                         sweep->errors > sweep->task.options.maxErrors.value_or(3);
        startIterations(*sweep);
    }
    const auto row = m_store.updateRun(process->uid, process->iteration, [&](RunRecordRow &r) {
        if (!isFinal(r.state)) {
            r.state = state;
            r.error = state == QLatin1String("completed") ? QString() : error;
        }
        r.exitCode = exitCode;
        r.ended = r.updated = QDateTime::currentDateTimeUtc();
        r.pid = 0;
        r.logOffset = process->offset;
        r.results = StoredJson::write(process->results);
        if (!process->labels.isEmpty()) {
            Node labels = StoredJson::read(r.labels);
            for (auto it = process->labels.cbegin(); it != process->labels.cend(); ++it)
                labels.insert(it.key().toStdString()) = Node::string(it.value().toStdString());
            r.labels = StoredJson::write(labels);
        }
        return true;
    });
    process->reader.reset();
    QFile::remove(CaptureReader::capturePath(process->runDir));
    emit runUpdated(process->uid, process->iteration);
    if (sweep) {
        sweep->done.push_back({process->iteration,
                               row ? StoredJson::read(row->parameters) : Node::mapping(),
                               process->results, row ? row->state : state});
        closeIfDone(*sweep);
    } else if (process->iteration == 0) {
        emit runFinished(process->uid);
    }
}

void RunService::advance(Sweep &sweep)
{
    startIterations(sweep);
    closeIfDone(sweep);
}

void RunService::startIterations(Sweep &sweep)
{
    const int parallel = std::max(1, sweep.task.options.parallelRuns);
    while (!sweep.stopped && sweep.running < parallel && sweep.next < sweep.parameters.size()) {
        const int iteration = int(sweep.next) + 1;
        const Node parameters = sweep.parameters[sweep.next++];
        if (Status started = startIteration(sweep.base, sweep.uid, iteration, parameters);
            !started) {
            recordFailure(sweep.uid, iteration, started.error().message);
            ++sweep.errors;
            sweep.done.push_back({iteration, parameters, Node::mapping(), QStringLiteral("error")});
            sweep.stopped = sweep.errors > sweep.task.options.maxErrors.value_or(3);
            continue;
        }
        ++sweep.running;
    }
}

void RunService::closeIfDone(Sweep &sweep)
{
    if (sweep.running == 0 && (sweep.stopped || sweep.next >= sweep.parameters.size()))
        closeSweep(sweep);
}

void RunService::closeSweep(Sweep &sweep)
{
    const QString uid = sweep.uid;
    std::sort(sweep.done.begin(), sweep.done.end(),
              [](const auto &a, const auto &b) { return a.iteration < b.iteration; });
    const int failed = int(std::count_if(sweep.done.begin(), sweep.done.end(), [](const auto &c) {
        return c.state != QLatin1String("completed");
    }));
    Node results = Node::mapping();
    QString note;
    if (!sweep.task.options.selector.isEmpty()) {
        const auto selector = HyperSweep::Selector::parse(sweep.task.options.selector);
        const auto best = selector ? HyperSweep::best(sweep.done, *selector) : std::nullopt;
        if (best) {
            results.insert("best_iteration") = Node::integer(*best);
            for (const auto &child : sweep.done) {
                if (child.iteration == *best && child.results.isMapping()) {
                    for (const auto &m : child.results.members())
                        results.insert(m.key.text()) = m.value;
                }
            }
        } else {
            note = tr("No best iteration was selected; check the selector (%1) or the results.")
                       .arg(sweep.task.options.selector);
        }
    }
    const Node table = HyperSweep::iterationTable(sweep.done);
    m_store.updateRun(uid, 0, [&](RunRecordRow &row) {
        if (!isFinal(row.state)) {
            row.state = failed ? QStringLiteral("error") : QStringLiteral("completed");
            row.error = failed ? tr("%1 of %2 iterations failed; see their logs.")
                                     .arg(failed)
                                     .arg(sweep.done.size())
                               : note;
        }
        row.results = StoredJson::write(results);
        row.iterations = StoredJson::write(table);
        row.ended = row.updated = QDateTime::currentDateTimeUtc();
        return true;
    });
    m_sweeps.erase(uid);
    emit runUpdated(uid, 0);
    emit runFinished(uid);
}

Status RunService::recordFailure(const QString &uid, int iteration, const QString &message)
{
    const auto row = m_store.updateRun(uid, iteration, [&](RunRecordRow &r) {
        r.state = QStringLiteral("error");
        r.error = message;
        r.ended = r.updated = QDateTime::currentDateTimeUtc();
        return true;
    });
    emit runUpdated(uid, iteration);
    if (iteration == 0)
        emit runFinished(uid);
    return row ? Status() : Status(row.error());
}

Status RunService::abort(const QString &uid)
{
    RunQuery query;
    query.uid = uid;
    query.withIterations = true;
    const auto rows = m_store.runs(query);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return Error{tr("No run has the uid %1.").arg(uid)};
    if (const auto sweep = m_sweeps.find(uid); sweep != m_sweeps.end())
        sweep->second->stopped = true;
    std::vector<std::pair<Runtime *, RunHandle>> foreign;
    for (const RunRecordRow &row : *rows) {
        if (isFinal(row.state))
            continue;
        Runtime *runtime = runtimeFor(row.kind).valueOr(m_local.get());
        const RunHandle handle{row.pid, row.pidStart};
        const auto followed = m_processes.find({row.uid, row.iteration});
        if (followed != m_processes.end())
            followed->second->killAt =
                QDateTime::currentMSecsSinceEpoch() + m_settings.abortGraceMs;
        else if (handle.pid > 0)
            foreign.emplace_back(runtime, handle);
        runtime->stop(handle, false);
        m_store.updateRun(row.uid, row.iteration, [](RunRecordRow &r) {
            if (isFinal(r.state))
                return false;
            r.state = QStringLiteral("aborted");
            r.error = tr("Aborted by the user.");
            r.ended = r.updated = QDateTime::currentDateTimeUtc();
            return true;
        });
        emit runUpdated(row.uid, row.iteration);
    }
    // Processes another Runbench follows: make sure they end even if SIGTERM is ignored.
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + m_settings.abortGraceMs;
    for (const auto &[runtime, handle] : foreign) {
        while (runtime->isAlive(handle) && QDateTime::currentMSecsSinceEpoch() < deadline)
            ::usleep(20000);
        runtime->stop(handle, true);
    }
    return {};
}

Result<Runtime *> RunService::runtimeFor(const QString &kind)
{
    const RuntimeKindInfo *info = RuntimeKinds::find(kind);
    if (info && !info->runsLocally)
        return Error{tr("Functions of kind %1 run as a %2, which needs a cluster; Runbench runs "
                        "only local, handler, job, dask and mpijob functions on this machine.")
                         .arg(kind, info->engine)};
    return m_local.get();
}

void RunService::reattach(bool followLive)
{
    RunQuery query;
    query.states = kActiveStates;
    query.withIterations = true;
    const auto rows = m_store.runs(query);
    if (!rows)
        return;
    for (const RunRecordRow &row : *rows) {
        if (m_processes.count({row.uid, row.iteration}) ||
            (row.iteration == 0 && m_sweeps.count(row.uid)))
            continue;
        const auto task = RunTask::fromNode(StoredJson::read(row.task));
        if (row.iteration == 0 && task && task->isSweep()) {
            resumeSweep(row, followLive);
            continue;
        }
        Runtime *runtime = runtimeFor(row.kind).valueOr(m_local.get());
        const bool alive = runtime->isAlive({row.pid, row.pidStart});
        const int lock = takeReceiverLock(row.runDir);
        if (lock < 0)
            continue; // another Runbench process follows this run
        auto process = Process::resumed(row, runtime, lock);
        if (alive && !followLive) {
            drain(*process, false); // bring the log and results up to date, then let go
            if (!process->end)
                continue;
        }
        const Key key{row.uid, row.iteration};
        const bool ended = !alive || process->end;
        follow(std::move(process));
        if (ended)
            finish(key, std::nullopt);
    }
}

void RunService::resumeSweep(const RunRecordRow &parent, bool followLive)
{
    RunQuery query;
    query.uid = parent.uid;
    query.withIterations = true;
    const auto rows = m_store.runs(query);
    const auto task = RunTask::fromNode(StoredJson::read(parent.task));
    const auto ref = FunctionRef::parse(parent.function);
    if (!rows || !task || !ref)
        return;
    const auto version = m_store.function(ref->project, ref->name, ref->version());
    if (!version || !*version) {
        recordFailure(parent.uid, 0,
                      tr("The sweep's function %1 is no longer stored.").arg(parent.function));
        return;
    }
    const QByteArray &doc = (*version)->document;
    auto function = FunctionSpec::parse(std::string_view(doc.constData(), std::size_t(doc.size())),
                                        DocumentFormat::Json, parent.function);
    const auto runtime =
        function ? runtimeFor(function->kind()) : Result<Runtime *>(function.error());
    auto plan =
        runtime ? (*runtime)->plan(*function, parent.handler) : Result<LaunchPlan>(runtime.error());
    if (!plan) {
        recordFailure(parent.uid, 0, plan.error().message);
        return;
    }
    std::mt19937 random(std::random_device{}());
    auto parameters = HyperSweep::expand(*task, QDir::currentPath(), random);
    if (!parameters)
        return;
    auto sweep = std::make_unique<Sweep>();
    sweep->uid = parent.uid;
    sweep->task = *task;
    sweep->base = *plan;
    sweep->base.uid = parent.uid;
    sweep->base.functionRef = parent.function;
    sweep->base.kind = parent.kind;
    sweep->base.project = parent.project;
    sweep->base.name = parent.name;
    sweep->base.inputs = task->inputs;
    sweep->base.artifactPath = task->outputPath;
    sweep->base.timeoutSeconds = task->timeoutSeconds;
    sweep->base.stopCondition = task->options.stopCondition;
    sweep->parameters = std::move(*parameters);
    Sweep &s = *sweep;
    for (const RunRecordRow &child : *rows) {
        if (child.iteration == 0)
            continue;
        s.next = std::max<std::size_t>(s.next, std::size_t(child.iteration));
        if (isFinal(child.state)) {
            s.errors += child.state == QLatin1String("completed") ? 0 : 1;
            s.done.push_back({child.iteration, StoredJson::read(child.parameters),
                              StoredJson::read(child.results), child.state});
        } else {
            ++s.running;
        }
    }
    m_sweeps[parent.uid] = std::move(sweep);
    // The children still in flight are followed like single runs; advance() starts the rest.
    for (const RunRecordRow &child : *rows) {
        if (child.iteration == 0 || isFinal(child.state))
            continue;
        Runtime *runtime = runtimeFor(child.kind).valueOr(m_local.get());
        const bool alive = runtime->isAlive({child.pid, child.pidStart});
        const int lock = takeReceiverLock(child.runDir);
        if (lock < 0 || (alive && !followLive)) {
            if (lock >= 0)
                ::close(lock);
            m_sweeps.erase(parent.uid);
            return;
        }
        auto process = Process::resumed(child, runtime, lock);
        const Key key{child.uid, child.iteration};
        follow(std::move(process));
        if (!alive)
            finish(key, std::nullopt);
    }
    if (m_sweeps.count(parent.uid) && followLive)
        advance(*m_sweeps[parent.uid]);
}

} // namespace Runbench::Runtimes
