// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"
#include "document/node.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <random>

namespace Runbench::Ui {

// One hyperparameter as the launcher's table describes it.
struct HyperRow
{
    enum class Mode { List, Range, Random, Log };
    QString name;
    Mode mode = Mode::List;
    QString values; // List: comma-separated values ("0.1, 0.2" or JSON items)
    QString start, stop;
    QString step; // Range: the step; Random and Log: how many values
};

// Turns the launcher's typed text into task values and back: parameters of type str, int,
// float, bool, list or dict, and hyperparameters given as a list, a range, random draws or a
// log scale.
class LauncherValues
{
    Q_DECLARE_TR_FUNCTIONS(LauncherValues)

public:
    static const QStringList &types(); // str, int, float, bool, list, dict
    // The value of text read as type; an error sentence names the parameter.
    static Models::Result<Models::Node> typed(const QString &name, const QString &type,
                                              const QString &text);
    static QString typeOf(const Models::Node &value);
    // The text typed() reads back to value (strings as they are, the rest as JSON).
    static QString textOf(const Models::Node &value);

    // The list of values a hyperparameter row stands for; random draws use random.
    static Models::Result<Models::Node> values(const HyperRow &row, std::mt19937 &random);
    // A list-mode row for a stored hyperparameter list.
    static HyperRow listRow(const QString &name, const Models::Node &values);
};

} // namespace Runbench::Ui
