// SPDX-License-Identifier: Apache-2.0
#include "commandcontext.h"
#include "commandline.h"
#include "document/storedjson.h"
#include "kubernetes/manifestset.h"
#include "local/capturereader.h"
#include "local/localprocess.h"
#include "run/runtask.h"
#include "runservice.h"
#include "spec/functionimporter.h"
#include "spec/kubernetesnames.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QUuid>

namespace Runbench::App {

using namespace Models;
using Runtimes::RunService;
using Runtimes::RunSettings;

namespace {

const QStringList kFinalStates = {QStringLiteral("completed"), QStringLiteral("error"),
                                  QStringLiteral("aborted")};

QCommandLineOption option(const char *name, const char *help, const char *value = nullptr)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                      QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help));
}

const QCommandLineOption kHandler =
    option("handler", "Function to call (default: the function's default handler).", "NAME");
const QCommandLineOption kParam = option(
    "param", "A parameter, NAME=VALUE (JSON values keep their type); repeat it.", "NAME=VALUE");
const QCommandLineOption kInput = option("input", "An input, KEY=PATH; repeat it.", "KEY=PATH");
const QCommandLineOption kHyper =
    option("hyper", "A hyperparameter, NAME=[v1,v2,...]; repeat it.", "NAME=LIST");
const QCommandLineOption kStrategy =
    option("strategy", "Sweep strategy: grid (default), list or random.", "STRATEGY");
const QCommandLineOption kParallel =
    option("parallel", "Iterations running at once (default 1).", "N");
const QCommandLineOption kSelector =
    option("selector", "Best iteration: max.RESULT or min.RESULT.", "SELECTOR");
const QCommandLineOption kStop =
    option("stop-condition", "Python expression over results that ends the sweep.", "EXPR");
const QCommandLineOption kMaxIterations =
    option("max-iterations", "Random draws (random strategy).", "N");
const QCommandLineOption kMaxErrors =
    option("max-errors", "Stop a sweep after more failed iterations than this.", "N");
const QCommandLineOption kParamFile =
    option("param-file", "Hyperparameters from a JSON or CSV file.", "FILE");
const QCommandLineOption kLabel = option("label", "A label, KEY=VALUE; repeat it.", "KEY=VALUE");
const QCommandLineOption kName = option("name", "Run name (default: function-handler).", "NAME");
const QCommandLineOption kProject =
    option("project", "Project (default: the function's, else 'default').", "NAME");
const QCommandLineOption kTimeout =
    option("timeout", "Fail the run when the handler runs longer than this.", "SECONDS");
const QCommandLineOption kPython =
    option("python", "Python interpreter (default: the 'python' setting, else python3).", "PATH");
const QCommandLineOption kWatch =
    option("watch", "Stay, print the log and wait for the run to end.");
const QCommandLineOption kTarget =
    option("target", "Where the run executes: local (default) or kubernetes.", "TARGET");
const QCommandLineOption kContext = option(
    "context", "Kubernetes: the kubeconfig context (recorded in an annotation for now).", "NAME");
const QCommandLineOption kNamespace =
    option("namespace", "Kubernetes: the namespace (default: default).", "NAME");
const QCommandLineOption kDryRun =
    option("dry-run", "Kubernetes: print the exact manifests instead of submitting, as one v1 "
                      "List (JSON with -o json, YAML otherwise); needs no cluster.");
const QCommandLineOption kState = option("state", "Only runs in this state.", "STATE");
const QCommandLineOption kIteration =
    option("iteration", "Iteration of a sweep (default 0, the sweep itself).", "N");

std::optional<std::pair<QString, QString>> splitPair(const QString &text)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return std::nullopt;
    return std::make_pair(text.left(eq).trimmed(), text.mid(eq + 1));
}

Result<int> number(const CommandContext &ctx, const QCommandLineOption &o, int fallback)
{
    if (!ctx.args().isSet(o))
        return fallback;
    bool ok = false;
    const int value = ctx.args().value(o).toInt(&ok);
    if (!ok)
        return Error{QStringLiteral("--%1 takes a whole number, not '%2'.")
                         .arg(o.names().first(), ctx.args().value(o))};
    return value;
}

// Builds the task from the command line; every malformed option is an error.
Result<RunTask> taskFromArguments(const CommandContext &ctx)
{
    const QCommandLineParser &args = ctx.args();
    RunTask task;
    task.project = args.value(kProject);
    task.handler = args.value(kHandler);
    task.name = args.value(kName);
    // Every NAME=VALUE of a repeatable option, or the first malformed one as an error.
    auto pairs = [&args](const QCommandLineOption &o,
                         const char *form) -> Result<std::vector<std::pair<QString, QString>>> {
        std::vector<std::pair<QString, QString>> out;
        for (const QString &text : args.values(o)) {
            const auto kv = splitPair(text);
            if (!kv)
                return Error{QStringLiteral("--%1 takes %2, not '%3'.")
                                 .arg(o.names().first(), QLatin1String(form), text)};
            out.push_back(*kv);
        }
        return out;
    };
    const auto params = pairs(kParam, "NAME=VALUE");
    const auto hypers = pairs(kHyper, "NAME=[v1,v2,...]");
    const auto inputs = pairs(kInput, "KEY=PATH");
    const auto labels = pairs(kLabel, "KEY=VALUE");
    for (const auto *list : {&params, &hypers, &inputs, &labels}) {
        if (!*list)
            return list->error();
    }
    for (const auto &[name, value] : *params)
        task.parameters.insert(name.toStdString()) = RunTask::parseValue(value);
    for (const auto &[name, value] : *hypers)
        task.hyperparams.insert(name.toStdString()) = RunTask::parseValue(value);
    for (const auto &[key, value] : *inputs)
        task.inputs.insert(key, value.contains(QLatin1String("://"))
                                    ? value
                                    : QFileInfo(value).absoluteFilePath());
    for (const auto &[key, value] : *labels)
        task.labels.insert(key, value);
    task.options.strategy = args.value(kStrategy);
    task.options.selector = args.value(kSelector);
    task.options.stopCondition = args.value(kStop);
    if (args.isSet(kParamFile))
        task.options.paramFile = QFileInfo(args.value(kParamFile)).absoluteFilePath();
    const auto parallel = number(ctx, kParallel, 1);
    if (!parallel)
        return parallel.error();
    task.options.parallelRuns = *parallel;
    // The optional whole-number options.
    const std::pair<const QCommandLineOption *, std::optional<int> *> numbers[] = {
        {&kMaxIterations, &task.options.maxIterations},
        {&kMaxErrors, &task.options.maxErrors},
        {&kTimeout, &task.timeoutSeconds},
    };
    for (const auto &[o, target] : numbers) {
        if (!args.isSet(*o))
            continue;
        const auto n = number(ctx, *o, 0);
        if (!n)
            return n.error();
        *target = *n;
    }
    return task;
}

RunSettings settingsFor(CommandContext &ctx, Store &store)
{
    RunSettings settings;
    const auto configured = store.setting(QStringLiteral("python"));
    if (configured && *configured && !(*configured)->isEmpty())
        settings.python = **configured;
    if (ctx.args().optionNames().contains(kPython.names().first()))
        settings.python = ctx.args().value(kPython);
    return settings;
}

// Prints what was added to a log file since `offset`, and returns the new offset.
qint64 printLogSince(const QString &runDir, qint64 offset)
{
    QFile log(Runtimes::CaptureReader::logPath(runDir));
    if (!log.open(QIODevice::ReadOnly) || log.size() <= offset)
        return offset;
    log.seek(offset);
    while (!log.atEnd()) {
        const QByteArray chunk = log.read(1 << 20);
        std::fwrite(chunk.constData(), 1, std::size_t(chunk.size()), stdout);
        offset += chunk.size();
    }
    std::fflush(stdout);
    return offset;
}

// Starts a detached `runbench __supervise` that carries a sweep on after this process exits.
void startSupervisor(const QString &dbPath, const QString &runsRoot)
{
    QDir().mkpath(runsRoot);
    Runtimes::LocalProcess::start(QCoreApplication::applicationFilePath(),
                                  {QStringLiteral("--db"), dbPath, QStringLiteral("__supervise")},
                                  runsRoot, runsRoot + QStringLiteral("/supervisor.log"));
}

QString describe(const RunRecordRow &run)
{
    QString text = QStringLiteral("%1 %2").arg(run.uid, run.state);
    if (!run.error.isEmpty())
        text += QStringLiteral(": ") + run.error.section(QLatin1Char('\n'), 0, 0);
    return text;
}

// The run's Kubernetes objects printed as a v1 List; submitting is not there yet.
int runOnKubernetes(CommandContext &ctx)
{
    if (!ctx.args().isSet(kDryRun))
        return CommandContext::fail(
            QStringLiteral("Submitting runs to a Kubernetes cluster is not available yet; add "
                           "--dry-run to print the manifests instead."));
    const QString target = ctx.args().positionalArguments().first();
    auto loaded = ctx.loadFunction(target);
    if (!loaded)
        return CommandContext::fail(loaded.error());
    auto task = taskFromArguments(ctx);
    if (!task)
        return CommandContext::fail(task.error());
    const auto hash = loaded->spec.hash();
    if (!hash)
        return CommandContext::fail(hash.error());
    const QString project = loaded->stored                      ? loaded->stored->project
                            : !task->project.isEmpty()          ? task->project
                            : !loaded->spec.project().isEmpty() ? loaded->spec.project()
                                                                : QStringLiteral("default");
    const QString ref = project + QLatin1Char('/') + loaded->spec.name() + QLatin1Char('@') +
                        (loaded->stored ? loaded->stored->hash : *hash);
    Runtimes::ManifestOptions options;
    if (ctx.args().isSet(kNamespace))
        options.ns = ctx.args().value(kNamespace);
    if (const QString problem =
            KubernetesNames::checkDns1123Label(options.ns, QStringLiteral("The namespace"));
        !problem.isEmpty())
        return CommandContext::fail(problem);
    options.kubeContext = ctx.args().value(kContext);
    const auto objects = Runtimes::ManifestSet::build(loaded->spec, *task,
                                                      QUuid::createUuid().toString(QUuid::Id128),
                                                      ref, options, QDir::currentPath());
    if (!objects)
        return CommandContext::fail(objects.error());
    ctx.out().document(Runtimes::ManifestSet::list(*objects));
    return 0;
}

int runFunction(CommandContext &ctx)
{
    const QString where = ctx.args().value(kTarget);
    if (where == QLatin1String("kubernetes"))
        return runOnKubernetes(ctx);
    if (!where.isEmpty() && where != QLatin1String("local"))
        return CommandContext::fail(
            QStringLiteral("--target takes local or kubernetes, not '%1'.").arg(where));
    if (ctx.args().isSet(kDryRun))
        return CommandContext::fail(QStringLiteral(
            "--dry-run prints Kubernetes manifests; use it with --target kubernetes."));
    auto store = ctx.store();
    if (!store)
        return CommandContext::fail(store.error());
    const QString target = ctx.args().positionalArguments().first();
    auto loaded = ctx.loadFunction(target);
    if (!loaded)
        return CommandContext::fail(loaded.error());
    auto task = taskFromArguments(ctx);
    if (!task)
        return CommandContext::fail(task.error());
    if (Status valid = task->validate(); !valid)
        return CommandContext::fail(valid.error());

    // As in MLRun, what runs is stored first, so the run points at an exact version.
    FunctionVersion version;
    if (loaded->stored) {
        version = *loaded->stored;
    } else {
        FunctionImporter importer(**store);
        FunctionImporter::Request request;
        request.project = task->project;
        request.origin = QFileInfo(target).absoluteFilePath();
        const auto imported = importer.import(
            loaded->spec, request, [&](const QString &p) { return ctx.ensureProject(p); });
        if (!imported)
            return CommandContext::fail(imported.error());
        version = imported->saved.version;
    }
    if (task->project.isEmpty())
        task->project = version.project;
    const QString ref =
        version.project + QLatin1Char('/') + version.name + QLatin1Char('@') + version.hash;

    RunService service(**store, settingsFor(ctx, **store));
    const auto uid = service.submit(loaded->spec, ref, *task);
    if (!uid)
        return CommandContext::fail(uid.error());
    const bool watch = ctx.args().isSet(kWatch);
    if (!watch && task->isSweep())
        startSupervisor((*store)->path(), RunService::defaultRunsRoot((*store)->path()));
    if (!watch) {
        const auto row = (*store)->run(*uid, 0);
        if (row && *row && (*row)->state == QLatin1String("error"))
            return CommandContext::fail(
                QStringLiteral("run %1 failed: %2").arg(*uid, (*row)->error));
        if (ctx.out().isStructured()) {
            Node out = Node::mapping();
            out.insert("uid") = Node::string(uid->toStdString());
            ctx.out().document(out);
        } else {
            ctx.out().line(*uid);
        }
        return 0;
    }
    std::map<int, qint64> printed;
    QEventLoop loop;
    auto printNew = [&](const QString &runUid, int iteration) {
        if (runUid != *uid || ctx.out().isStructured())
            return;
        const auto row = (*store)->run(runUid, iteration);
        if (row && *row)
            printed[iteration] = printLogSince((*row)->runDir, printed[iteration]);
    };
    QObject::connect(&service, &RunService::runUpdated, &loop, printNew);
    QObject::connect(&service, &RunService::runFinished, &loop, [&](const QString &finished) {
        if (finished == *uid)
            loop.quit();
    });
    const auto current = (*store)->run(*uid, 0);
    if (current && *current && kFinalStates.contains((*current)->state)) {
        printNew(*uid, 0);
    } else {
        loop.exec();
    }
    const auto row = (*store)->run(*uid, 0);
    if (!row || !*row)
        return CommandContext::fail(QStringLiteral("run %1 vanished from the store").arg(*uid));
    if (ctx.out().isStructured()) {
        ctx.out().document(StoredJson::read((*row)->results));
    } else {
        ctx.out().line(describe(**row));
    }
    return (*row)->state == QLatin1String("completed") ? 0 : 1;
}

// A run as MLRun lays out a run object: metadata, spec and status.
Node runDocument(const RunRecordRow &run, const std::vector<ArtifactRow> &artifacts)
{
    Node doc = Node::mapping();
    Node &metadata = doc.insert("metadata") = Node::mapping();
    metadata.insert("uid") = Node::string(run.uid.toStdString());
    metadata.insert("name") = Node::string(run.name.toStdString());
    metadata.insert("project") = Node::string(run.project.toStdString());
    metadata.insert("iteration") = Node::integer(run.iteration);
    metadata.insert("labels") = StoredJson::read(run.labels);
    Node &spec = doc.insert("spec") = Node::mapping();
    spec.insert("function") = Node::string(run.function.toStdString());
    spec.insert("handler") = Node::string(run.handler.toStdString());
    spec.insert("parameters") = StoredJson::read(run.parameters);
    if (run.iteration == 0 && !run.task.isEmpty()) {
        const Node task = StoredJson::read(run.task);
        for (const char *key : {"hyperparams", "hyper_param_options", "inputs", "output_path"}) {
            if (const Node *value = task.at(std::string("spec.") + key))
                spec.insert(key) = *value;
        }
    }
    Node &status = doc.insert("status") = Node::mapping();
    status.insert("state") = Node::string(run.state.toStdString());
    if (!run.error.isEmpty())
        status.insert("error") = Node::string(run.error.toStdString());
    status.insert("results") = StoredJson::read(run.results);
    status.insert("start_time") =
        Node::string(run.started.toString(Qt::ISODateWithMs).toStdString());
    status.insert("last_update") =
        Node::string(run.updated.toString(Qt::ISODateWithMs).toStdString());
    if (run.ended.isValid())
        status.insert("end_time") =
            Node::string(run.ended.toString(Qt::ISODateWithMs).toStdString());
    if (run.exitCode)
        status.insert("exit_code") = Node::integer(*run.exitCode);
    if (!run.iterations.isEmpty())
        status.insert("iterations") = StoredJson::read(run.iterations);
    Node &list = status.insert("artifacts") = Node::sequence();
    for (const ArtifactRow &a : artifacts) {
        Node item = Node::mapping();
        item.insert("key") = Node::string(a.key.toStdString());
        item.insert("path") = Node::string(a.path.toStdString());
        item.insert("kind") = Node::string(a.kind.toStdString());
        item.insert("size") = Node::integer(a.size);
        item.insert("hash") = Node::string(a.hash.toStdString());
        list.items().push_back(std::move(item));
    }
    return doc;
}

// Closes runs whose processes ended while no Runbench process was following them.
Result<Store *> reconciledStore(CommandContext &ctx)
{
    auto store = ctx.store();
    if (!store)
        return store.error();
    RunService service(**store, settingsFor(ctx, **store));
    service.reattach(false);
    return store;
}

Result<RunRecordRow> findRun(Store &store, const QString &uid, int iteration)
{
    const auto row = store.run(uid, iteration);
    if (!row)
        return row.error();
    if (!*row)
        return Error{QStringLiteral("No run has the uid %1%2.")
                         .arg(uid, iteration ? QStringLiteral(" and iteration %1").arg(iteration)
                                             : QString())};
    return **row;
}

QString duration(const RunRecordRow &run)
{
    const QDateTime end = run.ended.isValid() ? run.ended : QDateTime::currentDateTimeUtc();
    const qint64 ms = run.started.msecsTo(end);
    return ms < 60000 ? QStringLiteral("%1s").arg(double(ms) / 1000, 0, 'f', 1)
                      : QStringLiteral("%1m%2s").arg(ms / 60000).arg((ms / 1000) % 60);
}

QString shortResults(const QByteArray &json)
{
    const Node results = StoredJson::read(json);
    QStringList parts;
    for (const auto &m : results.members()) {
        if (m.value.isScalar())
            parts << QString::fromStdString(m.key.text() + "=" + m.value.displayText());
    }
    return parts.join(QLatin1Char(' '));
}

int listRuns(CommandContext &ctx)
{
    auto store = reconciledStore(ctx);
    if (!store)
        return CommandContext::fail(store.error());
    RunQuery query;
    query.project = ctx.args().value(kProject);
    if (ctx.args().isSet(kState))
        query.states = ctx.args().values(kState);
    query.nameContains = ctx.args().value(kName);
    for (const QString &l : ctx.args().values(kLabel)) {
        const auto kv = splitPair(l);
        if (!kv)
            return CommandContext::fail(
                QStringLiteral("--label takes KEY=VALUE, not '%1'.").arg(l));
        query.labels.insert(kv->first, kv->second);
    }
    const auto runs = (*store)->runs(query);
    if (!runs)
        return CommandContext::fail(runs.error());
    if (ctx.out().isStructured()) {
        Node list = Node::sequence();
        for (const RunRecordRow &run : *runs)
            list.items().push_back(runDocument(run, {}));
        ctx.out().document(list);
        return 0;
    }
    std::vector<QStringList> rows;
    for (const RunRecordRow &run : *runs) {
        rows.push_back({run.uid.left(12), run.project, run.name, run.state,
                        run.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                        duration(run), shortResults(run.results)});
    }
    ctx.out().table({QStringLiteral("UID"), QStringLiteral("PROJECT"), QStringLiteral("NAME"),
                     QStringLiteral("STATE"), QStringLiteral("STARTED"), QStringLiteral("DURATION"),
                     QStringLiteral("RESULTS")},
                    rows);
    return 0;
}

// Accepts a full uid or an unambiguous prefix of at least 6 characters.
Result<QString> resolveUid(Store &store, const QString &text)
{
    const auto exact = store.run(text, 0);
    if (exact && *exact)
        return text;
    if (text.size() >= 6) {
        const auto all = store.runs(RunQuery{});
        if (all) {
            QStringList matches;
            for (const RunRecordRow &run : *all) {
                if (run.uid.startsWith(text))
                    matches << run.uid;
            }
            if (matches.size() == 1)
                return matches.first();
            if (matches.size() > 1)
                return Error{QStringLiteral("%1 matches more than one run; give more of the uid.")
                                 .arg(text)};
        }
    }
    return Error{QStringLiteral("No run has the uid %1.").arg(text)};
}

int showRun(CommandContext &ctx)
{
    auto store = reconciledStore(ctx);
    if (!store)
        return CommandContext::fail(store.error());
    const auto uid = resolveUid(**store, ctx.args().positionalArguments().first());
    if (!uid)
        return CommandContext::fail(uid.error());
    const auto iteration = number(ctx, kIteration, 0);
    if (!iteration)
        return CommandContext::fail(iteration.error());
    const auto run = findRun(**store, *uid, *iteration);
    if (!run)
        return CommandContext::fail(run.error());
    const auto artifacts = (*store)->artifacts(run->uid, run->iteration);
    const Node doc = runDocument(*run, artifacts ? *artifacts : std::vector<ArtifactRow>());
    if (ctx.out().isStructured()) {
        ctx.out().document(doc);
        return 0;
    }
    std::vector<QStringList> rows = {
        {QStringLiteral("uid"), run->uid},
        {QStringLiteral("name"), run->name},
        {QStringLiteral("project"), run->project},
        {QStringLiteral("function"), run->function},
        {QStringLiteral("handler"), run->handler},
        {QStringLiteral("state"), run->state},
        {QStringLiteral("error"), run->error},
        {QStringLiteral("started"), run->started.toLocalTime().toString(Qt::ISODate)},
        {QStringLiteral("duration"), duration(*run)},
        {QStringLiteral("parameters"), shortResults(run->parameters)},
        {QStringLiteral("results"), shortResults(run->results)},
        {QStringLiteral("log"), Runtimes::CaptureReader::logPath(run->runDir)},
    };
    for (const ArtifactRow &a : artifacts ? *artifacts : std::vector<ArtifactRow>())
        rows.push_back({QStringLiteral("artifact"),
                        QStringLiteral("%1 %2 (%3 bytes)").arg(a.key, a.path).arg(a.size)});
    std::erase_if(rows, [](const QStringList &r) { return r[1].isEmpty(); });
    ctx.out().table({QStringLiteral("FIELD"), QStringLiteral("VALUE")}, rows);
    if (const Node *table = doc.at("status.iterations");
        table && table->isSequence() && table->size() > 1) {
        std::vector<QStringList> cells;
        for (std::size_t r = 1; r < table->size(); ++r) {
            QStringList cellRow;
            for (const Node &cell : table->items()[r].items())
                cellRow << QString::fromStdString(cell.displayText());
            cells.push_back(cellRow);
        }
        QStringList header;
        for (const Node &cell : table->items()[0].items())
            header << QString::fromStdString(cell.displayText());
        ctx.out().line(QString());
        ctx.out().table(header, cells);
    }
    return 0;
}

int showLogs(CommandContext &ctx)
{
    auto store = reconciledStore(ctx);
    if (!store)
        return CommandContext::fail(store.error());
    const auto uid = resolveUid(**store, ctx.args().positionalArguments().first());
    if (!uid)
        return CommandContext::fail(uid.error());
    const auto iteration = number(ctx, kIteration, 0);
    if (!iteration)
        return CommandContext::fail(iteration.error());
    auto run = findRun(**store, *uid, *iteration);
    if (!run)
        return CommandContext::fail(run.error());
    qint64 offset = printLogSince(run->runDir, 0);
    if (!ctx.args().isSet(QStringLiteral("follow")) || kFinalStates.contains(run->state))
        return 0;
    // Follow: become the run's receiver when nobody else is, else read what the receiver writes.
    RunService service(**store, settingsFor(ctx, **store));
    service.reattach(true);
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(100);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        offset = printLogSince(run->runDir, offset);
        const auto now = (*store)->run(*uid, *iteration);
        if (now && *now && kFinalStates.contains((*now)->state)) {
            offset = printLogSince(run->runDir, offset);
            loop.quit();
        }
    });
    tick.start();
    loop.exec();
    return 0;
}

int abortRun(CommandContext &ctx)
{
    auto store = ctx.store();
    if (!store)
        return CommandContext::fail(store.error());
    const auto uid = resolveUid(**store, ctx.args().positionalArguments().first());
    if (!uid)
        return CommandContext::fail(uid.error());
    RunService service(**store, settingsFor(ctx, **store));
    if (Status aborted = service.abort(*uid); !aborted)
        return CommandContext::fail(aborted.error());
    if (!ctx.out().isStructured())
        ctx.out().line(QStringLiteral("aborted %1").arg(*uid));
    return 0;
}

// Hidden: follows every unfinished run until none is left; started detached for sweeps.
int supervise(CommandContext &ctx)
{
    auto store = ctx.store();
    if (!store)
        return CommandContext::fail(store.error());
    RunService service(**store, settingsFor(ctx, **store));
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(300);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        service.reattach(true);
        RunQuery active;
        active.states = {QStringLiteral("created"), QStringLiteral("pending"),
                         QStringLiteral("running")};
        active.withIterations = true;
        const auto left = (*store)->runs(active);
        if (!service.isBusy() && (!left || left->empty()))
            loop.quit();
    });
    tick.start();
    loop.exec();
    return 0;
}

} // namespace

QList<Command> runCommands()
{
    return {
        {QStringLiteral("run"),
         QString(),
         QStringLiteral("Run a function (stored or a file) on this machine; with --target "
                        "kubernetes --dry-run, print its Kubernetes manifests instead."),
         {QStringLiteral("FUNCTION|FILE")},
         {kHandler, kParam,         kInput,     kHyper,     kStrategy, kParallel,  kSelector,
          kStop,    kMaxIterations, kMaxErrors, kParamFile, kLabel,    kName,      kProject,
          kTimeout, kPython,        kWatch,     kTarget,    kContext,  kNamespace, kDryRun},
         runFunction},
        {QStringLiteral("run"),
         QStringLiteral("show"),
         QStringLiteral("Show a run: state, results, iterations, artifacts."),
         {QStringLiteral("UID")},
         {kIteration},
         showRun},
        {QStringLiteral("runs"),
         QString(),
         QStringLiteral("List runs."),
         {},
         {kProject, kState, kLabel, kName},
         listRuns},
        {QStringLiteral("logs"),
         QString(),
         QStringLiteral("Print a run's log; -f follows it."),
         {QStringLiteral("UID")},
         {QCommandLineOption({QStringLiteral("f"), QStringLiteral("follow")},
                             QStringLiteral("Keep printing as the log grows, until the run ends.")),
          kIteration},
         showLogs},
        {QStringLiteral("abort"),
         QString(),
         QStringLiteral("Abort a run: SIGTERM, then SIGKILL after a grace period."),
         {QStringLiteral("UID")},
         {},
         abortRun},
        {QStringLiteral("__supervise"),
         QString(),
         QStringLiteral("Follow unfinished runs until they end (internal)."),
         {},
         {},
         supervise},
    };
}

} // namespace Runbench::App
