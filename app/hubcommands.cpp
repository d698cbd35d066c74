// SPDX-License-Identifier: Apache-2.0
#include "commandcontext.h"
#include "commandline.h"
#include "hub/bundledhub.h"
#include "hub/hublibrary.h"

namespace Runbench::App {

using namespace Models;

namespace {

const QCommandLineOption kCategory(QStringLiteral("category"),
                                   QStringLiteral("Only functions in this category."),
                                   QStringLiteral("CATEGORY"));
const QCommandLineOption kKind(QStringLiteral("kind"),
                               QStringLiteral("Only functions of this kind."),
                               QStringLiteral("KIND"));
const QCommandLineOption kProject(QStringLiteral("project"),
                                  QStringLiteral("Project to import into (default: 'default')."),
                                  QStringLiteral("NAME"));

Result<HubLibrary> library(CommandContext &ctx)
{
    auto store = ctx.store();
    if (!store)
        return store.error();
    return HubLibrary(**store);
}

// Every source with its catalog; sources that cannot be read are reported as warnings.
Result<std::vector<LoadedHubSource>> loadSources(CommandContext &ctx)
{
    auto hub = library(ctx);
    if (!hub)
        return hub.error();
    auto loaded = hub->catalogs();
    if (!loaded)
        return loaded.error();
    for (const QString &warning : loaded->warnings)
        Output::warning(warning);
    return std::move(loaded->sources);
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
    auto hub = library(ctx);
    if (!hub)
        return CommandContext::fail(hub.error());
    const auto sources = hub->userSources();
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
    auto hub = library(ctx);
    if (!hub)
        return CommandContext::fail(hub.error());
    if (Status added = hub->addSource(args[0], args[1]); !added)
        return CommandContext::fail(added.error());
    return 0;
}

int removeSource(CommandContext &ctx)
{
    auto hub = library(ctx);
    if (!hub)
        return CommandContext::fail(hub.error());
    if (Status removed = hub->removeSource(ctx.args().positionalArguments().value(1)); !removed)
        return CommandContext::fail(removed.error());
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
Result<std::pair<HubResolution, FunctionSpec>> resolveItem(CommandContext &ctx,
                                                           const QString &reference)
{
    auto hub = library(ctx);
    if (!hub)
        return hub.error();
    auto resolved = hub->resolve(reference);
    if (!resolved)
        return resolved.error();
    auto spec = hub->function(*resolved);
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
    auto hub = library(ctx);
    if (!hub)
        return CommandContext::fail(hub.error());
    const auto resolved = hub->resolve(ctx.args().positionalArguments().first());
    if (!resolved)
        return CommandContext::fail(resolved.error());
    const auto imported = hub->import(*resolved, ctx.args().value(kProject),
                                      [&](const QString &p) { return ctx.ensureProject(p); });
    if (!imported)
        return CommandContext::fail(imported.error());
    const FunctionVersion &v = imported->saved.version;
    if (!ctx.out().isStructured()) {
        ctx.out().line(QStringLiteral("%1 %2/%3@%4 from %5")
                           .arg(imported->saved.created ? QStringLiteral("imported")
                                                        : QStringLiteral("unchanged"),
                                v.project, v.name, v.hash.left(12), v.origin));
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
