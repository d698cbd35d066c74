// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace Runbench::Models {

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

// One run iteration as the store keeps it; labels, parameters and results are JSON text.
struct RunRecordRow
{
    QString uid;
    int iteration = 0;
    QString project;
    QString name;
    QString function; // project/name@hash
    QString state;    // created, pending, running, completed, error or aborted
    QByteArray labels, parameters, results;
    QDateTime started, updated, ended;
    QString error;
    std::optional<int> exitCode;
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

    Status saveRun(const RunRecordRow &run);
    Result<std::optional<RunRecordRow>> run(const QString &uid, int iteration) const;

    // Settings that are not secrets.
    Result<std::optional<QString>> setting(const QString &key) const;
    Status setSetting(const QString &key, const QString &value);

private:
    struct Private;
    explicit Store(std::unique_ptr<Private> data);
    std::unique_ptr<Private> m_d;
};

} // namespace Runbench::Models
