// SPDX-License-Identifier: Apache-2.0
#include "manifestplan.h"

#include "manifestnames.h"

#include <QFileInfo>

namespace Runbench::Runtimes {

using namespace Models;
using T = FunctionSpec::TextField;

QString ManifestPlan::codeKey(const FunctionSpec &function)
{
    QString stem = QFileInfo(function.text(T::OriginFilename)).completeBaseName();
    if (stem.isEmpty())
        stem = function.name().isEmpty() ? QStringLiteral("main") : function.name();
    stem.replace(QLatin1Char('-'), QLatin1Char('_'));
    return ManifestNames::configMapKey(stem + QStringLiteral(".py"));
}

Result<LaunchPlan> ManifestPlan::plan(const FunctionSpec &function, const QString &handler)
{
    LaunchPlan plan;
    plan.handler = handler.isEmpty() ? function.text(T::DefaultHandler) : handler;
    const QString command = function.text(T::Command);
    const Node *workdir = function.root().at("spec.workdir");
    const QString imageDir = workdir && workdir->isString() && !workdir->text().empty()
                                 ? QString::fromStdString(workdir->text())
                                 : QString();
    if (function.sourceCode()) {
        plan.codePath = QLatin1String(kRunnerDir) + QLatin1Char('/') + codeKey(function);
        plan.mode = QStringLiteral("handler");
    } else if (function.hasEmbeddedCode()) {
        return Error{
            tr("spec.build.functionSourceCode is not valid base64, so there is no code to run.")};
    } else if (command.endsWith(QLatin1String(".py"))) {
        // A script inside the image: relative to spec.workdir, else to the image's root.
        plan.codePath =
            command.startsWith(QLatin1Char('/'))
                ? command
                : (imageDir.isEmpty() ? QStringLiteral("/") : imageDir + u'/') + command;
        plan.mode = plan.handler.isEmpty() ? QStringLiteral("script") : QStringLiteral("handler");
    } else if (!command.isEmpty()) {
        plan.mode = QStringLiteral("shell");
        plan.shellCommand = command;
    } else {
        return Error{tr("The function has neither embedded code nor a command to run.")};
    }
    plan.args = function.list(FunctionSpec::ListField::Args);
    plan.workdir = imageDir;
    if (plan.mode == QLatin1String("handler") && plan.handler.isEmpty())
        return Error{tr("The function has no default handler; name one with --handler.")};
    return plan;
}

Result<LaunchPlan> ManifestPlan::forTask(const FunctionSpec &function, const RunTask &task,
                                         const QString &uid, const QString &functionRef)
{
    auto planned = plan(function, task.handler);
    if (!planned)
        return planned.error();
    LaunchPlan p = identity(function, task, uid, functionRef);
    p.mode = planned->mode;
    p.codePath = planned->codePath;
    p.handler = planned->handler;
    p.args = planned->args;
    p.shellCommand = planned->shellCommand;
    p.workdir = planned->workdir;
    if (task.name.isEmpty() && !p.handler.isEmpty())
        p.name += QLatin1Char('-') + p.handler.section(QLatin1Char('.'), -1)
                                         .toLower()
                                         .replace(QLatin1Char('_'), QLatin1Char('-'));
    return p;
}

LaunchPlan ManifestPlan::identity(const FunctionSpec &function, const RunTask &task,
                                  const QString &uid, const QString &functionRef)
{
    LaunchPlan p;
    p.uid = uid;
    p.functionRef = functionRef;
    p.kind = function.kind();
    p.handler = task.handler.isEmpty() ? function.text(T::DefaultHandler) : task.handler;
    p.project = !task.project.isEmpty()         ? task.project
                : !function.project().isEmpty() ? function.project()
                                                : QStringLiteral("default");
    p.name = task.name.isEmpty() ? function.name() : task.name;
    p.parameters = task.parameters;
    p.inputs = task.inputs;
    p.labels = task.labels;
    p.labels.insert(QStringLiteral("kind"), p.kind);
    p.artifactPath = task.outputPath;
    p.timeoutSeconds = task.timeoutSeconds;
    p.stopCondition = task.options.stopCondition;
    return p;
}

} // namespace Runbench::Runtimes
