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
const QCommandLineOption kChannel(
    QStringLiteral("channel"),
    QStringLiteral("With 'add': the hub channel to read, master (default) or development. "
                   "Web sources are downloaded when added and by 'hub refresh', and read from "
                   "the offline cache otherwise."),
    QStringLiteral("CHANNEL"));
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
    for (const LoadedHubSource &source : loaded->sources) {
        for (const QString &warning : source.catalog.warnings())
            Output::warning(warning);
    }
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

QString outcomeText(const HubRefreshResult &result)
{
    switch (result.outcome) {
    case HubRefreshResult::Outcome::Updated:
        return QStringLiteral("updated");
    case HubRefreshResult::Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case HubRefreshResult::Outcome::Local:
        return QStringLiteral("local");
    case HubRefreshResult::Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(Qt::ISODate) : QString();
}

// Prints one row per refreshed source; failures go to stderr. Exit code 1 when any failed.
int printRefresh(CommandContext &ctx, const std::vector<HubRefreshResult> &results)
{
    std::vector<QStringList> rows;
    int failed = 0;
    for (const HubRefreshResult &r : results) {
        if (r.outcome == HubRefreshResult::Outcome::Failed) {
            Output::error(r.message);
            ++failed;
        }
        rows.push_back(
            {r.source, outcomeText(r), QString::number(r.bytesReceived), timeText(r.cachedAt)});
    }
    ctx.out().records({QStringLiteral("SOURCE"), QStringLiteral("RESULT"), QStringLiteral("BYTES"),
                       QStringLiteral("CACHED")},
                      rows);
    return failed ? 1 : 0;
}

int listSources(CommandContext &ctx)
{
    auto hub = library(ctx);
    if (!hub)
        return CommandContext::fail(hub.error());
    const auto sources = hub->sources();
    if (!sources)
        return CommandContext::fail(sources.error());
    std::vector<QStringList> rows;
    for (const HubSource &s : *sources) {
        const bool bundled = s.name() == QLatin1String(BundledHub::kSourceName);
        QString cached;
        if (!s.isLocal()) {
            QDateTime at;
            cached = hub->catalog(s, &at) ? timeText(at) : QStringLiteral("never");
        }
        rows.push_back({s.name(),
                        bundled ? QStringLiteral("bundled") : HubSource::kindName(s.kind()),
                        s.channel(),
                        bundled ? QStringLiteral("(ships with Runbench)") : s.location(), cached});
    }
    ctx.out().records({QStringLiteral("NAME"), QStringLiteral("KIND"), QStringLiteral("CHANNEL"),
                       QStringLiteral("LOCATION"), QStringLiteral("CACHED")},
                      rows);
    return 0;
}

// add NAME [URL|PATH]: without a location, MLRun's public hub. A web source is downloaded
// right away; if that fails it stays added and can be refreshed later.
int addSource(CommandContext &ctx)
{
    const QStringList args = ctx.args().positionalArguments().mid(1);
    const QString name = args.value(0);
    const QString location = args.value(1, HubSource::kDefaultUrl);
    auto hub = library(ctx);
    if (!hub)
        return CommandContext::fail(hub.error());
    if (Status added = hub->addSource(name, location, ctx.args().value(kChannel)); !added)
        return CommandContext::fail(added.error());
    if (!HubSource::isWebLocation(location))
        return 0;
    const auto refreshed = hub->refresh(name);
    if (!refreshed)
        return CommandContext::fail(refreshed.error());
    for (const HubRefreshResult &r : *refreshed) {
        if (r.outcome == HubRefreshResult::Outcome::Failed)
            Output::warning(r.message);
    }
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
    if (args[0] == QLatin1String("add") && (args.size() == 2 || args.size() == 3))
        return addSource(ctx);
    if (args[0] == QLatin1String("remove") && args.size() == 2)
        return removeSource(ctx);
    Output::error(QStringLiteral(
        "'runbench hub sources' takes nothing, 'add NAME [PATH|URL]' or 'remove NAME'."));
    return 2;
}

// hub refresh [NAME]
int refreshCommand(CommandContext &ctx)
{
    auto hub = library(ctx);
    if (!hub)
        return CommandContext::fail(hub.error());
    const auto refreshed = hub->refresh(ctx.args().positionalArguments().value(0));
    if (!refreshed)
        return CommandContext::fail(refreshed.error());
    return printRefresh(ctx, *refreshed);
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

QString versionsOf(CommandContext &ctx, const HubResolution &resolution)
{
    auto hub = library(ctx);
    if (!hub)
        return {};
    const auto catalog = hub->catalog(resolution.source);
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
        {QStringLiteral("versions"), versionsOf(ctx, resolution)},
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
         QStringLiteral("List hub sources; add NAME [URL|PATH] [--channel C] (URL: a hub root, "
                        "default MLRun's hub; PATH: a folder or git checkout) or remove NAME."),
         {QStringLiteral("[add|remove]"), QStringLiteral("[NAME]"), QStringLiteral("[URL|PATH]")},
         {kChannel},
         sourcesCommand},
        {h,
         QStringLiteral("refresh"),
         QStringLiteral("Download the catalogs of web hub sources again (all, or NAME); an "
                        "unchanged catalog costs a 304, a failure keeps the cached copy."),
         {QStringLiteral("[NAME]")},
         {},
         refreshCommand},
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
