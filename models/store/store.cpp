// SPDX-License-Identifier: Apache-2.0
#include "store.h"

#include "storeconnection.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>
#include <QUrl>

#include <sqlite3.h>

#include <chrono>
#include <functional>
#include <thread>

namespace Runbench::Models {

namespace {

constexpr qsizetype hashLength = 40;
constexpr qsizetype minimumHashPrefix = 7;

QString latestTag()
{
    return QStringLiteral("latest");
}

// Write permission as the file mode says, so a read-only file stays untouched even for root.
bool permitsWriting(const QFileInfo &info)
{
    const auto writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return info.isWritable() && (info.permissions() & writeBits);
}

bool isLowerHex(const QString &text)
{
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return !text.isEmpty();
}

QString functionLabel(const QString &project, const QString &name)
{
    return project + u'/' + name;
}

// The columns readVersion() expects; the document only when asked for.
QByteArray versionColumns(bool withDocument)
{
    return QByteArray("v.id, v.project, v.name, v.hash, v.kind, v.origin, v.created, ") +
           (withDocument ? "(SELECT d.document FROM function_documents d WHERE d.version_id = v.id)"
                         : "NULL") +
           ", (SELECT group_concat(t.tag, char(10)) FROM function_tags t"
           " WHERE t.version_id = v.id)";
}

FunctionVersion readVersion(const SqliteStatement &row)
{
    FunctionVersion version;
    version.id = row.int64(0);
    version.project = row.text(1);
    version.name = row.text(2);
    version.hash = row.text(3);
    version.kind = row.text(4);
    version.origin = row.text(5);
    version.created = row.dateTime(6);
    if (!row.isNull(7))
        version.document = row.blob(7);
    version.tags = row.text(8).split(u'\n', Qt::SkipEmptyParts);
    version.tags.sort();
    return version;
}

ProjectRecord readProject(const SqliteStatement &row)
{
    ProjectRecord project;
    project.name = row.text(0);
    project.description = row.text(1);
    project.created = row.dateTime(2);
    project.updated = row.dateTime(3);
    project.document = row.blob(4);
    project.functionCount = int(row.int64(5));
    return project;
}

const char *const projectSelect =
    "SELECT p.name, p.description, p.created, p.updated, p.document,"
    " (SELECT count(DISTINCT v.name) FROM function_versions v WHERE v.project = p.name)"
    " FROM projects p";

Result<std::vector<FunctionVersion>> versions(StoreConnection &c, const QByteArray &sql,
                                              const std::function<void(SqliteStatement &)> &bind,
                                              const QString &action)
{
    auto statement = c.prepare(sql, action);
    if (!statement.ok())
        return statement.error();
    bind(*statement);
    std::vector<FunctionVersion> result;
    int code;
    while ((code = statement->step()) == SQLITE_ROW)
        result.push_back(readVersion(*statement));
    if (code != SQLITE_DONE)
        return c.failure(code, action);
    return result;
}

Result<std::optional<FunctionVersion>>
oneVersion(StoreConnection &c, const QByteArray &sql,
           const std::function<void(SqliteStatement &)> &bind, const QString &action)
{
    auto found = versions(c, sql, bind, action);
    if (!found.ok())
        return found.error();
    if (found->empty())
        return std::optional<FunctionVersion>();
    return std::optional<FunctionVersion>(std::move(found->front()));
}

} // namespace

// The connection, its statement cache and what open() learned about the file.

Store::Store(std::unique_ptr<StoreConnection> data)
    : m_d(std::move(data))
{}

Store::~Store() = default;

QString Store::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("RUNBENCH_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // One place for the GUI and the CLI whatever their application names: ~/.local/share/runbench.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/runbench/runbench.db");
}

Result<std::unique_ptr<Store>> Store::open(const QString &path)
{
    if (path.isEmpty())
        return storeError(QStringLiteral("No file name was given for the store."));
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (info.isDir())
        return storeError(QStringLiteral("The store %1 is a folder, not a file.").arg(absolute));
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder))
        return storeError(
            QStringLiteral("The folder %1 for the store could not be created.").arg(folder));

    auto d = std::make_unique<StoreConnection>();
    d->m_path = absolute;
    const bool folderWritable = permitsWriting(QFileInfo(folder));
    if (info.exists()) {
        if (!info.isReadable())
            return storeError(QStringLiteral("The store %1 cannot be read; check its permissions.")
                                  .arg(absolute));
        d->m_readOnly = !permitsWriting(info) || !folderWritable;
    } else if (!folderWritable) {
        return storeError(QStringLiteral("The store %1 cannot be created because the folder %2 is "
                                         "read-only.")
                              .arg(absolute, folder));
    }

    Status status = d->connect(false);
    if (status.ok())
        status = d->migrate();
    if (!status.ok())
        return status.error();
    return std::unique_ptr<Store>(new Store(std::move(d)));
}

QString Store::path() const
{
    return m_d->m_path;
}

int Store::schemaVersion() const
{
    return m_d->m_schemaVersion;
}

int Store::latestSchemaVersion()
{
    return storeMigrations().back().version;
}

bool Store::isReadOnly() const
{
    return m_d->m_readOnly;
}

Result<QString> Store::integrityCheck() const
{
    const QString action = QStringLiteral("check its integrity");
    auto statement = m_d->prepare("PRAGMA integrity_check", action);
    if (!statement.ok())
        return statement.error();
    QStringList problems;
    int code;
    while ((code = statement->step()) == SQLITE_ROW)
        problems << statement->text(0);
    if (code != SQLITE_DONE)
        return m_d->failure(code, action);
    return problems.join(u'\n');
}

Result<ProjectRecord> Store::createProject(const ProjectRecord &project)
{
    if (project.name.isEmpty())
        return storeError(QStringLiteral("A project needs a name."));
    ProjectRecord stored = project;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    stored.created = project.created.isValid() ? project.created.toUTC() : now;
    stored.updated = project.updated.isValid() ? project.updated.toUTC() : now;
    stored.functionCount = 0;
    const QString action = QStringLiteral("create project '%1'").arg(project.name);
    const Status status = m_d->write(action, [&]() -> Status {
        auto statement =
            m_d->prepare("INSERT INTO projects (name, description, created, updated, document)"
                         " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (name) DO NOTHING",
                         action);
        if (!statement.ok())
            return statement.error();
        statement->bindAll(stored.name, stored.description, stored.created, stored.updated);
        statement->bindBlob(5, stored.document);
        if (Status done = m_d->execute(*statement, action); !done.ok())
            return done;
        if (sqlite3_changes(m_d->m_db) == 0)
            return storeError(QStringLiteral("Project '%1' already exists.").arg(project.name));
        return {};
    });
    if (!status.ok())
        return status.error();
    return stored;
}

Status Store::saveProject(const ProjectRecord &project)
{
    if (project.name.isEmpty())
        return storeError(QStringLiteral("A project needs a name."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString action = QStringLiteral("save project '%1'").arg(project.name);
    return m_d->write(action, [&]() -> Status {
        auto statement =
            m_d->prepare("INSERT INTO projects (name, description, created, updated, document)"
                         " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (name) DO UPDATE SET"
                         " description = excluded.description, updated = excluded.updated,"
                         " document = excluded.document",
                         action);
        if (!statement.ok())
            return statement.error();
        statement->bindAll(project.name, project.description,
                           project.created.isValid() ? project.created : now,
                           project.updated.isValid() ? project.updated : now);
        statement->bindBlob(5, project.document);
        return m_d->execute(*statement, action);
    });
}

Result<std::vector<ProjectRecord>> Store::projects() const
{
    const QString action = QStringLiteral("read the projects");
    auto statement = m_d->prepare(QByteArray(projectSelect) + " ORDER BY p.name", action);
    if (!statement.ok())
        return statement.error();
    std::vector<ProjectRecord> result;
    int code;
    while ((code = statement->step()) == SQLITE_ROW)
        result.push_back(readProject(*statement));
    if (code != SQLITE_DONE)
        return m_d->failure(code, action);
    return result;
}

Result<std::optional<ProjectRecord>> Store::project(const QString &name) const
{
    const QString action = QStringLiteral("read project '%1'").arg(name);
    auto statement = m_d->prepare(QByteArray(projectSelect) + " WHERE p.name = ?1", action);
    if (!statement.ok())
        return statement.error();
    statement->bindAll(name);
    const int code = statement->step();
    if (code == SQLITE_ROW)
        return std::optional<ProjectRecord>(readProject(*statement));
    if (code != SQLITE_DONE)
        return m_d->failure(code, action);
    return std::optional<ProjectRecord>();
}

Status Store::deleteProject(const QString &name)
{
    const QString action = QStringLiteral("delete project '%1'").arg(name);
    return m_d->write(action, [&]() -> Status {
        auto statement = m_d->prepare("DELETE FROM projects WHERE name = ?1", action);
        if (!statement.ok())
            return statement.error();
        statement->bindAll(name);
        if (Status done = m_d->execute(*statement, action); !done.ok())
            return done;
        if (sqlite3_changes(m_d->m_db) == 0)
            return storeError(QStringLiteral("Project '%1' does not exist.").arg(name));
        return {};
    });
}

Result<SavedFunction> Store::saveFunctionVersion(const FunctionVersion &version, const QString &tag)
{
    const QString label = functionLabel(version.project, version.name);
    if (version.project.isEmpty() || version.name.isEmpty())
        return storeError(QStringLiteral("A function needs a project and a name to be saved."));
    const QString hash = version.hash.toLower();
    if (hash.size() != hashLength || !isLowerHex(hash))
        return storeError(QStringLiteral("The hash '%1' of function '%2' is not 40 hexadecimal "
                                         "characters.")
                              .arg(version.hash, label));
    const QString action = QStringLiteral("save function '%1'").arg(label);
    SavedFunction saved;
    const Status status = m_d->write(action, [&]() -> Status {
        Status lookup;
        if (!m_d->projectExists(version.project, &lookup))
            return lookup.ok() ? storeError(QStringLiteral("The project '%1' does not exist, so "
                                                           "function '%2' cannot be saved in it.")
                                                .arg(version.project, version.name))
                               : lookup;
        auto insert = m_d->prepare(
            "INSERT INTO function_versions (project, name, hash, kind, origin, created)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (project, name, hash) DO NOTHING",
            action);
        if (!insert.ok())
            return insert.error();
        insert->bindAll(version.project, version.name, hash, version.kind, version.origin,
                        version.created.isValid() ? version.created
                                                  : QDateTime::currentDateTimeUtc());
        if (Status done = m_d->execute(*insert, action); !done.ok())
            return done;
        saved.created = sqlite3_changes(m_d->m_db) > 0;
        if (saved.created) {
            auto document = m_d->prepare(
                "INSERT INTO function_documents (version_id, document) VALUES (?1, ?2)", action);
            if (!document.ok())
                return document.error();
            document->bindAll(qint64(sqlite3_last_insert_rowid(m_d->m_db)));
            document->bindBlob(2, version.document);
            if (Status done = m_d->execute(*document, action); !done.ok())
                return done;
        }
        if (!tag.isEmpty()) {
            if (Status tagged = tagFunction(version.project, version.name, hash, tag); !tagged.ok())
                return tagged;
        }
        auto stored = oneVersion(
            *m_d,
            "SELECT " + versionColumns(true) +
                " FROM function_versions v WHERE v.project = ?1 AND v.name = ?2 AND v.hash = ?3",
            [&](SqliteStatement &s) { s.bindAll(version.project, version.name, hash); }, action);
        if (!stored.ok())
            return stored.error();
        saved.version = std::move(**stored);
        return {};
    });
    if (!status.ok())
        return status.error();
    return saved;
}

Status Store::tagFunction(const QString &project, const QString &name, const QString &hash,
                          const QString &tag)
{
    if (tag.trimmed().isEmpty())
        return storeError(QStringLiteral("A tag cannot be empty."));
    const QString label = functionLabel(project, name);
    const QString action = QStringLiteral("tag function '%1' as '%2'").arg(label, tag);
    const auto body = [&]() -> Status {
        auto statement = m_d->prepare(
            "INSERT INTO function_tags (project, name, tag, version_id)"
            " SELECT project, name, ?3, id FROM function_versions"
            " WHERE project = ?1 AND name = ?2 AND hash = ?4"
            " ON CONFLICT (project, name, tag) DO UPDATE SET version_id = excluded.version_id",
            action);
        if (!statement.ok())
            return statement.error();
        statement->bindAll(project, name, tag, hash.toLower());
        if (Status done = m_d->execute(*statement, action); !done.ok())
            return done;
        if (sqlite3_changes(m_d->m_db) == 0)
            return storeError(
                QStringLiteral("Function '%1' has no version with hash %2.").arg(label, hash));
        return {};
    };
    // saveFunctionVersion() tags inside its own transaction.
    if (!sqlite3_get_autocommit(m_d->m_db))
        return body();
    return m_d->write(action, body);
}

Result<std::vector<FunctionVersion>> Store::functions(const FunctionQuery &query) const
{
    QByteArray sql =
        "SELECT " + versionColumns(query.withDocuments) + " FROM function_versions v WHERE 1 = 1";
    if (!query.project.isEmpty())
        sql += " AND v.project = ?1";
    if (!query.name.isEmpty())
        sql += " AND v.name = ?2";
    if (!query.allVersions)
        sql += " AND v.id = coalesce("
               "(SELECT g.version_id FROM function_tags g"
               " WHERE g.project = v.project AND g.name = v.name AND g.tag = 'latest'),"
               "(SELECT w.id FROM function_versions w WHERE w.project = v.project"
               " AND w.name = v.name ORDER BY w.created DESC, w.id DESC LIMIT 1))";
    sql += " ORDER BY v.project, v.name, v.created, v.id";
    return versions(
        *m_d, sql,
        [&](SqliteStatement &statement) {
            if (!query.project.isEmpty())
                statement.bind(1, query.project);
            if (!query.name.isEmpty())
                statement.bind(2, query.name);
        },
        QStringLiteral("list the functions"));
}

Result<std::optional<FunctionVersion>> Store::function(const QString &project, const QString &name,
                                                       const QString &tagOrHash) const
{
    const QString label = functionLabel(project, name);
    const QString action = QStringLiteral("read function '%1'").arg(label);
    const QString key = tagOrHash.isEmpty() ? latestTag() : tagOrHash;
    const QString lower = key.toLower();
    const QByteArray select = "SELECT " + versionColumns(true) + " FROM ";

    if (lower.size() == hashLength && isLowerHex(lower)) {
        return oneVersion(
            *m_d,
            select + "function_versions v WHERE v.project = ?1 AND v.name = ?2 AND v.hash = ?3",
            [&](SqliteStatement &s) { s.bindAll(project, name, lower); }, action);
    }

    auto tagged = oneVersion(
        *m_d,
        select + "function_tags g JOIN function_versions v ON v.id = g.version_id"
                 " WHERE g.project = ?1 AND g.name = ?2 AND g.tag = ?3",
        [&](SqliteStatement &s) { s.bindAll(project, name, key); }, action);
    if (!tagged.ok() || tagged->has_value())
        return tagged;

    if (key == latestTag()) {
        return oneVersion(
            *m_d,
            select + "function_versions v WHERE v.project = ?1 AND v.name = ?2"
                     " ORDER BY v.created DESC, v.id DESC LIMIT 1",
            [&](SqliteStatement &s) { s.bindAll(project, name); }, action);
    }

    if (lower.size() < minimumHashPrefix || !isLowerHex(lower))
        return std::optional<FunctionVersion>();
    // Every hash with this prefix sorts between the prefix and the prefix followed by 'g'.
    auto matches = versions(
        *m_d,
        select + "function_versions v WHERE v.project = ?1 AND v.name = ?2"
                 " AND v.hash >= ?3 AND v.hash < ?4 ORDER BY v.hash LIMIT 2",
        [&](SqliteStatement &s) { s.bindAll(project, name, lower, lower + u'g'); }, action);
    if (!matches.ok())
        return matches.error();
    if (matches->size() > 1)
        return storeError(QStringLiteral("The hash prefix '%1' matches more than one version of "
                                         "function '%2'; give more characters.")
                              .arg(key, label));
    if (matches->empty())
        return std::optional<FunctionVersion>();
    return std::optional<FunctionVersion>(std::move(matches->front()));
}

Result<std::optional<QString>> Store::setting(const QString &key) const
{
    const QString action = QStringLiteral("read setting '%1'").arg(key);
    auto statement = m_d->prepare("SELECT value FROM settings WHERE key = ?1", action);
    if (!statement.ok())
        return statement.error();
    statement->bindAll(key);
    const int code = statement->step();
    if (code == SQLITE_ROW)
        return std::optional<QString>(statement->text(0));
    if (code != SQLITE_DONE)
        return m_d->failure(code, action);
    return std::optional<QString>();
}

Status Store::setSetting(const QString &key, const QString &value)
{
    if (key.isEmpty())
        return storeError(QStringLiteral("A setting needs a name."));
    const QString action = QStringLiteral("save setting '%1'").arg(key);
    return m_d->write(action, [&]() -> Status {
        auto statement = m_d->prepare("INSERT INTO settings (key, value) VALUES (?1, ?2)"
                                      " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                      action);
        if (!statement.ok())
            return statement.error();
        statement->bindAll(key, value);
        return m_d->execute(*statement, action);
    });
}

} // namespace Runbench::Models
