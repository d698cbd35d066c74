// SPDX-License-Identifier: Apache-2.0
#include "runcommandline.h"

#include "document/documentwriter.h"

#include <QRegularExpression>

namespace Runbench::Ui {

using namespace Models;

namespace {

QString jsonText(const Node &value)
{
    JsonStyle style;
    style.ensureAscii = false;
    const auto json = DocumentWriter::toJson(value, style);
    return json ? QString::fromStdString(*json) : QString::fromStdString(value.displayText());
}

} // namespace

QString RunCommandLine::valueText(const Node &value)
{
    if (value.isString()) {
        const QString text = QString::fromStdString(value.text());
        const Node back = RunTask::parseValue(text);
        return back.isString() && back.text() == value.text() ? text : jsonText(value);
    }
    return jsonText(value);
}

QStringList RunCommandLine::arguments(const QString &functionRef, const RunTask &task)
{
    QStringList args{QStringLiteral("run"), functionRef};
    const auto add = [&args](const char *option, const QString &value) {
        if (!value.isEmpty())
            args << QLatin1String("--") + QLatin1String(option) << value;
    };
    add("project", task.project);
    add("name", task.name);
    add("handler", task.handler);
    for (const Node::Member &member : task.parameters.members())
        add("param", QString::fromStdString(member.key.displayText()) + QLatin1Char('=') +
                         valueText(member.value));
    for (auto it = task.inputs.cbegin(); it != task.inputs.cend(); ++it)
        add("input", it.key() + QLatin1Char('=') + it.value());
    for (const Node::Member &member : task.hyperparams.members())
        add("hyper", QString::fromStdString(member.key.displayText()) + QLatin1Char('=') +
                         jsonText(member.value));
    add("strategy", task.options.strategy);
    if (task.options.parallelRuns != 1)
        add("parallel", QString::number(task.options.parallelRuns));
    add("selector", task.options.selector);
    add("stop-condition", task.options.stopCondition);
    if (task.options.maxIterations)
        add("max-iterations", QString::number(*task.options.maxIterations));
    if (task.options.maxErrors)
        add("max-errors", QString::number(*task.options.maxErrors));
    add("param-file", task.options.paramFile);
    for (auto it = task.labels.cbegin(); it != task.labels.cend(); ++it)
        add("label", it.key() + QLatin1Char('=') + it.value());
    if (task.timeoutSeconds)
        add("timeout", QString::number(*task.timeoutSeconds));
    return args;
}

QString RunCommandLine::shellQuoted(const QString &argument)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString RunCommandLine::command(const QString &functionRef, const RunTask &task)
{
    QStringList words{QStringLiteral("runbench")};
    for (const QString &argument : arguments(functionRef, task))
        words << shellQuoted(argument);
    return words.join(QLatin1Char(' '));
}

} // namespace Runbench::Ui
