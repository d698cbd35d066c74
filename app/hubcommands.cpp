// SPDX-License-Identifier: Apache-2.0
#include "commandcontext.h"
#include "commandline.h"
#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "hub/bundledhub.h"
#include "hub/huburi.h"
#include "spec/functionimporter.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace Runbench::App {

using namespace Models;

namespace {

const QString kSourcesSetting = QStringLiteral("hub.sources");
const QCommandLineOption kCategory(QStringLiteral("category"),
                                   QStringLiteral("Only functions in this category."),
                                   QStringLiteral("CATEGORY"));
const QCommandLineOption kKind(QStringLiteral("kind"),
                               QStringLiteral("Only functions of this kind."),
                               QStringLiteral("KIND"));
const QCommandLineOption kProject(QStringLiteral("project"),
                                  QStringLiteral("Project to import into (default: 'default')."),
                                  QStringLiteral("NAME"));

// The sources the user added (kept in the store's settings), in precedence order.
Result<std::vector<HubSource>> userSources(Store &store)
{
    const auto saved = store.setting(kSourcesSetting);
    if (!saved)
        return saved.error();
    std::vector<HubSource> sources;
    if (!*saved)
        return sources;
    const QByteArray json = (*saved)->toUtf8();
    const auto list =
        DocumentReader::read(std::string_view(json.constData(), std::size_t(json.size())),
                             DocumentFormat::Json, kSourcesSetting);
    if (!list || !list->isSequence())
        return Error{QStringLiteral(
            "The hub sources setting is damaged; remove and add the sources again.")};
    for (const Node &entry : list->items()) {
        const Node *name = entry.get("name");
        const Node *location = entry.get("location");
        if (!name || !location)
            continue;
        const QString where = QString::fromStdString(location->text());
        const bool web = where.startsWith(QLatin1String("http://")) ||
                         where.startsWith(QLatin1String("https://"));
        sources.emplace_back(QString::fromStdString(name->text()),
                             web ? HubSource::Kind::Http : HubSource::Kind::Folder, where);
    }
    return sources;
}

Status saveUserSources(Store &store, const std::vector<HubSource> &sources)
{
    Node list = Node::sequence();
    for (const HubSource &source : sources) {
        Node entry = Node::mapping();
        entry.insert("name") = Node::string(source.name().toStdString());
        entry.insert("location") = Node::string(source.location().toStdString());
        list.items().push_back(std::move(entry));
    }
    return store.setSetting(kSourcesSetting,
                            QString::fromStdString(DocumentWriter::toJson(list).value()));
}

// Every source with its catalog: the user's first, then the bundled hub. Sources that cannot
// be read are reported as warnings and left out.
Result<std::vector<LoadedHubSource>> loadSources(CommandContext &ctx)
{
    auto store = ctx.store();
    if (!store)
        return store.error();
    auto sources = userSources(**store);
    if (!sources)
        return sources.error();
    const auto bundled =
        BundledHub::source(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                           QStringLiteral("/runbench/hub"));
    if (bundled)
        sources->push_back(*bundled);
    else
        Output::warning(bundled.error().message);
    std::vector<LoadedHubSource> loaded;
    for (const HubSource &source : *sources) {
        auto catalog = source.readCatalog();
        if (!catalog) {
            Output::warning(catalog.error().message);
            continue;
        }
        loaded.push_back({source, std::move(*catalog)});
    }
    return loaded;
}

QStringList itemRow(const LoadedHubSource &source, const HubItem &item)
{
    return {item.name,
            item.version,
            item.kind,
            item.categories.join(QLatin1Char(',')),
            source.source.name(),
            item.description};
}

const QStringList kItemHeaders = {QStringLiteral("NAME"),   QStringLiteral("VERSION"),
                                  QStringLiteral("KIND"),   QStringLiteral("CATEGORIES"),
                                  QStringLiteral("SOURCE"), QStringLiteral("DESCRIPTION")};

int listSources(CommandContext &ctx)
{
    auto store = ctx.store();
    if (!store)
        return CommandContext::fail(store.error());
    const auto sources = userSources(**store);
    if (!sources)
        return CommandContext::fail(sources.error());
    std::vector<QStringList> rows;
    for (const HubSource &s : *sources)
        rows.push_back({s.name(), s.location()});
    rows.push_back(
        {QString::fromLatin1(BundledHub::kSourceName), QStringLiteral("(ships with Runbench)")});
    ctx.out().records({QStringLiteral("NAME"), QStringLiteral("LOCATION")}, rows);
    return 0;
}

int addSource(CommandContext &ctx)
{
    const QStringList args = ctx.args().positionalArguments().mid(1);
    auto store = ctx.store();
    if (!store)
        return CommandContext::fail(store.error());
    auto sources = userSources(**store);
    if (!sources)
        return CommandContext::fail(sources.error());
    const QString &name = args[0];
    if (name == QLatin1String(BundledHub::kSourceName) ||
        std::any_of(sources->begin(), sources->end(),
                    [&](const HubSource &s) { return s.name() == name; }))
        return CommandContext::fail(
            QStringLiteral("A hub source named %1 exists already.").arg(name));
    QString location = args[1];
    const bool web = location.startsWith(QLatin1String("http://")) ||
                     location.startsWith(QLatin1String("https://"));
    if (!web) {
        if (!QFileInfo(location).isDir())
            return CommandContext::fail(
                QStringLiteral("%1 is neither a folder nor an http(s) URL.").arg(location));
        location = QFileInfo(location).absoluteFilePath();
    }
    sources->emplace_back(name, web ? HubSource::Kind::Http : HubSource::Kind::Folder, location);
    if (Status saved = saveUserSources(**store, *sources); !saved)
        return CommandContext::fail(saved.error());
    return 0;
}

int removeSource(CommandContext &ctx)
{
    const QString name = ctx.args().positionalArguments().value(1);
    auto store = ctx.store();
    if (!store)
        return CommandContext::fail(store.error());
    auto sources = userSources(**store);
    if (!sources)
        return CommandContext::fail(sources.error());
    const auto before = sources->size();
    std::erase_if(*sources, [&](const HubSource &s) { return s.name() == name; });
    if (sources->size() == before)
        return CommandContext::fail(
            QStringLiteral("There is no hub source named %1 to remove.").arg(name));
    if (Status saved = saveUserSources(**store, *sources); !saved)
        return CommandContext::fail(saved.error());
    return 0;
}

// hub sources [add NAME PATH|URL | remove NAME]
int sourcesCommand(CommandContext &ctx)
{
    const QStringList args = ctx.args().positionalArguments();
    if (args.isEmpty())
        return listSources(ctx);
    if (args[0] == QLatin1String("add") && args.size() == 3)
        return addSource(ctx);
    if (args[0] == QLatin1String("remove") && args.size() == 2)
        return removeSource(ctx);
    Output::error(QStringLiteral(
        "'runbench hub sources' takes nothing, 'add NAME PATH|URL' or 'remove NAME'."));
    return 2;
}

int searchItems(CommandContext &ctx, const QString &text)
{
    const auto sources = loadSources(ctx);
    if (!sources)
        return CommandContext::fail(sources.error());
    std::vector<QStringList> rows;
    for (const LoadedHubSource &source : *sources) {
        for (const HubItem *item :
             source.catalog.search(text, ctx.args().value(kCategory), ctx.args().value(kKind))) {
            if (item->tag == HubItem::kLatest)
                rows.push_back(itemRow(source, *item));
        }
    }
    ctx.out().records(kItemHeaders, rows);
    return 0;
}

int listItems(CommandContext &ctx)
{
    return searchItems(ctx, QString());
}

int searchCommand(CommandContext &ctx)
{
    return searchItems(ctx, ctx.args().positionalArguments().first());
}

// The item a hub:// reference (or a plain NAME[:VERSION]) points at, and its function.
Result<std::pair<HubResolution, FunctionSpec>> resolveItem(CommandContext &ctx, QString reference)
{
    if (!HubUri::isHubUri(reference))
        reference = QStringLiteral("hub://") + reference;
    const auto uri = HubUri::parse(reference);
    if (!uri)
        return uri.error();
    const auto sources = loadSources(ctx);
    if (!sources)
        return sources.error();
    auto resolved = uri->resolve(*sources);
    if (!resolved)
        return resolved.error();
    const auto yaml = resolved->source.readFunctionYaml(resolved->item);
    if (!yaml)
        return yaml.error();
    auto spec = FunctionSpec::parse(std::string_view(yaml->constData(), std::size_t(yaml->size())),
                                    DocumentFormat::Yaml, resolved->functionUrl);
    if (!spec)
        return spec.error();
    return std::make_pair(std::move(*resolved), std::move(*spec));
}

QString versionsOf(const HubResolution &resolution)
{
    const auto catalog = resolution.source.readCatalog();
    return catalog ? catalog->versions(resolution.item.name).join(QLatin1String(", ")) : QString();
}

int showItem(CommandContext &ctx)
{
    const auto found = resolveItem(ctx, ctx.args().positionalArguments().first());
    if (!found)
        return CommandContext::fail(found.error());
    const auto &[resolution, spec] = *found;
    if (ctx.out().isStructured()) {
        ctx.out().document(spec.root());
        return 0;
    }
    const HubItem &item = resolution.item;
    std::vector<QStringList> rows = {
        {QStringLiteral("name"), item.name},
        {QStringLiteral("version"), item.version},
        {QStringLiteral("source"), resolution.source.name()},
        {QStringLiteral("kind"), item.kind},
        {QStringLiteral("categories"), item.categories.join(QLatin1String(", "))},
        {QStringLiteral("description"), item.description},
        {QStringLiteral("handler"), spec.text(FunctionSpec::TextField::DefaultHandler)},
        {QStringLiteral("requirements"), item.spec.requirements.join(QLatin1String(", "))},
        {QStringLiteral("versions"), versionsOf(resolution)},
        {QStringLiteral("function"), resolution.functionUrl},
    };
    std::erase_if(rows, [](const QStringList &r) { return r[1].isEmpty(); });
    ctx.out().table({QStringLiteral("FIELD"), QStringLiteral("VALUE")}, rows);
    return 0;
}

int importItem(CommandContext &ctx)
{
    const auto found = resolveItem(ctx, ctx.args().positionalArguments().first());
    if (!found)
        return CommandContext::fail(found.error());
    auto store = ctx.store();
    if (!store)
        return CommandContext::fail(store.error());
    const auto &[resolution, spec] = *found;
    FunctionImporter importer(**store);
    FunctionImporter::Request request;
    request.project = ctx.args().value(kProject);
    request.name = resolution.item.name;
    request.origin = QStringLiteral("hub://%1/%2:%3")
                         .arg(resolution.source.name(), resolution.item.name, resolution.item.tag);
    const auto imported =
        importer.import(spec, request, [&](const QString &p) { return ctx.ensureProject(p); });
    if (!imported)
        return CommandContext::fail(imported.error());
    const FunctionVersion &v = imported->saved.version;
    if (!ctx.out().isStructured()) {
        ctx.out().line(QStringLiteral("%1 %2/%3@%4 from %5")
                           .arg(imported->saved.created ? QStringLiteral("imported")
                                                        : QStringLiteral("unchanged"),
                                v.project, v.name, v.hash.left(12), request.origin));
    }
    return 0;
}

} // namespace

QList<Command> hubCommands()
{
    const QString h = QStringLiteral("hub");
    return {
        {h,
         QStringLiteral("sources"),
         QStringLiteral("List hub sources (yours first, then the bundled hub); add NAME PATH|URL "
                        "or remove NAME."),
         {QStringLiteral("[add|remove]"), QStringLiteral("[NAME]"), QStringLiteral("[PATH|URL]")},
         {},
         sourcesCommand},
        {h,
         QStringLiteral("list"),
         QStringLiteral("List the functions of every hub source."),
         {},
         {kCategory, kKind},
         listItems},
        {h,
         QStringLiteral("search"),
         QStringLiteral("Search names, descriptions and categories."),
         {QStringLiteral("TEXT")},
         {kCategory, kKind},
         searchCommand},
        {h,
         QStringLiteral("show"),
         QStringLiteral("Show a hub function: hub://[SOURCE/]NAME[:VERSION]."),
         {QStringLiteral("ITEM")},
         {},
         showItem},
        {h,
         QStringLiteral("import"),
         QStringLiteral("Import a hub function into a project as a new version."),
         {QStringLiteral("ITEM")},
         {kProject},
         importItem},
    };
}

} // namespace Runbench::App
