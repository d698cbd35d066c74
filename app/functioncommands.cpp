// SPDX-License-Identifier: Apache-2.0
#include "commandcontext.h"
#include "commandline.h"
#include "runtimekinds.h"
#include "spec/functionimporter.h"
#include "spec/functionvalidator.h"

#include <QCoreApplication>

namespace Runbench::App {

using namespace Models;

namespace {

QString shortHash(const QString &hash)
{
    return hash.left(12);
}

QString when(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

const QCommandLineOption kProject(QStringLiteral("project"),
                                  QStringLiteral("Project (default: the file's, else 'default')."),
                                  QStringLiteral("NAME"));
const QCommandLineOption kTag(QStringLiteral("tag"),
                              QStringLiteral("Tag to point at the version (default: latest)."),
                              QStringLiteral("TAG"));
const QCommandLineOption kName(QStringLiteral("name"),
                               QStringLiteral("Store under this name instead of metadata.name."),
                               QStringLiteral("NAME"));
const QCommandLineOption kAll(QStringLiteral("all"),
                              QStringLiteral("List every version, not only the current one."));

int importFunctions(CommandContext &ctx)
{
    auto store = ctx.store();
    if (!store)
        return CommandContext::fail(store.error());
    FunctionImporter importer(**store);
    int failures = 0;
    for (const QString &file : ctx.args().positionalArguments()) {
        FunctionImporter::Request request;
        request.project = ctx.args().value(kProject);
        request.tag = ctx.args().value(kTag);
        request.name = ctx.args().value(kName);
        request.origin = file;
        auto spec = ctx.loadFunction(file);
        if (!spec) {
            CommandContext::fail(spec.error());
            ++failures;
            continue;
        }
        const auto imported =
            importer.import(std::move(spec->spec), request,
                            [&](const QString &project) { return ctx.ensureProject(project); });
        if (!imported) {
            CommandContext::fail(imported.error().source.isEmpty()
                                     ? Error{imported.error().message, file}
                                     : imported.error());
            ++failures;
            continue;
        }
        const FunctionVersion &v = imported->saved.version;
        if (imported->problems > 0)
            Output::warning(
                QStringLiteral(
                    "%1 has %2 validation problem(s); see: runbench function validate %3")
                    .arg(file)
                    .arg(imported->problems)
                    .arg(v.project + QLatin1Char('/') + v.name + QLatin1Char('@') +
                         shortHash(v.hash)));
        if (!ctx.out().isStructured()) {
            ctx.out().line(QStringLiteral("%1 %2/%3@%4 tag %5")
                               .arg(imported->saved.created ? QStringLiteral("imported")
                                                            : QStringLiteral("unchanged"),
                                    v.project, v.name, shortHash(v.hash), imported->tag));
        }
    }
    return failures ? 1 : 0;
}

int exportFunction(CommandContext &ctx)
{
    auto loaded = ctx.loadFunction(ctx.args().positionalArguments().first());
    if (!loaded)
        return CommandContext::fail(loaded.error());
    if (ctx.out().format() == OutputFormat::Json) {
        const auto json = loaded->spec.toJson();
        if (!json)
            return CommandContext::fail(json.error());
        return ctx.writeDocument(*json + "\n");
    }
    return ctx.writeDocument(loaded->spec.toYaml());
}

int showFunction(CommandContext &ctx)
{
    auto loaded = ctx.loadFunction(ctx.args().positionalArguments().first());
    if (!loaded)
        return CommandContext::fail(loaded.error());
    const FunctionSpec &spec = loaded->spec;
    using T = FunctionSpec::TextField;
    if (ctx.out().isStructured()) {
        ctx.out().document(spec.root());
        return 0;
    }
    const auto hash = spec.hash();
    const auto *engine = Runtimes::RuntimeKinds::find(spec.kind());
    std::vector<QStringList> rows = {
        {QStringLiteral("name"), spec.name()},
        {QStringLiteral("project"), loaded->stored ? loaded->stored->project : spec.project()},
        {QStringLiteral("kind"), spec.kind()},
        {QStringLiteral("runs on"), engine ? engine->engine : QStringLiteral("unknown")},
        {QStringLiteral("hash"), hash ? *hash : hash.error().message},
        {QStringLiteral("tags"),
         loaded->stored ? loaded->stored->tags.join(QLatin1String(", ")) : spec.tag()},
        {QStringLiteral("description"), spec.description()},
        {QStringLiteral("image"),
         spec.text(T::Image).isEmpty() ? spec.text(T::BaseImage) : spec.text(T::Image)},
        {QStringLiteral("handler"), spec.text(T::DefaultHandler)},
        {QStringLiteral("handlers"), spec.handlers().join(QLatin1String(", "))},
        {QStringLiteral("requirements"),
         spec.list(FunctionSpec::ListField::Requirements).join(QLatin1String(", "))},
        {QStringLiteral("cpu"), spec.resourceRequest(QStringLiteral("cpu")) +
                                    QStringLiteral(" / ") +
                                    spec.resourceLimit(QStringLiteral("cpu"))},
        {QStringLiteral("memory"), spec.resourceRequest(QStringLiteral("memory")) +
                                       QStringLiteral(" / ") +
                                       spec.resourceLimit(QStringLiteral("memory"))},
        {QStringLiteral("code"),
         !spec.hasEmbeddedCode() ? spec.text(T::Command)
         : spec.text(T::OriginFilename).isEmpty()
             ? QStringLiteral("embedded")
             : QStringLiteral("embedded (%1)").arg(spec.text(T::OriginFilename))},
        {QStringLiteral("problems"),
         QString::number(FunctionValidator::validate(spec.root()).size())},
    };
    if (loaded->stored)
        rows.push_back({QStringLiteral("created"), when(loaded->stored->created)});
    std::erase_if(
        rows, [](const QStringList &r) { return r[1].isEmpty() || r[1] == QLatin1String(" / "); });
    ctx.out().table({QStringLiteral("FIELD"), QStringLiteral("VALUE")}, rows);
    return 0;
}

int listFunctions(CommandContext &ctx)
{
    auto store = ctx.store();
    if (!store)
        return CommandContext::fail(store.error());
    FunctionQuery query;
    query.project = ctx.args().value(kProject);
    query.allVersions = ctx.args().isSet(kAll);
    const auto versions = (*store)->functions(query);
    if (!versions)
        return CommandContext::fail(versions.error());
    std::vector<QStringList> rows;
    rows.reserve(versions->size());
    const bool full = ctx.out().isStructured();
    for (const FunctionVersion &v : *versions)
        rows.push_back({v.project, v.name, v.kind, v.tags.join(QLatin1Char(',')),
                        full ? v.hash : shortHash(v.hash),
                        full ? v.created.toString(Qt::ISODate) : when(v.created)});
    ctx.out().records({QStringLiteral("PROJECT"), QStringLiteral("NAME"), QStringLiteral("KIND"),
                       QStringLiteral("TAGS"), QStringLiteral("HASH"), QStringLiteral("CREATED")},
                      rows);
    return 0;
}

int validateFunctions(CommandContext &ctx)
{
    int invalid = 0;
    Node report = Node::sequence();
    for (const QString &arg : ctx.args().positionalArguments()) {
        auto loaded = ctx.loadFunction(arg);
        if (!loaded) {
            CommandContext::fail(loaded.error());
            ++invalid;
            continue;
        }
        const auto problems = FunctionValidator::validate(loaded->spec.root());
        if (!problems.empty())
            ++invalid;
        for (const ValidationProblem &p : problems) {
            if (ctx.out().isStructured()) {
                Node item = Node::mapping();
                item.insert("file") = Node::string(arg.toStdString());
                item.insert("path") = Node::string(p.path.toStdString());
                item.insert("message") = Node::string(p.message.toStdString());
                report.items().push_back(std::move(item));
            } else {
                ctx.out().line(QStringLiteral("%1: %2: %3").arg(arg, p.path, p.message));
            }
        }
        if (problems.empty() && !ctx.out().isStructured())
            ctx.out().line(QStringLiteral("%1: valid").arg(arg));
    }
    if (ctx.out().isStructured())
        ctx.out().document(report);
    return invalid ? 1 : 0;
}

int hashFunction(CommandContext &ctx)
{
    auto loaded = ctx.loadFunction(ctx.args().positionalArguments().first());
    if (!loaded)
        return CommandContext::fail(loaded.error());
    const auto hash = loaded->spec.hash();
    if (!hash)
        return CommandContext::fail(hash.error());
    if (ctx.out().isStructured()) {
        Node out = Node::mapping();
        out.insert("hash") = Node::string(hash->toStdString());
        ctx.out().document(out);
    } else {
        ctx.out().line(*hash);
    }
    return 0;
}

int tagFunction(CommandContext &ctx)
{
    const QStringList args = ctx.args().positionalArguments();
    const auto ref = FunctionRef::parse(args[0]);
    if (!ref)
        return CommandContext::fail(
            QStringLiteral("'%1' is not a function reference like project/name@hash.")
                .arg(args[0]));
    const auto version = ctx.findStored(*ref);
    if (!version)
        return CommandContext::fail(version.error());
    auto store = ctx.store();
    const Status tagged =
        (*store)->tagFunction(version->project, version->name, version->hash, args[1]);
    if (!tagged)
        return CommandContext::fail(tagged.error());
    if (!ctx.out().isStructured())
        ctx.out().line(
            QStringLiteral("%1/%2:%3 now points at %4")
                .arg(version->project, version->name, args[1], shortHash(version->hash)));
    return 0;
}

} // namespace

QList<Command> functionCommands()
{
    const QString f = QStringLiteral("function");
    return {
        {f,
         QStringLiteral("import"),
         QStringLiteral("Store function files (YAML or JSON) as versions."),
         {QStringLiteral("FILE...")},
         {kProject, kTag, kName},
         importFunctions},
        {f,
         QStringLiteral("export"),
         QStringLiteral("Write a stored function or re-save a file (YAML, or JSON with -o json)."),
         {QStringLiteral("FUNCTION|FILE")},
         {CommandContext::outputFileOption()},
         exportFunction},
        {f,
         QStringLiteral("show"),
         QStringLiteral("Summarise a function; -o json|yaml prints the whole object."),
         {QStringLiteral("FUNCTION|FILE")},
         {},
         showFunction},
        {f,
         QStringLiteral("list"),
         QStringLiteral("List stored functions."),
         {},
         {kProject, kAll},
         listFunctions},
        {f,
         QStringLiteral("validate"),
         QStringLiteral("Check functions against MLRun and Kubernetes rules."),
         {QStringLiteral("FUNCTION|FILE...")},
         {},
         validateFunctions},
        {f,
         QStringLiteral("hash"),
         QStringLiteral("Print the hash MLRun's server computes for a function."),
         {QStringLiteral("FUNCTION|FILE")},
         {},
         hashFunction},
        {f,
         QStringLiteral("tag"),
         QStringLiteral("Point a tag at a stored version."),
         {QStringLiteral("FUNCTION"), QStringLiteral("TAG")},
         {},
         tagFunction},
    };
}

} // namespace Runbench::App
