// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"
#include "document/node.h"
#include "local/localprocess.h"
#include "spec/functionspec.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace Runbench::Runtimes {

// What one process of a run needs: where its code is, how to call it and with what.
struct LaunchPlan
{
    QString uid;
    int iteration = 0;
    QString project;
    QString name;
    QString functionRef; // project/name@hash
    QString kind;
    QString mode;     // handler, script or shell
    QString codePath; // the module or script (handler, script); empty for shell
    QString handler;
    QStringList args;
    QString shellCommand; // shell mode: the command line
    Models::Node parameters = Models::Node::mapping();
    QMap<QString, QString> inputs;
    QMap<QString, QString> labels;
    QString artifactPath; // empty: <run dir>/artifacts
    QString stopCondition;
    std::optional<int> timeoutSeconds;
    QString workdir;
};

// Prepares a run folder (task.json, code, artifacts) and starts the run wrapper, or the shell
// command, as a LocalProcess capturing into that folder.
class LocalLauncher
{
    Q_DECLARE_TR_FUNCTIONS(LocalLauncher)

public:
    // How a function's code runs: embedded code is written once into codeDir (one folder per
    // distinct code); a command ending in .py is a script; any other command runs in the shell.
    static Models::Result<LaunchPlan> plan(const Models::FunctionSpec &function,
                                           const QString &codeDir, const QString &handler);
    static Models::Result<LocalProcess::Identity> launch(const LaunchPlan &plan,
                                                         const QString &runDir,
                                                         const QString &python,
                                                         const QString &wrapperPath);
    // The wrapper shipped in the resources, written once into `dir`; returns its path.
    static Models::Result<QString> installWrapper(const QString &dir);
};

} // namespace Runbench::Runtimes
