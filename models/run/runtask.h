// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"
#include "document/node.h"

#include <QMap>
#include <QString>

#include <optional>

namespace Runbench::Models {

// Options of a hyperparameter sweep, as MLRun's HyperParamOptions.
struct HyperOptions
{
    QString strategy;                 // grid (default), list or random
    std::optional<int> maxIterations; // random only; default 10
    std::optional<int> maxErrors;     // default 3: stop after more failed children than this
    int parallelRuns = 1;             // children running at once
    QString stopCondition;            // Python expression over a child's results
    QString selector;                 // [min.|max.]<result>, no prefix = max
    QString paramFile;                // JSON {param: [values]} or CSV (rows = iterations)
};

// What to run and with what: MLRun's RunTemplate (metadata + spec) for one function.
struct RunTask
{
    QString project;
    QString name;                       // run name; empty = function name (+ "-" + handler)
    QString handler;                    // empty = the function's default handler
    Node parameters = Node::mapping();  // {name: JSON value}, in the order given
    QMap<QString, QString> inputs;      // {key: local path or URL}
    Node hyperparams = Node::mapping(); // {name: [values]}
    HyperOptions options;
    QMap<QString, QString> labels;
    QString outputPath;                // artifact path; empty = the run's own folder
    std::optional<int> timeoutSeconds; // a handler running longer ends in error

    bool isSweep() const;
    // Every problem at once, each a sentence (bad strategy, max_iterations without random,
    // hyperparams with a param file, a bad selector, parallel_runs < 1, ...).
    Status validate() const;

    // MLRun's task layout: {metadata: {name, project, labels}, spec: {handler, parameters,
    // inputs, hyperparams, hyper_param_options, output_path}}.
    Node toNode() const;
    static Result<RunTask> fromNode(const Node &task);

    // A command-line value: JSON when it parses as JSON (numbers, true/false, null, lists,
    // mappings, quoted strings), otherwise the text itself as a string.
    static Node parseValue(const QString &text);
};

} // namespace Runbench::Models
