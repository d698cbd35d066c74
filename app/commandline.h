// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Runbench::App {

class CommandContext;

// One `runbench GROUP VERB` command: its help text, arguments, options and handler.
struct Command
{
    QString group;
    QString verb; // empty: the command is the group itself (runbench runs, runbench run FILE)
    QString summary;
    QStringList positionals; // names; a trailing "..." means one or more
    QList<QCommandLineOption> options;
    std::function<int(CommandContext &)> run;
};

// The headless front door: `runbench [--db PATH] GROUP VERB [args] [-o json|yaml]`.
// Exit codes: 0 success, 1 failure, 2 usage error; one clear line on stderr when not 0.
class CommandLine
{
public:
    // True when the arguments ask for a command rather than the window.
    static bool wantsCommand(const QStringList &arguments);
    static int run(const QStringList &arguments);

private:
    static QList<Command> commands();
    static int runCommand(const Command &command, const QStringList &arguments,
                          const QString &dbPath);
    static QString usage();
};

// Builders of the command groups, one file each.
QList<Command> functionCommands();
QList<Command> projectCommands();
QList<Command> runCommands();
QList<Command> settingCommands();
QList<Command> hubCommands();

} // namespace Runbench::App
