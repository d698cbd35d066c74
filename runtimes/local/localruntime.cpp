// SPDX-License-Identifier: Apache-2.0
#include "localruntime.h"

#include "document/documentwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <csignal>
#include <sys/syscall.h>
#include <unistd.h>

namespace Runbench::Runtimes {

using namespace Models;

namespace {

Status writeFile(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Error{LocalRuntime::tr("Cannot write %1: %2.").arg(path, file.errorString())};
    return {};
}

Node stringMap(const QMap<QString, QString> &map)
{
    Node node = Node::mapping();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        node.insert(it.key().toStdString()) = Node::string(it.value().toStdString());
    return node;
}

Node optionalString(const QString &text)
{
    return text.isEmpty() ? Node::null() : Node::string(text.toStdString());
}

} // namespace

Result<LaunchPlan> LocalRuntime::plan(const FunctionSpec &function, const QString &handler)
{
    const QString codeDir = m_runsRoot + QStringLiteral("/code");
    using T = FunctionSpec::TextField;
    LaunchPlan plan;
    plan.handler = handler.isEmpty() ? function.text(T::DefaultHandler) : handler;
    const QString command = function.text(T::Command);
    if (const auto code = function.sourceCode()) {
        // One copy per distinct code, shared by every run of it: no per-run file to create,
        // and Python can reuse its compiled form.
        QString stem = QFileInfo(function.text(T::OriginFilename)).completeBaseName();
        if (stem.isEmpty())
            stem = function.name().isEmpty() ? QStringLiteral("main") : function.name();
        stem.replace(QLatin1Char('-'), QLatin1Char('_'));
        const QByteArray bytes = code->toUtf8();
        const QString folder =
            codeDir + QLatin1Char('/') +
            QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex().left(16));
        plan.codePath = folder + QLatin1Char('/') + stem + QStringLiteral(".py");
        if (!QFileInfo::exists(plan.codePath)) {
            if (!QDir().mkpath(folder))
                return Error{LocalRuntime::tr("Cannot create the folder %1.").arg(folder)};
            if (Status written = writeFile(plan.codePath, bytes); !written)
                return written.error();
        }
        plan.mode = QStringLiteral("handler");
    } else if (function.hasEmbeddedCode()) {
        return Error{LocalRuntime::tr(
            "spec.build.functionSourceCode is not valid base64, so there is no code to run.")};
    } else if (command.endsWith(QLatin1String(".py"))) {
        plan.codePath = QFileInfo(command).absoluteFilePath();
        plan.mode = plan.handler.isEmpty() ? QStringLiteral("script") : QStringLiteral("handler");
    } else if (!command.isEmpty()) {
        plan.mode = QStringLiteral("shell");
        plan.shellCommand = command;
    } else {
        return Error{
            LocalRuntime::tr("The function has neither embedded code nor a command to run.")};
    }
    plan.args = function.list(FunctionSpec::ListField::Args);
    if (plan.mode == QLatin1String("handler") && plan.handler.isEmpty())
        return Error{
            LocalRuntime::tr("The function has no default handler; name one with --handler.")};
    return plan;
}

Result<QString> LocalRuntime::installWrapper()
{
    if (!m_wrapperPath.isEmpty())
        return m_wrapperPath;
    const QString dir = m_runsRoot + QStringLiteral("/runner");
    // The entry script and the module it imports (so Python can cache the module's bytecode),
    // written once per content into a folder of their own.
    const QStringList files = {QStringLiteral("runbench_run.py"),
                               QStringLiteral("_runbench_wrapper.py")};
    QList<QByteArray> contents;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &name : files) {
        QFile resource(QStringLiteral(":/runner/") + name);
        if (!resource.open(QIODevice::ReadOnly))
            return Error{
                LocalRuntime::tr("The run wrapper is missing from this build of Runbench.")};
        contents << resource.readAll();
        hash.addData(contents.last());
    }
    const QString folder =
        dir + QLatin1Char('/') + QString::fromLatin1(hash.result().toHex().left(12));
    const QString entry = folder + QLatin1Char('/') + files.first();
    if (QFileInfo::exists(entry))
        return m_wrapperPath = entry;
    if (!QDir().mkpath(folder))
        return Error{LocalRuntime::tr("Cannot create the folder %1.").arg(folder)};
    for (qsizetype i = files.size() - 1; i >= 0; --i) {
        if (Status written = writeFile(folder + QLatin1Char('/') + files[i], contents[i]); !written)
            return written.error();
    }
    return m_wrapperPath = entry;
}

Result<RunHandle> LocalRuntime::start(const LaunchPlan &plan, const QString &runDir)
{
    const QString artifacts =
        plan.artifactPath.isEmpty() ? runDir + QStringLiteral("/artifacts") : plan.artifactPath;
    if (!QFileInfo(runDir).isDir() && !QDir().mkpath(runDir))
        return Error{LocalRuntime::tr("Cannot create the run folder %1.").arg(runDir)};
    const QString capture = runDir + QStringLiteral("/capture.out");
    const QString workdir = !plan.workdir.isEmpty()   ? plan.workdir
                            : plan.codePath.isEmpty() ? runDir
                                                      : QFileInfo(plan.codePath).absolutePath();
    const auto started = plan.mode == QLatin1String("shell")
                             ? startShell(plan, workdir, capture)
                             : startWrapper(plan, runDir, artifacts, workdir, capture);
    if (!started)
        return started.error();
    return RunHandle{started->pid, started->startTicks};
}

Result<LocalProcess::Identity>
LocalRuntime::startShell(const LaunchPlan &plan, const QString &workdir, const QString &capture)
{
    QString line = plan.shellCommand;
    for (const QString &arg : plan.args)
        line += QLatin1Char(' ') + arg;
    return LocalProcess::start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), line}, workdir,
                               capture);
}

Result<LocalProcess::Identity>
LocalRuntime::startWrapper(const LaunchPlan &plan, const QString &runDir, const QString &artifacts,
                           const QString &workdir, const QString &capture)
{
    const auto wrapper = installWrapper();
    if (!wrapper)
        return wrapper.error();
    const QString taskPath = runDir + QStringLiteral("/task.json");
    if (Status written = writeTask(plan, taskPath, artifacts, workdir); !written)
        return written.error();
    return LocalProcess::start(m_python, {QStringLiteral("-u"), *wrapper, taskPath}, workdir,
                               capture);
}

Status LocalRuntime::writeTask(const LaunchPlan &plan, const QString &taskPath,
                               const QString &artifacts, const QString &workdir) const
{
    Node task = Node::mapping();
    task.insert("uid") = Node::string(plan.uid.toStdString());
    task.insert("iteration") = Node::integer(plan.iteration);
    task.insert("project") = Node::string(plan.project.toStdString());
    task.insert("name") = Node::string(plan.name.toStdString());
    task.insert("mode") = Node::string(plan.mode.toStdString());
    task.insert("code_path") = Node::string(plan.codePath.toStdString());
    task.insert("handler") = optionalString(plan.handler);
    Node &args = task.insert("args") = Node::sequence();
    for (const QString &arg : plan.args)
        args.items().push_back(Node::string(arg.toStdString()));
    task.insert("parameters") = plan.parameters;
    task.insert("inputs") = stringMap(plan.inputs);
    task.insert("labels") = stringMap(plan.labels);
    task.insert("artifact_path") = Node::string(artifacts.toStdString());
    task.insert("stop_condition") = optionalString(plan.stopCondition);
    task.insert("timeout") =
        plan.timeoutSeconds ? Node::integer(*plan.timeoutSeconds) : Node::null();
    task.insert("workdir") = Node::string(workdir.toStdString());
    const auto json = DocumentWriter::toJson(task, JsonStyle{false, 1, false});
    if (!json)
        return json.error();
    // The task file is read once by the process about to start, so it needs no fsync.
    QFile taskFile(taskPath);
    if (!taskFile.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        taskFile.write(json->data(), qint64(json->size())) != qint64(json->size()))
        return Error{
            LocalRuntime::tr("Cannot write %1: %2.").arg(taskPath, taskFile.errorString())};
    return {};
}

bool LocalRuntime::isAlive(const RunHandle &handle) const
{
    return LocalProcess::isAlive({handle.pid, handle.startTicks});
}

int LocalRuntime::openExitDescriptor(const RunHandle &handle) const
{
#ifdef SYS_pidfd_open
    return int(::syscall(SYS_pidfd_open, pid_t(handle.pid), 0));
#else
    Q_UNUSED(handle)
    return -1;
#endif
}

std::optional<int> LocalRuntime::exitCode(const RunHandle &handle)
{
    return LocalProcess::reap(handle.pid);
}

void LocalRuntime::stop(const RunHandle &handle, bool force)
{
    LocalProcess::signalGroup({handle.pid, handle.startTicks}, force ? SIGKILL : SIGTERM);
}

} // namespace Runbench::Runtimes
