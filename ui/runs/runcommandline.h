// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/node.h"
#include "run/runtask.h"

#include <QString>
#include <QStringList>

namespace Runbench::Ui {

// The `runbench run` command line that starts the same run as a task (app/runcommands.cpp).
class RunCommandLine
{
public:
    // The arguments after "runbench", e.g. {"run", "p/f@hash", "--param", "x=1"}.
    static QStringList arguments(const QString &functionRef, const Models::RunTask &task);
    // "runbench run ..." with every argument quoted for a POSIX shell where needed.
    static QString command(const QString &functionRef, const Models::RunTask &task);
    static QString shellQuoted(const QString &argument);
    // The text --param NAME=TEXT needs so that the command line reads back this value.
    static QString valueText(const Models::Node &value);
};

} // namespace Runbench::Ui
