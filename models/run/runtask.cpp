// SPDX-License-Identifier: Apache-2.0
#include "runtask.h"

#include "document/documentreader.h"
#include "document/pythonscalars.h"
#include "run/hypersweep.h"

#include <QCoreApplication>
#include <QStringList>

#include <charconv>
#include <limits>

using namespace Qt::StringLiterals;

namespace Runbench::Models {

namespace {

Node stringNode(const QString &text)
{
    return Node::string(text.toStdString());
}

QString textOf(const Node *node)
{
    return node && node->isString() ? QString::fromStdString(node->text()) : QString();
}

std::optional<int> intOf(const Node *node)
{
    if (!node || node->type() != Node::Type::Int)
        return std::nullopt;
    // YAML spells ints in other bases too ("0x10"); compare their Python value.
    const std::string text = PythonScalars::intDecimal(node->text()).value_or(std::string());
    int number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return number;
}

// Sets key only when the value is not empty, as MLRun drops None, {} and [].
void putText(Node &mapping, std::string_view key, const QString &value)
{
    if (!value.isEmpty())
        mapping.insert(key) = stringNode(value);
}

void putNode(Node &mapping, std::string_view key, const Node &value)
{
    if (value.isNull() || (!value.isScalar() && value.size() == 0))
        return;
    mapping.insert(key) = value;
}

void putMap(Node &mapping, std::string_view key, const QMap<QString, QString> &values)
{
    Node node = Node::mapping();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        node.insert(it.key().toStdString()) = stringNode(it.value());
    putNode(mapping, key, node);
}

Result<QMap<QString, QString>> mapOf(const Node *node, const QString &field)
{
    QMap<QString, QString> values;
    if (!node || node->isNull())
        return values;
    if (!node->isMapping())
        return Error{QCoreApplication::translate("RunTask", "%1 must be a mapping.").arg(field)};
    for (const Node::Member &member : node->members()) {
        if (!member.key.isScalar() || !member.value.isScalar())
            return Error{
                QCoreApplication::translate("RunTask", "%1 must map names to plain values.")
                    .arg(field)};
        values.insert(QString::fromStdString(member.key.displayText()),
                      QString::fromStdString(member.value.displayText()));
    }
    return values;
}

// The run's time limit travels as MLRun's "executing" state threshold, in seconds.
QString thresholdText(int seconds)
{
    return QString::number(seconds) + u's';
}

std::optional<int> thresholdSeconds(const QString &text)
{
    static const QList<std::pair<QChar, qint64>> units{
        {u's', 1}, {u'm', 60}, {u'h', 3600}, {u'd', 86400}};
    for (const auto &[unit, factor] : units) {
        if (!text.endsWith(unit))
            continue;
        bool ok = false;
        const qint64 count = text.chopped(1).toLongLong(&ok);
        if (ok && count >= 0 && count <= std::numeric_limits<int>::max() / factor)
            return int(count * factor);
    }
    return std::nullopt;
}

} // namespace

bool RunTask::isSweep() const
{
    return hyperparams.size() > 0 || !options.paramFile.isEmpty();
}

Status RunTask::validate() const
{
    QStringList problems;
    const QString &strategy = options.strategy;
    if (!strategy.isEmpty() && strategy != "grid"_L1 && strategy != "list"_L1 &&
        strategy != "random"_L1)
        problems << QCoreApplication::translate(
                        "RunTask", "illegal hyper param strategy %1, use grid, list or random")
                        .arg(strategy);
    if (options.maxIterations && strategy != "random"_L1)
        problems << QCoreApplication::translate("RunTask",
                                                "max_iterations is only valid in random strategy");
    if (options.maxIterations && *options.maxIterations < 1)
        problems << QCoreApplication::translate("RunTask", "max_iterations must be at least 1");
    if (options.maxErrors && *options.maxErrors < 0)
        problems << QCoreApplication::translate("RunTask", "max_errors must not be negative");
    if (hyperparams.size() > 0 && !options.paramFile.isEmpty())
        problems << QCoreApplication::translate(
            "RunTask", "hyperparams and param_file cannot be used together");
    if (options.paramFile.endsWith(".csv"_L1) && (strategy == "grid"_L1 || strategy == "random"_L1))
        problems << QCoreApplication::translate(
            "RunTask", "CSV param file cannot be used with grid or random strategy, use a JSON "
                       "file for parameters or leave empty");
    if (!options.selector.isEmpty()) {
        if (const auto selector = HyperSweep::Selector::parse(options.selector); !selector)
            problems << selector.error().message;
    }
    if (options.parallelRuns < 1)
        problems << QCoreApplication::translate("RunTask", "parallel_runs must be at least 1");
    if (timeoutSeconds && *timeoutSeconds < 1)
        problems << QCoreApplication::translate("RunTask",
                                                "the timeout must be at least one second");

    if (!hyperparams.isMapping() && !hyperparams.isNull()) {
        problems << QCoreApplication::translate(
            "RunTask", "hyperparams must be a mapping of names to lists of values");
    } else {
        std::optional<std::size_t> listLength;
        bool sameLength = true;
        for (const Node::Member &member : hyperparams.members()) {
            const QString name = QString::fromStdString(member.key.displayText());
            if (!member.value.isSequence() || member.value.size() == 0) {
                problems << QCoreApplication::translate(
                                "RunTask", "hyperparameter %1 must be a non-empty list")
                                .arg(name);
                continue;
            }
            if (listLength && *listLength != member.value.size())
                sameLength = false;
            listLength = member.value.size();
        }
        if (strategy == "list"_L1 && !sameLength)
            problems << QCoreApplication::translate(
                "RunTask", "the list strategy needs the same number of values for every "
                           "hyperparameter");
    }

    if (!parameters.isMapping() && !parameters.isNull()) {
        problems << QCoreApplication::translate("RunTask",
                                                "parameters must be a mapping of names to values");
    } else {
        for (const Node::Member &member : parameters.members()) {
            if (member.key.displayText().empty()) {
                problems << QCoreApplication::translate("RunTask", "a parameter has an empty name");
                break;
            }
        }
    }
    if (inputs.contains(QString()))
        problems << QCoreApplication::translate("RunTask", "an input has an empty name");

    if (problems.isEmpty())
        return {};
    return Error{problems.join(u"; "_s) + u'.'};
}

Node RunTask::toNode() const
{
    Node metadata = Node::mapping();
    putText(metadata, "name", name);
    putText(metadata, "project", project);
    putMap(metadata, "labels", labels);

    Node hyperOptions = Node::mapping();
    putText(hyperOptions, "strategy", options.strategy);
    putText(hyperOptions, "selector", options.selector);
    putText(hyperOptions, "stop_condition", options.stopCondition);
    if (options.parallelRuns != 1)
        hyperOptions.insert("parallel_runs") = Node::integer(options.parallelRuns);
    if (options.maxIterations)
        hyperOptions.insert("max_iterations") = Node::integer(*options.maxIterations);
    if (options.maxErrors)
        hyperOptions.insert("max_errors") = Node::integer(*options.maxErrors);
    putText(hyperOptions, "param_file", options.paramFile);

    Node spec = Node::mapping();
    putText(spec, "handler", handler);
    putNode(spec, "parameters", parameters);
    putMap(spec, "inputs", inputs);
    putNode(spec, "hyperparams", hyperparams);
    putNode(spec, "hyper_param_options", hyperOptions);
    putText(spec, "output_path", outputPath);
    if (timeoutSeconds)
        spec.ensure("state_thresholds.executing") = stringNode(thresholdText(*timeoutSeconds));

    Node task = Node::mapping();
    putNode(task, "metadata", metadata);
    putNode(task, "spec", spec);
    return task;
}

Result<RunTask> RunTask::fromNode(const Node &task)
{
    if (!task.isMapping())
        return Error{QCoreApplication::translate(
            "RunTask", "A run task must be a mapping with metadata and spec.")};
    const Node *metadata = task.get("metadata");
    const Node *spec = task.get("spec");
    if ((metadata && !metadata->isNull() && !metadata->isMapping()) ||
        (spec && !spec->isNull() && !spec->isMapping()))
        return Error{QCoreApplication::translate(
            "RunTask", "The metadata and spec of a run task must be mappings.")};
    static const Node empty = Node::mapping();
    if (!metadata || metadata->isNull())
        metadata = &empty;
    if (!spec || spec->isNull())
        spec = &empty;

    RunTask result;
    result.name = textOf(metadata->get("name"));
    result.project = textOf(metadata->get("project"));
    auto labels = mapOf(metadata->get("labels"), u"metadata.labels"_s);
    if (!labels)
        return labels.error();
    result.labels = *labels;

    result.handler = textOf(spec->get("handler"));
    result.outputPath = textOf(spec->get("output_path"));
    if (const Node *parameters = spec->get("parameters"); parameters && !parameters->isNull()) {
        if (!parameters->isMapping())
            return Error{
                QCoreApplication::translate("RunTask", "spec.parameters must be a mapping.")};
        result.parameters = *parameters;
    }
    auto inputs = mapOf(spec->get("inputs"), u"spec.inputs"_s);
    if (!inputs)
        return inputs.error();
    result.inputs = *inputs;
    if (const Node *hyperparams = spec->get("hyperparams"); hyperparams && !hyperparams->isNull()) {
        if (!hyperparams->isMapping())
            return Error{
                QCoreApplication::translate("RunTask", "spec.hyperparams must be a mapping.")};
        result.hyperparams = *hyperparams;
    }

    // The legacy spec-level strategy, selector and param_file are fallbacks, as in MLRun.
    const Node *hyperOptions = spec->get("hyper_param_options");
    if (!hyperOptions || !hyperOptions->isMapping())
        hyperOptions = &empty;
    const auto option = [&](std::string_view key) {
        const QString value = textOf(hyperOptions->get(key));
        return value.isEmpty() ? textOf(spec->get(key)) : value;
    };
    result.options.strategy = option("strategy");
    result.options.selector = option("selector");
    result.options.paramFile = option("param_file");
    result.options.stopCondition = textOf(hyperOptions->get("stop_condition"));
    result.options.parallelRuns = intOf(hyperOptions->get("parallel_runs")).value_or(1);
    result.options.maxIterations = intOf(hyperOptions->get("max_iterations"));
    result.options.maxErrors = intOf(hyperOptions->get("max_errors"));
    if (const Node *executing = spec->at("state_thresholds.executing"))
        result.timeoutSeconds = thresholdSeconds(textOf(executing));
    return result;
}

Node RunTask::parseValue(const QString &text)
{
    const QString trimmed = text.trimmed();
    // Qt's strict JSON check only takes arrays and objects at the top, so a lone value is
    // read as the single item of an array.
    const bool container = trimmed.startsWith(u'{') || trimmed.startsWith(u'[');
    const std::string json = container ? trimmed.toStdString() : "[" + trimmed.toStdString() + "]";
    auto document = DocumentReader::read(json, DocumentFormat::Json, QString());
    if (trimmed.isEmpty() || !document)
        return Node::string(text.toStdString());
    if (container)
        return *document;
    if (!document->isSequence() || document->size() != 1)
        return Node::string(text.toStdString());
    return document->items().front();
}

} // namespace Runbench::Models
