// SPDX-License-Identifier: Apache-2.0
#include "hublibrary.h"

#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "hub/bundledhub.h"
#include "hub/hubfetcher.h"
#include "store/store.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace Runbench::Models {

namespace {

const QString kSourcesSetting = QStringLiteral("hub.sources");
constexpr qint64 kDefaultMaxBytes = qint64(16) << 20;

std::string_view view(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), std::size_t(bytes.size()));
}

// How catalog messages name a source: its name and where the catalog is.
QString catalogLabel(const HubSource &source, const QString &where)
{
    return QStringLiteral("%1 (%2)").arg(source.name(), where);
}

QString timeText(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QStringList textList(const Node *node)
{
    QStringList list;
    if (node && node->isSequence()) {
        for (const Node &item : node->items()) {
            if (item.isScalar() && !item.isNull())
                list << QString::fromStdString(item.displayText());
        }
    }
    return list;
}

} // namespace

HubLibrary::HubLibrary(Store &store, QString cacheDir)
    : m_store(store)
    , m_cacheDir(cacheDir.isEmpty() ? defaultCacheDir() : std::move(cacheDir))
{
    m_http.maxBytes = kDefaultMaxBytes;
}

QString HubLibrary::defaultCacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QStringLiteral("/runbench/hub");
}

void HubLibrary::setHttpDefaults(const HttpRequest &defaults)
{
    m_http = defaults;
    m_http.url.clear();
    m_http.etag.clear();
    m_http.lastModified.clear();
}

Result<std::vector<HubSource>> HubLibrary::userSources() const
{
    const auto saved = m_store.setting(kSourcesSetting);
    if (!saved)
        return saved.error();
    std::vector<HubSource> sources;
    if (!*saved)
        return sources;
    const QByteArray json = (*saved)->toUtf8();
    const auto list = DocumentReader::read(view(json), DocumentFormat::Json, kSourcesSetting);
    if (!list || !list->isSequence())
        return Error(tr("The hub sources setting is damaged; remove and add the sources again."));
    for (const Node &entry : list->items()) {
        const Node *name = entry.get("name");
        const Node *location = entry.get("location");
        if (!name || !location)
            continue;
        const QString where = QString::fromStdString(location->text());
        const Node *kind = entry.get("kind");
        const Node *channel = entry.get("channel");
        sources.emplace_back(QString::fromStdString(name->text()),
                             kind ? HubSource::kindFromName(QString::fromStdString(kind->text()))
                                  : HubSource::detectKind(where),
                             where, channel ? QString::fromStdString(channel->text()) : QString());
    }
    return sources;
}

Result<std::vector<HubSource>> HubLibrary::sources() const
{
    auto sources = userSources();
    if (!sources)
        return sources.error();
    auto bundled = BundledHub::source(m_cacheDir);
    if (!bundled)
        return bundled.error();
    sources->push_back(std::move(*bundled));
    return sources;
}

Result<HubSource> HubLibrary::findSource(const QString &name) const
{
    if (name == QLatin1String(BundledHub::kSourceName))
        return BundledHub::source(m_cacheDir);
    auto user = userSources();
    if (!user)
        return user.error();
    for (HubSource &source : *user) {
        if (source.name() == name)
            return std::move(source);
    }
    return Error(tr("There is no hub source named %1.").arg(name));
}

Status HubLibrary::saveUserSources(const std::vector<HubSource> &sources) const
{
    Node list = Node::sequence();
    for (const HubSource &source : sources) {
        Node entry = Node::mapping();
        entry.insert("name") = Node::string(source.name().toStdString());
        entry.insert("location") = Node::string(source.location().toStdString());
        entry.insert("kind") = Node::string(HubSource::kindName(source.kind()).toStdString());
        entry.insert("channel") = Node::string(source.channel().toStdString());
        list.items().push_back(std::move(entry));
    }
    return m_store.setSetting(kSourcesSetting,
                              QString::fromStdString(DocumentWriter::toJson(list).value()));
}

Status HubLibrary::addSource(const QString &name, const QString &location, const QString &channel)
{
    auto sources = userSources();
    if (!sources)
        return sources.error();
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char(':')))
        return Error(tr("A hub source name must be non-empty and contain no '/' or ':'."));
    if (name == QLatin1String(BundledHub::kSourceName) ||
        std::any_of(sources->begin(), sources->end(),
                    [&](const HubSource &s) { return s.name() == name; }))
        return Error(tr("A hub source named %1 exists already.").arg(name));
    static const QRegularExpression channelName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (!channel.isEmpty() && !channelName.match(channel).hasMatch())
        return Error(tr("The hub channel %1 is not a plain name such as master or development.")
                         .arg(channel));
    QString where = location.trimmed();
    const HubSource::Kind kind = HubSource::detectKind(where);
    if (kind == HubSource::Kind::Http) {
        const QUrl url(where, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return Error(tr("%1 is not a valid http(s) URL for a hub source.").arg(where));
        // Sources are kept in the store as they are given: no secrets in them.
        if (!url.userInfo().isEmpty())
            return Error(tr("The URL of the hub source %1 must not contain a user name or "
                            "password.")
                             .arg(name));
    } else {
        if (!QFileInfo(where).isDir())
            return Error(tr("%1 is neither a folder nor an http(s) URL.").arg(where));
        where = QFileInfo(where).absoluteFilePath();
    }
    sources->emplace_back(name, kind, where, channel);
    return saveUserSources(*sources);
}

Status HubLibrary::removeSource(const QString &name)
{
    auto sources = userSources();
    if (!sources)
        return sources.error();
    const auto before = sources->size();
    std::erase_if(*sources, [&](const HubSource &s) { return s.name() == name; });
    if (sources->size() == before)
        return Error(tr("There is no hub source named %1 to remove.").arg(name));
    if (Status saved = saveUserSources(*sources); !saved)
        return saved;
    if (auto dropped = m_store.removeHubCache(name); !dropped)
        return dropped.error();
    return {};
}

Result<HubCatalog> HubLibrary::catalog(const HubSource &source, QDateTime *cachedAt) const
{
    if (source.isLocal()) {
        auto bytes = source.readCatalogBytes();
        if (!bytes)
            return bytes.error();
        return HubCatalog::parse(view(*bytes), catalogLabel(source, source.catalogUrl()));
    }
    auto entry = m_store.hubCacheEntry(source.name(), source.catalogUrl());
    if (!entry)
        return entry.error();
    if (!*entry)
        return Error(tr("The hub source %1 has not been downloaded yet; refresh it to see its "
                        "functions.")
                         .arg(source.name()));
    if (cachedAt)
        *cachedAt = (*entry)->checked;
    return HubCatalog::parse(view((*entry)->body), catalogLabel(source, source.catalogUrl()));
}

Result<HubLibrary::Catalogs> HubLibrary::catalogs() const
{
    auto sources = userSources();
    if (!sources)
        return sources.error();
    Catalogs result;
    if (auto bundled = BundledHub::source(m_cacheDir))
        sources->push_back(std::move(*bundled));
    else
        result.warnings << bundled.error().message;
    for (const HubSource &source : *sources) {
        QDateTime cachedAt;
        auto catalog = this->catalog(source, &cachedAt);
        if (!catalog) {
            result.warnings << catalog.error().message;
            continue;
        }
        if (cachedAt.isValid())
            result.cachedAt.insert(source.name(), cachedAt);
        result.sources.push_back({source, std::move(*catalog)});
    }
    return result;
}

Result<HubTags> HubLibrary::tags(const HubSource &source) const
{
    Result<QByteArray> bytes = QByteArray();
    if (source.isLocal()) {
        bytes = source.readTagsBytes();
    } else {
        auto entry = m_store.hubCacheEntry(source.name(), source.tagsUrl());
        if (!entry)
            return entry.error();
        if (!*entry)
            return Error(tr("The hub source %1 has no downloaded tags.json; refresh it.")
                             .arg(source.name()));
        bytes = (*entry)->body;
    }
    if (!bytes)
        return bytes.error();
    const auto root = DocumentReader::read(view(*bytes), DocumentFormat::Json, source.tagsUrl());
    if (!root)
        return root.error();
    if (!root->isMapping())
        return Error(
            tr("The tags.json of the hub source %1 is not a JSON object.").arg(source.name()),
            source.tagsUrl());
    return HubTags{textList(root->get("categories")), textList(root->get("kind"))};
}

Status HubLibrary::checkCatalog(const HubSource &source, const QByteArray &bytes)
{
    const auto parsed = HubCatalog::parse(view(bytes), catalogLabel(source, source.catalogUrl()));
    if (parsed)
        return {};
    const Error &error = parsed.error();
    if (error.message.contains(source.catalogUrl()))
        return error;
    // The JSON reader names neither the source nor the file.
    QString detail = error.message;
    if (detail.endsWith(QLatin1Char('.')))
        detail.chop(1);
    if (error.line > 0)
        detail = tr("line %1, column %2: %3").arg(error.line).arg(error.column).arg(detail);
    return Error(tr("The catalog %1 cannot be read (%2).").arg(source.catalogUrl(), detail));
}

HubRefreshResult HubLibrary::failedRefresh(const HubSource &source, const Error &error) const
{
    HubRefreshResult result;
    result.source = source.name();
    result.outcome = HubRefreshResult::Outcome::Failed;
    const auto cached = m_store.hubCacheEntry(source.name(), source.catalogUrl());
    if (cached && *cached) {
        result.cachedAt = (*cached)->checked;
        result.message = tr("Could not refresh the hub source %1: %2 Offline — showing the "
                            "catalog cached at %3.")
                             .arg(source.name(), error.message, timeText(result.cachedAt));
    } else {
        result.message = tr("Could not refresh the hub source %1: %2 No copy of its catalog is "
                            "cached yet.")
                             .arg(source.name(), error.message);
    }
    return result;
}

Status HubLibrary::dropStaleLatest(const HubSource &source) const
{
    // A new catalog may move "latest" to another version, so the files cached from latest/ are
    // stale; numbered version folders never change, so theirs stay.
    const QString channel = source.catalogUrl().chopped(HubSource::kCatalogFile.size());
    const QString latest = QLatin1Char('/') + HubItem::kLatest + QLatin1Char('/');
    const auto stale = [&](const QString &url) {
        return url.startsWith(channel) && url.mid(channel.size()).contains(latest);
    };
    if (auto dropped = m_store.removeHubCache(source.name(), stale); !dropped)
        return dropped.error();
    return {};
}

HubRefreshResult HubLibrary::refreshSource(const HubSource &source, const HubCancel &cancel,
                                           const HubProgressCallback &progress, int step,
                                           int steps) const
{
    HubRefreshResult result;
    result.source = source.name();
    if (source.isLocal()) {
        if (auto catalog = this->catalog(source); !catalog) {
            result.outcome = HubRefreshResult::Outcome::Failed;
            result.message = catalog.error().message;
        }
        return result;
    }
    const HubFetcher fetcher(m_store, m_http);
    std::atomic_bool stop = cancel.requested();
    const std::atomic_bool *httpCancel = cancel.flag() ? cancel.flag() : &stop;
    const auto report = [&](const QString &file, int at) {
        return [&progress, &source, &cancel, &stop, file, at, steps](qint64 bytes, qint64 total) {
            if (cancel.requested())
                stop = true;
            if (progress)
                progress({source.name(), file, bytes, total, at, steps});
        };
    };
    auto fetched = fetcher.refresh(
        source.name(), source.catalogUrl(),
        [&source](const QByteArray &bytes) { return checkCatalog(source, bytes); }, httpCancel,
        report(source.catalogUrl(), step));
    if (!fetched)
        return failedRefresh(source, fetched.error());
    if (fetched->updated) {
        if (Status dropped = dropStaleLatest(source); !dropped)
            return failedRefresh(source, dropped.error());
    }
    result.outcome = fetched->updated ? HubRefreshResult::Outcome::Updated
                                      : HubRefreshResult::Outcome::Unchanged;
    result.bytesReceived = fetched->bytesReceived;
    result.cachedAt = fetched->checked;
    // tags.json is optional (older hubs lack it); a failure leaves the cached copy, if any.
    const auto checkTags = [&source](const QByteArray &bytes) -> Status {
        auto root = DocumentReader::read(view(bytes), DocumentFormat::Json, source.tagsUrl());
        if (!root)
            return root.error();
        return {};
    };
    if (auto tags = fetcher.refresh(source.name(), source.tagsUrl(), checkTags, httpCancel,
                                    report(source.tagsUrl(), step + 1)))
        result.bytesReceived += tags->bytesReceived;
    return result;
}

Result<std::vector<HubRefreshResult>> HubLibrary::refresh(const QString &sourceName,
                                                          const HubCancel &cancel,
                                                          const HubProgressCallback &progress) const
{
    std::vector<HubSource> chosen;
    std::optional<HubRefreshResult> bundledMissing;
    if (sourceName.isEmpty()) {
        auto user = userSources();
        if (!user)
            return user.error();
        chosen = std::move(*user);
        if (auto bundled = BundledHub::source(m_cacheDir))
            chosen.push_back(std::move(*bundled));
        else
            bundledMissing = HubRefreshResult{QString::fromLatin1(BundledHub::kSourceName),
                                              HubRefreshResult::Outcome::Failed,
                                              bundled.error().message,
                                              0,
                                              {}};
    } else {
        auto one = findSource(sourceName);
        if (!one)
            return one.error();
        chosen.push_back(std::move(*one));
    }
    // A web source downloads two files (catalog.json and tags.json); a local one none.
    int steps = 0;
    for (const HubSource &source : chosen)
        steps += source.isLocal() ? 0 : 2;
    std::vector<HubRefreshResult> results;
    int step = 0;
    for (const HubSource &source : chosen) {
        if (cancel.requested())
            break;
        results.push_back(refreshSource(source, cancel, progress, step, steps));
        step += source.isLocal() ? 0 : 2;
    }
    if (bundledMissing && !cancel.requested())
        results.push_back(std::move(*bundledMissing));
    return results;
}

Result<HubResolution> HubLibrary::resolve(const QString &reference) const
{
    const auto uri =
        HubUri::parse(HubUri::isHubUri(reference) ? reference : HubUri::kScheme + reference);
    if (!uri)
        return uri.error();
    const auto loaded = catalogs();
    if (!loaded)
        return loaded.error();
    return uri->resolve(loaded->sources);
}

Result<QByteArray> HubLibrary::fetchItemFile(const HubSource &source, const HubItem &item,
                                             const QString &relativePath, const HubCancel &cancel,
                                             const HubProgressCallback &progress, int step,
                                             int steps) const
{
    if (source.isLocal())
        return source.readVersionFile(item.dir, item.tag, relativePath);
    const Result<QString> url = source.versionFileUrl(item.dir, item.tag, relativePath);
    if (!url)
        return url.error();
    std::atomic_bool stop = cancel.requested();
    const auto report = [&](qint64 bytes, qint64 total) {
        if (cancel.requested())
            stop = true;
        if (progress)
            progress({source.name(), relativePath, bytes, total, step, steps});
    };
    auto bytes =
        HubFetcher(m_store, m_http)
            .cachedOrFetch(source.name(), *url, {}, cancel.flag() ? cancel.flag() : &stop, report);
    if (!bytes)
        return Error(
            tr("Could not download %1 of item %2 version %3 from the hub source %4: %5")
                .arg(relativePath, item.dir, item.tag, source.name(), bytes.error().message));
    return bytes;
}

Result<QByteArray> HubLibrary::itemFile(const HubSource &source, const HubItem &item,
                                        const QString &relativePath, const HubCancel &cancel,
                                        const HubProgressCallback &progress) const
{
    return fetchItemFile(source, item, relativePath, cancel, progress, 0, 1);
}

Result<FunctionSpec> HubLibrary::function(const HubResolution &resolution) const
{
    const auto yaml =
        itemFile(resolution.source, resolution.item, QStringLiteral("src/function.yaml"));
    if (!yaml)
        return yaml.error();
    return FunctionSpec::parse(view(*yaml), DocumentFormat::Yaml, resolution.functionUrl);
}

Result<QByteArray> HubLibrary::fetchAsset(const HubSource &source, const HubItem &item,
                                          const QString &asset, const HubCancel &cancel,
                                          const HubProgressCallback &progress) const
{
    const auto path = item.assets.constFind(asset);
    if (path == item.assets.cend())
        return Error(tr("Item %1 version %2 of the hub source %3 lists no asset %4.")
                         .arg(item.dir, item.tag, source.name(), asset));
    return itemFile(source, item, *path, cancel, progress);
}

Result<HubItemFiles> HubLibrary::fetchItemFiles(const HubSource &source, const HubItem &item,
                                                const HubCancel &cancel,
                                                const HubProgressCallback &progress) const
{
    const QString function = QStringLiteral("src/function.yaml");
    const QString itemYaml = QStringLiteral("src/item.yaml");
    const QString readme = QStringLiteral("src/README.md");
    QStringList paths = {function, itemYaml, readme};
    for (const QString &path : item.assets) {
        if (!paths.contains(path))
            paths << path;
    }
    HubItemFiles result;
    for (int i = 0; i < paths.size(); ++i) {
        if (cancel.requested())
            return Error(tr("Downloading item %1 version %2 of the hub source %3 was cancelled.")
                             .arg(item.dir, item.tag, source.name()));
        const QString &path = paths.at(i);
        auto bytes = fetchItemFile(source, item, path, cancel, progress, i, int(paths.size()));
        if (!bytes) {
            if (path == function || cancel.requested())
                return bytes.error();
            // Many items have no README; catalogs list assets that were never published.
            if (path != readme)
                result.warnings << bytes.error().message;
            continue;
        }
        if (path == itemYaml) {
            const auto parsed = DocumentReader::read(view(*bytes), DocumentFormat::Yaml,
                                                     source.name() + QLatin1Char('/') + path);
            if (!parsed || !parsed->isMapping())
                result.warnings << tr("The item.yaml of item %1 version %2 of the hub source %3 "
                                      "is not a YAML mapping; the catalog entry is used instead.")
                                       .arg(item.dir, item.tag, source.name());
        }
        result.files.insert(path, std::move(*bytes));
    }
    return result;
}

Result<FunctionImporter::Imported>
HubLibrary::import(const HubResolution &resolution, const QString &project,
                   const FunctionImporter::ProjectCheck &ensureProject) const
{
    auto spec = function(resolution);
    if (!spec)
        return spec.error();
    FunctionImporter::Request request;
    request.project = project;
    request.name = resolution.item.name;
    request.origin = QStringLiteral("hub://%1/%2:%3")
                         .arg(resolution.source.name(), resolution.item.name, resolution.item.tag);
    return FunctionImporter(m_store).import(std::move(*spec), request, ensureProject);
}

} // namespace Runbench::Models
