// SPDX-License-Identifier: Apache-2.0
#include "commandline.h"

#include "commandcontext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace Runbench::App {

namespace {

const QStringList kGroups = {
    QStringLiteral("function"), QStringLiteral("project"), QStringLiteral("run"),
    QStringLiteral("runs"),     QStringLiteral("logs"),    QStringLiteral("abort"),
    QStringLiteral("setting"),  QStringLiteral("hub"),     QStringLiteral("__supervise")};

// Takes "--db PATH" / "--db=PATH" out of the arguments, wherever it stands.
QString takeDbOption(QStringList &args)
{
    QString db;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--db") && i + 1 < args.size()) {
            db = args[i + 1];
            args.remove(i, 2);
            --i;
        } else if (args[i].startsWith(QLatin1String("--db="))) {
            db = args[i].mid(5);
            args.remove(i);
            --i;
        }
    }
    return db.isEmpty() ? qEnvironmentVariable("RUNBENCH_DB") : db;
}

} // namespace

bool CommandLine::wantsCommand(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    takeDbOption(args);
    if (args.isEmpty())
        return false;
    const QString &first = args.first();
    return kGroups.contains(first) || first == QLatin1String("--help") ||
           first == QLatin1String("-h") || first == QLatin1String("help") ||
           first == QLatin1String("--version");
}

QList<Command> CommandLine::commands()
{
    return functionCommands() + projectCommands() + runCommands() + settingCommands() +
           hubCommands();
}

QString CommandLine::usage()
{
    QString text = QStringLiteral("Usage: runbench [--db PATH] COMMAND [ARGS] [-o json|yaml]\n"
                                  "Without a command, runbench opens its window.\n\nCommands:\n");
    for (const Command &c : commands()) {
        if (!c.group.startsWith(QLatin1Char('_')))
            text += QStringLiteral("  %1  %2\n")
                        .arg((c.group + QLatin1Char(' ') + c.verb).leftJustified(17), c.summary);
    }
    text +=
        QStringLiteral("\nRun 'runbench COMMAND --help' for a command's arguments and options.\n"
                       "The store is %1 unless --db or RUNBENCH_DB names another.\n")
            .arg(Models::Store::defaultPath());
    return text;
}

int CommandLine::run(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    const QString dbPath = takeDbOption(args);
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        Output(OutputFormat::Table).line(usage().trimmed());
        return 0;
    }
    if (args.first() == QLatin1String("--version")) {
        Output(OutputFormat::Table)
            .line(QStringLiteral("runbench ") + QCoreApplication::applicationVersion());
        return 0;
    }
    const QString group = args.value(0);
    const QString verb = args.value(1);
    for (const Command &command : commands()) {
        if (command.group == group && !command.verb.isEmpty() && command.verb == verb)
            return runCommand(command, args.mid(2), dbPath);
    }
    for (const Command &command : commands()) {
        if (command.group == group && command.verb.isEmpty())
            return runCommand(command, args.mid(1), dbPath);
    }
    QStringList verbs;
    for (const Command &command : commands()) {
        if (command.group == group)
            verbs << command.verb;
    }
    if (verbs.isEmpty())
        Output::error(QStringLiteral("unknown command '%1'; run 'runbench --help'.").arg(group));
    else if (verb.isEmpty() || verb.startsWith(QLatin1Char('-')))
        Output::error(
            QStringLiteral("'%1' needs one of: %2.").arg(group, verbs.join(QLatin1String(", "))));
    else
        Output::error(QStringLiteral("unknown command '%1 %2'; '%1' takes: %3.")
                          .arg(group, verb, verbs.join(QLatin1String(", "))));
    return 2;
}

int CommandLine::runCommand(const Command &command, const QStringList &arguments,
                            const QString &dbPath)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption format({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Output format: table (default), json or yaml."),
                                    QStringLiteral("FORMAT"));
    parser.addOption(help);
    parser.addOption(format);
    parser.addOptions(command.options);
    for (const QString &p : command.positionals)
        parser.addPositionalArgument(p, QString());
    const QString name =
        QStringLiteral("runbench ") + command.group + QLatin1Char(' ') + command.verb;
    if (!parser.parse(QStringList{name} + arguments)) {
        Output::error(parser.errorText() + QLatin1Char('.'));
        return 2;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")),
                     QStringLiteral("Usage: ") + name);
        Output(OutputFormat::Table).line(text.trimmed());
        return 0;
    }
    OutputFormat outputFormat = OutputFormat::Table;
    const QString formatName = parser.value(format);
    if (formatName == QLatin1String("json"))
        outputFormat = OutputFormat::Json;
    else if (formatName == QLatin1String("yaml"))
        outputFormat = OutputFormat::Yaml;
    else if (!formatName.isEmpty() && formatName != QLatin1String("table")) {
        Output::error(
            QStringLiteral("unknown output format '%1'; use table, json or yaml.").arg(formatName));
        return 2;
    }
    const QStringList given = parser.positionalArguments();
    const bool variadic =
        !command.positionals.isEmpty() && command.positionals.last().endsWith(QLatin1String("..."));
    const qsizetype required =
        std::count_if(command.positionals.begin(), command.positionals.end(),
                      [](const QString &p) { return !p.startsWith(QLatin1Char('[')); });
    if (given.size() < required || (!variadic && given.size() > command.positionals.size())) {
        Output::error(QStringLiteral("'%1' takes %2; see '%1 --help'.")
                          .arg(name, command.positionals.join(QLatin1Char(' '))));
        return 2;
    }
    CommandContext context(parser, outputFormat, dbPath);
    return command.run(context);
}

} // namespace Runbench::App
