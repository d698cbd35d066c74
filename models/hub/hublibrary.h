// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"
#include "hub/huburi.h"
#include "spec/functionimporter.h"
#include "spec/functionspec.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace Runbench::Models {

class Store;

// The user's hub sources (kept in the store, in precedence order, the bundled hub last) and
// what is read from them: the one way the CLI and the hub page reach hubs.
class HubLibrary
{
    Q_DECLARE_TR_FUNCTIONS(HubLibrary)

public:
    // Every readable source with its catalog; sources that could not be read are warnings.
    struct Catalogs
    {
        std::vector<LoadedHubSource> sources;
        QStringList warnings;
    };

    // cacheDir holds the unpacked bundled hub; empty: defaultCacheDir().
    explicit HubLibrary(Store &store, QString cacheDir = {});
    // <GenericCacheLocation>/runbench/hub
    static QString defaultCacheDir();

    // The sources the user added, in precedence order.
    Result<std::vector<HubSource>> userSources() const;
    // The user's sources, then the bundled hub.
    Result<std::vector<HubSource>> sources() const;
    // Adds a source by http(s) URL or folder; names are unique ("bundled" is taken).
    Status addSource(const QString &name, const QString &location);
    Status removeSource(const QString &name);

    Result<Catalogs> catalogs() const;
    // Resolves hub://[SOURCE/]NAME[:TAG] (the scheme may be left out) over catalogs().
    Result<HubResolution> resolve(const QString &reference) const;
    // The function object of a resolved item.
    Result<FunctionSpec> function(const HubResolution &resolution) const;
    // A file of an item: an asset key ("function", "docs", "source", ...) from its catalog entry.
    Result<QByteArray> asset(const HubSource &source, const HubItem &item,
                             const QString &asset) const;
    // Stores the item's function as a version of `project`, origin hub://SOURCE/NAME:TAG.
    Result<FunctionImporter::Imported>
    import(const HubResolution &resolution, const QString &project,
           const FunctionImporter::ProjectCheck &ensureProject) const;

private:
    Status saveUserSources(const std::vector<HubSource> &sources) const;

    Store &m_store;
    QString m_cacheDir;
};

} // namespace Runbench::Models
