// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"
#include "hub/huburi.h"
#include "net/httpclient.h"
#include "spec/functionimporter.h"
#include "spec/functionspec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <type_traits>
#include <vector>

namespace Runbench::Models {

class Store;

// Tells hub downloads to stop: a flag another thread sets (e.g. a Cancel button), or a function
// asked while they run (e.g. [&] { return promise.isCanceled(); }). Empty: never.
class HubCancel
{
public:
    HubCancel() = default;
    HubCancel(const std::atomic_bool *flag)
        : m_flag(flag)
    {}
    template<typename Poll, typename = std::enable_if_t<std::is_invocable_r_v<bool, Poll>>>
    HubCancel(Poll poll)
        : m_poll(std::move(poll))
    {}

    bool requested() const { return (m_flag && m_flag->load()) || (m_poll && m_poll()); }
    const std::atomic_bool *flag() const { return m_flag; }

private:
    const std::atomic_bool *m_flag = nullptr;
    std::function<bool()> m_poll;
};

// What refreshing one hub source did.
struct HubRefreshResult
{
    enum class Outcome { Updated, Unchanged, Local, Failed };
    QString source;
    Outcome outcome = Outcome::Local;
    QString message; // Failed: why, and which cached copy is still shown
    qint64 bytesReceived = 0;
    QDateTime cachedAt; // web sources: when the catalog shown was last confirmed (UTC)
};

// How far a hub download is: the source and file, body bytes so far of total (-1: unknown),
// and the file's place among the files of the whole operation.
struct HubProgress
{
    QString source;
    QString file;
    qint64 bytes = 0;
    qint64 total = -1;
    int step = 0; // 0-based
    int steps = 0;
};
using HubProgressCallback = std::function<void(const HubProgress &)>;

// The files of one hub item, fetched for a preview or for offline use.
struct HubItemFiles
{
    QMap<QString, QByteArray> files; // path relative to the version folder -> content
    QStringList warnings;            // optional files that are missing, refused or damaged
};

// The categories and kinds a channel's tags.json lists.
struct HubTags
{
    QStringList categories;
    QStringList kinds;
};

// The user's hub sources (kept in the store, in precedence order, the bundled hub last) and
// what is read from them: the one way the CLI and the hub page reach hubs.
//
// Web sources are read from the offline cache in the store: only refresh() and the item file
// methods touch the network. A HubLibrary uses its Store from one thread; to work on a worker
// thread, open a Store there and make a HubLibrary on it.
class HubLibrary
{
    Q_DECLARE_TR_FUNCTIONS(HubLibrary)

public:
    // Every readable source with its catalog; sources that could not be read are warnings
    // (the items a catalog skipped are in its own warnings()).
    struct Catalogs
    {
        std::vector<LoadedHubSource> sources;
        QStringList warnings;
        QMap<QString, QDateTime> cachedAt; // web source name -> when its catalog was confirmed
    };

    // cacheDir holds the unpacked bundled hub; empty: defaultCacheDir().
    explicit HubLibrary(Store &store, QString cacheDir = {});
    // <GenericCacheLocation>/runbench/hub
    static QString defaultCacheDir();

    // Timeouts, size limit (16 MB unless set), redirects and an extra trusted CA for every
    // download (the url and validators are ignored).
    void setHttpDefaults(const HttpRequest &defaults);
    const HttpRequest &httpDefaults() const { return m_http; }

    // The sources the user added, in precedence order.
    Result<std::vector<HubSource>> userSources() const;
    // The user's sources, then the bundled hub.
    Result<std::vector<HubSource>> sources() const;
    // Adds a source by http(s) URL or folder (a folder with .git is a git checkout; its working
    // tree is read). channel: "master" (empty) or e.g. "development". Names are unique
    // ("bundled" is taken). Nothing is downloaded: call refresh().
    Status addSource(const QString &name, const QString &location, const QString &channel = {});
    // Removes the source and forgets its cached files.
    Status removeSource(const QString &name);

    // Reads every catalog without touching the network: web sources from the cache (a source
    // never refreshed is a warning), local ones from disk.
    Result<Catalogs> catalogs() const;
    // One source's catalog, read the same way; cachedAt gets the time of a web source's copy.
    Result<HubCatalog> catalog(const HubSource &source, QDateTime *cachedAt = nullptr) const;
    // The channel's tags.json (cached for web sources); an Error when the hub has none.
    Result<HubTags> tags(const HubSource &source) const;

    // Downloads the catalog and tags.json of one web source (by name) or of all (empty name),
    // sending ETag / Last-Modified so an unchanged catalog costs a 304. A failure keeps the
    // cached copy and is a Failed result saying so, not an Error; an unknown name is an Error.
    // Blocks: call it from a worker thread. cancel stops it between and during downloads.
    Result<std::vector<HubRefreshResult>> refresh(const QString &sourceName = {},
                                                  const HubCancel &cancel = {},
                                                  const HubProgressCallback &progress = {}) const;

    // Resolves hub://[SOURCE/]NAME[:TAG] (the scheme may be left out) over catalogs().
    Result<HubResolution> resolve(const QString &reference) const;
    // The function object of a resolved item (downloaded once, then from the cache).
    Result<FunctionSpec> function(const HubResolution &resolution) const;
    // A file of an item: an asset key ("function", "docs", "source", ...) from its catalog
    // entry. Web files come from the cache or are downloaded into it. Blocks on a download:
    // call it from a worker thread.
    Result<QByteArray> fetchAsset(const HubSource &source, const HubItem &item,
                                  const QString &asset, const HubCancel &cancel = {},
                                  const HubProgressCallback &progress = {}) const;
    // A file below the item's version folder, e.g. "src/README.md". Paths with ".." or absolute
    // paths are refused with an Error naming the source and item.
    Result<QByteArray> itemFile(const HubSource &source, const HubItem &item,
                                const QString &relativePath, const HubCancel &cancel = {},
                                const HubProgressCallback &progress = {}) const;
    // src/function.yaml, src/item.yaml, src/README.md and every listed asset of an item, so that
    // preview and import work offline later. Only a missing function.yaml is an Error.
    Result<HubItemFiles> fetchItemFiles(const HubSource &source, const HubItem &item,
                                        const HubCancel &cancel = {},
                                        const HubProgressCallback &progress = {}) const;

    // Stores the item's function as a version of `project`, origin hub://SOURCE/NAME:TAG.
    Result<FunctionImporter::Imported>
    import(const HubResolution &resolution, const QString &project,
           const FunctionImporter::ProjectCheck &ensureProject) const;

private:
    Status saveUserSources(const std::vector<HubSource> &sources) const;
    Result<HubSource> findSource(const QString &name) const;
    // Vets a downloaded catalog before it replaces the cached one.
    static Status checkCatalog(const HubSource &source, const QByteArray &bytes);
    HubRefreshResult failedRefresh(const HubSource &source, const Error &error) const;
    Status dropStaleLatest(const HubSource &source) const;
    HubRefreshResult refreshSource(const HubSource &source, const HubCancel &cancel,
                                   const HubProgressCallback &progress, int step, int steps) const;
    Result<QByteArray> fetchItemFile(const HubSource &source, const HubItem &item,
                                     const QString &relativePath, const HubCancel &cancel,
                                     const HubProgressCallback &progress, int step,
                                     int steps) const;

    Store &m_store;
    QString m_cacheDir;
    HttpRequest m_http;
};

} // namespace Runbench::Models
