// SPDX-License-Identifier: Apache-2.0
#include "commandcontext.h"
#include "commandline.h"
#include "document/documentwriter.h"
#include "document/storedjson.h"
#include "project/projectdocument.h"
#include "spec/functionimporter.h"
#include "spec/kubernetesnames.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Runbench::App {

using namespace Models;

namespace {

const QCommandLineOption kDescription(QStringLiteral("description"),
                                      QStringLiteral("What the project is for."),
                                      QStringLiteral("TEXT"));
int createProject(CommandContext &ctx)
{
    const QString name = ctx.args().positionalArguments().first();
    if (const QString problem =
            KubernetesNames::checkDns1123Label(name, QStringLiteral("The project name"));
        !problem.isEmpty())
        return CommandContext::fail(problem);
    auto store = ctx.store();
    if (!store)
        return CommandContext::fail(store.error());
    const QString description = ctx.args().value(kDescription);
    ProjectRecord record;
    record.name = name;
    record.description = description;
    record.document = StoredJson::write(ProjectDocument::create(name, description).root());
    const auto created = (*store)->createProject(record);
    if (!created)
        return CommandContext::fail(created.error());
    if (!ctx.out().isStructured())
        ctx.out().line(QStringLiteral("created project %1").arg(name));
    return 0;
}

int listProjects(CommandContext &ctx)
{
    auto store = ctx.store();
    if (!store)
        return CommandContext::fail(store.error());
    const auto projects = (*store)->projects();
    if (!projects)
        return CommandContext::fail(projects.error());
    std::vector<QStringList> rows;
    for (const ProjectRecord &p : *projects)
        rows.push_back({p.name, QString::number(p.functionCount), p.description,
                        p.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
    ctx.out().records({QStringLiteral("NAME"), QStringLiteral("FUNCTIONS"),
                       QStringLiteral("DESCRIPTION"), QStringLiteral("CREATED")},
                      rows);
    return 0;
}

Result<ProjectRecord> findProject(CommandContext &ctx, const QString &name)
{
    auto store = ctx.store();
    if (!store)
        return store.error();
    const auto project = (*store)->project(name);
    if (!project)
        return project.error();
    if (!*project)
        return Error{QStringLiteral("Project '%1' does not exist.").arg(name)};
    return **project;
}

int showProject(CommandContext &ctx)
{
    const auto project = findProject(ctx, ctx.args().positionalArguments().first());
    if (!project)
        return CommandContext::fail(project.error());
    FunctionQuery query;
    query.project = project->name;
    const auto functions = (*ctx.store())->functions(query);
    if (!functions)
        return CommandContext::fail(functions.error());
    if (ctx.out().isStructured()) {
        Node out = Node::mapping();
        out.insert("name") = Node::string(project->name.toStdString());
        out.insert("description") = Node::string(project->description.toStdString());
        out.insert("created") = Node::string(project->created.toString(Qt::ISODate).toStdString());
        Node &list = out.insert("functions") = Node::sequence();
        for (const FunctionVersion &v : *functions) {
            Node f = Node::mapping();
            f.insert("name") = Node::string(v.name.toStdString());
            f.insert("kind") = Node::string(v.kind.toStdString());
            f.insert("hash") = Node::string(v.hash.toStdString());
            Node &tags = f.insert("tags") = Node::sequence();
            for (const QString &t : v.tags)
                tags.items().push_back(Node::string(t.toStdString()));
            list.items().push_back(std::move(f));
        }
        ctx.out().document(out);
        return 0;
    }
    ctx.out().line(QStringLiteral("project      %1").arg(project->name));
    if (!project->description.isEmpty())
        ctx.out().line(QStringLiteral("description  %1").arg(project->description));
    ctx.out().line(
        QStringLiteral("created      %1\n")
            .arg(project->created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    std::vector<QStringList> rows;
    for (const FunctionVersion &v : *functions)
        rows.push_back({v.name, v.kind, v.tags.join(QLatin1Char(',')), v.hash.left(12)});
    ctx.out().table({QStringLiteral("FUNCTION"), QStringLiteral("KIND"), QStringLiteral("TAGS"),
                     QStringLiteral("HASH")},
                    rows);
    return 0;
}

int deleteProject(CommandContext &ctx)
{
    auto store = ctx.store();
    if (!store)
        return CommandContext::fail(store.error());
    const QString name = ctx.args().positionalArguments().first();
    const Status deleted = (*store)->deleteProject(name);
    if (!deleted)
        return CommandContext::fail(deleted.error());
    if (!ctx.out().isStructured())
        ctx.out().line(QStringLiteral("deleted project %1 with its functions and runs").arg(name));
    return 0;
}

int importProject(CommandContext &ctx)
{
    const QString path = ctx.args().positionalArguments().first();
    auto doc = ProjectDocument::load(path);
    if (!doc)
        return CommandContext::fail(doc.error());
    const QString name = doc->name();
    if (const QString problem =
            KubernetesNames::checkDns1123Label(name, QStringLiteral("The project name"));
        !problem.isEmpty())
        return CommandContext::fail(Error{problem, path});
    auto entries = doc->functions();
    if (!entries)
        return CommandContext::fail(Error{entries.error().message, path});

    // Everything is read and hashed before the first write, so bad input leaves no trace.
    std::vector<FunctionImporter::Prepared> prepared;
    QStringList references;
    QStringList resolved;
    const QDir base = QFileInfo(path).absoluteDir();
    for (auto &entry : *entries) {
        std::optional<FunctionSpec> function = std::move(entry.function);
        QString origin = path;
        const QString local = base.filePath(entry.url);
        if (!function &&
            (entry.url.endsWith(QLatin1String(".yaml")) ||
             entry.url.endsWith(QLatin1String(".yml")) ||
             entry.url.endsWith(QLatin1String(".json"))) &&
            QFileInfo(local).isFile()) {
            auto loaded = FunctionSpec::load(local);
            if (!loaded)
                return CommandContext::fail(loaded.error());
            function = std::move(*loaded);
            origin = local;
            resolved << entry.name;
        }
        if (!function) {
            references << (entry.url.isEmpty() ? entry.name : entry.url);
            continue;
        }
        FunctionImporter::Request request{name, entry.tag, entry.name, origin};
        auto ready = FunctionImporter::prepare(std::move(*function), request);
        if (!ready)
            return CommandContext::fail(ready.error());
        prepared.push_back(std::move(*ready));
    }
    auto store = ctx.store();
    if (!store)
        return CommandContext::fail(store.error());
    ProjectRecord record;
    record.name = name;
    record.description = doc->description();
    record.document = StoredJson::write(doc->withoutStoredFunctions(resolved));
    if (const Status saved = (*store)->saveProject(record); !saved)
        return CommandContext::fail(saved.error());
    int created = 0;
    for (const auto &p : prepared) {
        const auto saved = (*store)->saveFunctionVersion(p.version, p.tag);
        if (!saved)
            return CommandContext::fail(saved.error());
        created += saved->created ? 1 : 0;
    }
    if (!ctx.out().isStructured()) {
        ctx.out().line(QStringLiteral("imported project %1: %2 function(s), %3 new version(s)")
                           .arg(name)
                           .arg(prepared.size())
                           .arg(created));
        if (!references.isEmpty())
            ctx.out().line(QStringLiteral("kept as references (not stored as versions): %1")
                               .arg(references.join(QLatin1String(", "))));
    }
    return 0;
}

int exportProject(CommandContext &ctx)
{
    const auto project = findProject(ctx, ctx.args().positionalArguments().first());
    if (!project)
        return CommandContext::fail(project.error());
    Node root = Node::mapping();
    if (!project->document.isEmpty()) {
        auto stored = DocumentReader::read(
            std::string_view(project->document.constData(), project->document.size()),
            DocumentFormat::Json, project->name);
        if (!stored)
            return CommandContext::fail(stored.error());
        root = std::move(*stored);
    }
    auto doc =
        root.isMapping()
            ? ProjectDocument::fromNode(std::move(root), project->name)
            : Result<ProjectDocument>(ProjectDocument::create(project->name, project->description));
    if (!doc)
        doc = ProjectDocument::create(project->name, project->description);
    FunctionQuery query;
    query.project = project->name;
    query.withDocuments = true;
    const auto versions = (*ctx.store())->functions(query);
    if (!versions)
        return CommandContext::fail(versions.error());
    std::vector<FunctionSpec> functions;
    for (const FunctionVersion &v : *versions) {
        auto spec = FunctionSpec::parse(
            std::string_view(v.document.constData(), std::size_t(v.document.size())),
            DocumentFormat::Json, v.project + QLatin1Char('/') + v.name);
        if (!spec)
            return CommandContext::fail(spec.error());
        spec->setTag(v.tags.contains(QLatin1String("latest")) ? QStringLiteral("latest")
                                                              : v.tags.value(0));
        functions.push_back(std::move(*spec));
    }
    doc->setEmbeddedFunctions(functions);
    std::string text;
    if (ctx.out().format() == OutputFormat::Json) {
        const auto json = DocumentWriter::toJson(doc->root(), JsonStyle{false, 2, true});
        if (!json)
            return CommandContext::fail(json.error());
        text = *json + "\n";
    } else {
        text = doc->toYaml();
    }
    return ctx.writeDocument(text);
}

} // namespace

QList<Command> projectCommands()
{
    const QString p = QStringLiteral("project");
    return {
        {p,
         QStringLiteral("create"),
         QStringLiteral("Create an empty project."),
         {QStringLiteral("NAME")},
         {kDescription},
         createProject},
        {p, QStringLiteral("list"), QStringLiteral("List projects."), {}, {}, listProjects},
        {p,
         QStringLiteral("show"),
         QStringLiteral("Show a project and its functions."),
         {QStringLiteral("NAME")},
         {},
         showProject},
        {p,
         QStringLiteral("delete"),
         QStringLiteral("Delete a project with its functions and runs."),
         {QStringLiteral("NAME")},
         {},
         deleteProject},
        {p,
         QStringLiteral("import"),
         QStringLiteral("Import an MLRun project.yaml with its embedded functions."),
         {QStringLiteral("FILE")},
         {},
         importProject},
        {p,
         QStringLiteral("export"),
         QStringLiteral("Write a project as an MLRun project.yaml."),
         {QStringLiteral("NAME")},
         {CommandContext::outputFileOption()},
         exportProject},
    };
}

} // namespace Runbench::App
