// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "hub/hublibrary.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace Runbench::Ui {

// What the hub page reads when it (re)loads: every readable source and the store's projects.
struct HubLoad
{
    std::vector<Models::LoadedHubSource> sources;
    QStringList warnings;
    QStringList projects;
    QString error; // set when nothing could be loaded
};

// The files of one hub entry, ready to show.
struct HubPreview
{
    QString readme; // Markdown, or HTML when readmeIsHtml
    bool readmeIsHtml = false;
    QString sourceName; // file name of the source, picks the highlighter
    QString sourceText;
    QString functionYaml;
    QStringList problems; // one sentence per file that could not be read
};

// What an import stored.
struct HubImportOutcome
{
    QString project;
    QString name;
    QString hash;
    QString origin;
    bool created = false;
    QString error;
    QStringList projects; // the store's projects afterwards
};

// The hub page's disk and network work. Every call opens its own Store, so it can run on any
// worker thread; nothing here touches widgets.
class HubTasks
{
    Q_DECLARE_TR_FUNCTIONS(HubTasks)

public:
    static constexpr qsizetype kMaxShownBytes = 1024 * 1024;
    static inline const QString kDefaultProject = QStringLiteral("default");

    HubTasks(QString storePath, QString cacheDir);

    // The catalogs (re-read from every source when refresh is set) and the projects;
    // canceled() is asked between steps.
    HubLoad load(bool refresh, const std::function<bool()> &canceled) const;
    HubPreview preview(const Models::HubSource &source, const Models::HubItem &item) const;
    // The store's projects, "default" always among them.
    QStringList projects() const;
    HubImportOutcome importItem(const Models::HubResolution &resolution,
                                const QString &project) const;

    // The one place the Refresh button reaches: downloads every web source's catalog again
    // (a failure keeps the cached one and becomes a warning), then reads every catalog.
    static Models::Result<Models::HubLibrary::Catalogs>
    refreshCatalogs(Models::HubLibrary &library, const std::function<bool()> &canceled);

private:
    static QStringList projectNames(const Models::Store &store);
    static Models::Status ensureProject(Models::Store &store, const QString &project);

    QString m_storePath;
    QString m_cacheDir;
};

} // namespace Runbench::Ui
