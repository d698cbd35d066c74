// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Runbench::Models {

class StoreConnection;

// A project as the store keeps it; document is the project's object as JSON text.
struct ProjectRecord
{
    QString name;
    QString description;
    QByteArray document;
    QDateTime created;
    QDateTime updated;
    int functionCount = 0; // distinct function names, filled by Store::projects() and project()
};

// One hashed version of a function; document is the function object as JSON text.
struct FunctionVersion
{
    qint64 id = 0;
    QString project;
    QString name;
    QString hash; // 40 lowercase hex characters
    QString kind;
    QByteArray document;
    QString origin;
    QDateTime created;
    QStringList tags; // sorted
};

// Which function versions Store::functions() lists.
struct FunctionQuery
{
    QString project; // empty = all
    QString name;    // empty = all
    bool allVersions = false;
    bool withDocuments = false;
};

// What Store::saveFunctionVersion() stored.
struct SavedFunction
{
    FunctionVersion version;
    bool created = false; // false: an identical (project, name, hash) existed
};

// One run iteration as the store keeps it; labels, parameters, results, the task and the
// iterations table are JSON text. Iteration 0 is the run itself (the parent of a sweep).
struct RunRecordRow
{
    QString uid;
    int iteration = 0;
    QString project;
    QString name;
    QString function; // project/name@hash
    QString kind;     // the function's kind
    QString handler;
    QString state; // created, pending, running, completed, error or aborted
    QByteArray labels, parameters, results;
    QByteArray task;       // the whole task (iteration 0)
    QByteArray iterations; // the sweep's iterations table (iteration 0)
    QDateTime started, updated, ended;
    QString error;
    std::optional<int> exitCode;
    QString runDir;       // folder with the capture, log, task and artifacts
    qint64 pid = 0;       // the running process, 0 when none
    qint64 pidStart = 0;  // its start time in clock ticks since boot, to recognise it later
    qint64 logOffset = 0; // bytes of the capture already moved into the log
};

// Which runs Store::runs() lists; empty fields do not filter.
struct RunQuery
{
    QString project;
    QStringList states;
    QString nameContains;
    QMap<QString, QString> labels; // every key must have this value
    QString uid;
    bool withIterations = false; // also list children of sweeps (iteration > 0)
    int limit = 0;               // 0 = no limit
};

// One file a run logged as an artifact.
struct ArtifactRow
{
    QString uid;
    int iteration = 0;
    QString key;
    QString path;
    QString kind;
    qint64 size = -1;
    QString hash;
};

// One file of a hub source on the web as the offline cache keeps it.
struct HubCacheEntry
{
    QString source; // hub source name
    QString url;
    QByteArray body;
    QByteArray etag;
    QString lastModified;
    QDateTime fetched; // when body was downloaded
    QDateTime checked; // when the server last confirmed body (200 or 304)
};

// The one place that talks SQLite: projects, function versions and tags, runs, settings.
// A Store is used from one thread at a time; other Store instances on the same file (in other
// threads or processes) may read and write concurrently.
class Store
{
public:
    // RUNBENCH_DB when set, else runbench.db in the application data folder.
    static QString defaultPath();
    // Opens (creating it and its folder when needed) and migrates the store at path. A file
    // without write permission opens read-only: reads work, writes return an Error.
    static Result<std::unique_ptr<Store>> open(const QString &path);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString path() const;
    int schemaVersion() const;
    static int latestSchemaVersion();
    bool isReadOnly() const;
    // "ok" when SQLite finds the file sound, else its list of problems.
    Result<QString> integrityCheck() const;

    Result<ProjectRecord> createProject(const ProjectRecord &project);
    Status saveProject(const ProjectRecord &project);
    Result<std::vector<ProjectRecord>> projects() const;
    Result<std::optional<ProjectRecord>> project(const QString &name) const;
    Status deleteProject(const QString &name);

    Result<SavedFunction> saveFunctionVersion(const FunctionVersion &version, const QString &tag);
    Status tagFunction(const QString &project, const QString &name, const QString &hash,
                       const QString &tag);
    Result<std::vector<FunctionVersion>> functions(const FunctionQuery &query) const;
    // tagOrHash: empty or a tag (empty means "latest"; a missing "latest" tag means the newest
    // version), a 40-hex hash, or an unambiguous hash prefix of at least 7 hex characters.
    Result<std::optional<FunctionVersion>> function(const QString &project, const QString &name,
                                                    const QString &tagOrHash) const;

    // Runs (runstore.cpp). saveRun inserts or replaces every field of one iteration.
    Status saveRun(const RunRecordRow &run);
    // Saves many runs in one transaction (imports, seeding large stores): all or none.
    Status saveRuns(const std::vector<RunRecordRow> &runs);
    Result<std::optional<RunRecordRow>> run(const QString &uid, int iteration) const;
    // Newest first.
    Result<std::vector<RunRecordRow>> runs(const RunQuery &query) const;
    // Reads the iteration, lets change() edit it and saves it, all in one transaction, so
    // processes updating the same run never lose each other's changes. change() returns false
    // to leave the run as it is. The result is the run as stored afterwards.
    Result<RunRecordRow> updateRun(const QString &uid, int iteration,
                                   const std::function<bool(RunRecordRow &)> &change);
    Status saveArtifact(const ArtifactRow &artifact);
    Result<std::vector<ArtifactRow>> artifacts(const QString &uid, int iteration) const;

    // The hub cache (hubcachestore.cpp): fetched hub files per (source, url).
    Result<std::optional<HubCacheEntry>> hubCacheEntry(const QString &source,
                                                       const QString &url) const;
    // Inserts or replaces the entry.
    Status saveHubCacheEntry(const HubCacheEntry &entry);
    // A 304 answer: the copy is current as of `checked`.
    Status markHubCacheChecked(const QString &source, const QString &url, const QDateTime &checked);
    // Forgets the files of a source for whose URL `which` is true (empty: all of them);
    // returns how many were dropped.
    Result<int> removeHubCache(const QString &source,
                               const std::function<bool(const QString &url)> &which = {});
    // Bytes kept for a source (0 when none).
    Result<qint64> hubCacheSize(const QString &source) const;

    // Settings that are not secrets.
    Result<std::optional<QString>> setting(const QString &key) const;
    Status setSetting(const QString &key, const QString &value);

private:
    explicit Store(std::unique_ptr<StoreConnection> connection);
    std::unique_ptr<StoreConnection> m_d;
};

} // namespace Runbench::Models
