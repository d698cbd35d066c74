// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"
#include "document/node.h"
#include "run/runtask.h"

#include <QString>

#include <optional>
#include <random>
#include <vector>

namespace Runbench::Models {

// Expands a sweep into iterations and summarises their outcome the way MLRun's generators do
// (reference/mlrun.md §4.5–4.6): grid with the first parameter varying fastest, list zipped
// row-wise (or CSV rows), random draws; best child by selector; the iterations table.
class HyperSweep
{
public:
    // One finished (or failed) child as the summary needs it.
    struct Child
    {
        int iteration = 0;
        Node parameters; // mapping
        Node results;    // mapping
        QString state;   // completed, error, aborted
    };

    // [min.|max.]key; no prefix means max.
    struct Selector
    {
        bool maximize = true;
        QString key;
        static Result<Selector> parse(const QString &text);
    };

    // The parameters of every child, in iteration order (iteration = index + 1): the task's
    // parameters overlaid with the generated values. A param file is read relative to
    // `baseDir`. Random draws use `random` (seed it in tests).
    static Result<std::vector<Node>> expand(const RunTask &task, const QString &baseDir,
                                            std::mt19937 &random);
    // MLRun's selector: execution order, errors and missing values skipped, strings
    // converted to numbers, strict comparison so ties keep the first; max starts from the
    // smallest positive double, so values <= 0 never win (MLRun quirk).
    static std::optional<int> best(const std::vector<Child> &children, const Selector &selector);
    // [[param.x..., output.y..., state, iter], [row]...] in first-appearance column order,
    // rows sorted by iteration, missing cells null.
    static Node iterationTable(const std::vector<Child> &children);
};

} // namespace Runbench::Models
