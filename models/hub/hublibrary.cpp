// SPDX-License-Identifier: Apache-2.0
#include "hublibrary.h"

#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "hub/bundledhub.h"
#include "store/store.h"

#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace Runbench::Models {

namespace {

const QString kSourcesSetting = QStringLiteral("hub.sources");

bool isWebLocation(const QString &location)
{
    return location.startsWith(QLatin1String("http://")) ||
           location.startsWith(QLatin1String("https://"));
}

} // namespace

HubLibrary::HubLibrary(Store &store, QString cacheDir)
    : m_store(store)
    , m_cacheDir(cacheDir.isEmpty() ? defaultCacheDir() : std::move(cacheDir))
{}

QString HubLibrary::defaultCacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QStringLiteral("/runbench/hub");
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
    const auto list =
        DocumentReader::read(std::string_view(json.constData(), std::size_t(json.size())),
                             DocumentFormat::Json, kSourcesSetting);
    if (!list || !list->isSequence())
        return Error(tr("The hub sources setting is damaged; remove and add the sources again."));
    for (const Node &entry : list->items()) {
        const Node *name = entry.get("name");
        const Node *location = entry.get("location");
        if (!name || !location)
            continue;
        const QString where = QString::fromStdString(location->text());
        sources.emplace_back(QString::fromStdString(name->text()),
                             isWebLocation(where) ? HubSource::Kind::Http : HubSource::Kind::Folder,
                             where);
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

Status HubLibrary::saveUserSources(const std::vector<HubSource> &sources) const
{
    Node list = Node::sequence();
    for (const HubSource &source : sources) {
        Node entry = Node::mapping();
        entry.insert("name") = Node::string(source.name().toStdString());
        entry.insert("location") = Node::string(source.location().toStdString());
        list.items().push_back(std::move(entry));
    }
    return m_store.setSetting(kSourcesSetting,
                              QString::fromStdString(DocumentWriter::toJson(list).value()));
}

Status HubLibrary::addSource(const QString &name, const QString &location)
{
    auto sources = userSources();
    if (!sources)
        return sources.error();
    if (name.isEmpty() || name.contains(QLatin1Char('/')))
        return Error(tr("A hub source name must be non-empty and contain no '/'."));
    if (name == QLatin1String(BundledHub::kSourceName) ||
        std::any_of(sources->begin(), sources->end(),
                    [&](const HubSource &s) { return s.name() == name; }))
        return Error(tr("A hub source named %1 exists already.").arg(name));
    QString where = location;
    const bool web = isWebLocation(where);
    if (!web) {
        if (!QFileInfo(where).isDir())
            return Error(tr("%1 is neither a folder nor an http(s) URL.").arg(where));
        where = QFileInfo(where).absoluteFilePath();
    }
    sources->emplace_back(name, web ? HubSource::Kind::Http : HubSource::Kind::Folder, where);
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
    return saveUserSources(*sources);
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
        auto catalog = source.readCatalog();
        if (!catalog) {
            result.warnings << catalog.error().message;
            continue;
        }
        result.sources.push_back({source, std::move(*catalog)});
    }
    return result;
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

Result<FunctionSpec> HubLibrary::function(const HubResolution &resolution) const
{
    const auto yaml = resolution.source.readFunctionYaml(resolution.item);
    if (!yaml)
        return yaml.error();
    return FunctionSpec::parse(std::string_view(yaml->constData(), std::size_t(yaml->size())),
                               DocumentFormat::Yaml, resolution.functionUrl);
}

Result<QByteArray> HubLibrary::asset(const HubSource &source, const HubItem &item,
                                     const QString &asset) const
{
    return source.readAsset(item, asset);
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
