// SPDX-License-Identifier: Apache-2.0
#include "store.h"

#include "sqlitestatement.h"
#include "storeschema.h"

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

constexpr int busyTimeoutMs = 10000;
constexpr qsizetype hashLength = 40;
constexpr qsizetype minimumHashPrefix = 7;

// An Error that is only a sentence: store problems have no line or column.
Error userError(const QString &message)
{
    Error error;
    error.message = message;
    return error;
}

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

bool isRunState(const QString &state)
{
    static const QStringList states = {
        QStringLiteral("created"),   QStringLiteral("pending"), QStringLiteral("running"),
        QStringLiteral("completed"), QStringLiteral("error"),   QStringLiteral("aborted"),
    };
    return states.contains(state);
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

} // namespace

// The connection, its statement cache and what open() learned about the file.
struct Store::Private
{
    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
    QHash<QByteArray, sqlite3_stmt *> m_statements;

    Private() = default;
    Private(const Private &) = delete;
    Private &operator=(const Private &) = delete;
    ~Private() { close(); }

    void close()
    {
        for (sqlite3_stmt *statement : std::as_const(m_statements))
            sqlite3_finalize(statement);
        m_statements.clear();
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }

    Error readOnlyError() const
    {
        return userError(
            QStringLiteral("The store %1 is read-only, so nothing can be saved.").arg(m_path));
    }

    // An SQLite failure while doing action ("save project 'x'") as one sentence.
    Error failure(int code, const QString &action) const
    {
        switch (code & 0xff) {
        case SQLITE_READONLY:
            return readOnlyError();
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return userError(
                QStringLiteral("The store %1 could not %2 because another program kept it "
                               "locked for more than %3 seconds.")
                    .arg(m_path, action)
                    .arg(busyTimeoutMs / 1000));
        case SQLITE_NOTADB:
        case SQLITE_CORRUPT:
            return userError(
                QStringLiteral("The store %1 could not %2 because the file is damaged or is "
                               "not an SQLite database.")
                    .arg(m_path, action));
        case SQLITE_FULL:
            return userError(QStringLiteral("The store %1 could not %2 because the disk is full.")
                                 .arg(m_path, action));
        default:
            return userError(QStringLiteral("The store %1 could not %2: %3.")
                                 .arg(m_path, action, QString::fromUtf8(sqlite3_errmsg(m_db))));
        }
    }

    Result<SqliteStatement> prepare(const QByteArray &sql, const QString &action)
    {
        if (sqlite3_stmt *cached = m_statements.value(sql))
            return SqliteStatement(cached);
        sqlite3_stmt *statement = nullptr;
        const int code = sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()),
                                            SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
        if (code != SQLITE_OK) {
            sqlite3_finalize(statement);
            return failure(code, action);
        }
        m_statements.insert(sql, statement);
        return SqliteStatement(statement);
    }

    // Runs a statement that returns no rows; rows are an error of the caller, not of the store.
    Status execute(SqliteStatement &statement, const QString &action)
    {
        const int code = statement.step();
        if (code != SQLITE_DONE && code != SQLITE_ROW)
            return failure(code, action);
        return {};
    }

    // sqlite3_exec, retried while SQLite reports the database busy and the timeout lasts.
    int execRetrying(const char *sql)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            const int code = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
            if ((code & 0xff) != SQLITE_BUSY || timer.elapsed() > busyTimeoutMs)
                return code;
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    }

    void rollback()
    {
        if (!sqlite3_get_autocommit(m_db))
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }

    // Runs body inside BEGIN IMMEDIATE ... COMMIT; any failure rolls everything back.
    Status write(const QString &action, const std::function<Status()> &body)
    {
        if (m_readOnly)
            return readOnlyError();
        int code = execRetrying("BEGIN IMMEDIATE");
        if (code != SQLITE_OK)
            return failure(code, action);
        const Status status = body();
        if (!status.ok()) {
            rollback();
            return status;
        }
        code = execRetrying("COMMIT");
        if (code != SQLITE_OK) {
            const Error error = failure(code, action);
            rollback();
            return error;
        }
        return {};
    }

    int readInt(const char *sql, int *value)
    {
        sqlite3_stmt *statement = nullptr;
        int code = sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
        if (code == SQLITE_OK) {
            code = sqlite3_step(statement);
            if (code == SQLITE_ROW) {
                *value = sqlite3_column_int(statement, 0);
                code = SQLITE_OK;
            }
        }
        sqlite3_finalize(statement);
        return code;
    }

    Error openError(int code) const
    {
        switch (code & 0xff) {
        case SQLITE_NOTADB:
        case SQLITE_CORRUPT:
            return userError(
                QStringLiteral("The file %1 is not a Runbench store: it is damaged or is not "
                               "an SQLite database.")
                    .arg(m_path));
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return userError(
                QStringLiteral("The store %1 could not be opened because another program kept "
                               "it locked for more than %2 seconds.")
                    .arg(m_path)
                    .arg(busyTimeoutMs / 1000));
        default:
            return userError(QStringLiteral("The store %1 could not be opened: %2.")
                                 .arg(m_path, m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                                   : QString::fromUtf8(sqlite3_errstr(code))));
        }
    }

    // Opens the connection and reads the schema version. immutable is the last resort for a
    // WAL store in a read-only folder, where SQLite cannot create the shared-memory file.
    Status connect(bool immutable)
    {
        const int flags =
            SQLITE_OPEN_URI |
            (m_readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        const QByteArray name =
            immutable
                ? QUrl::fromLocalFile(m_path).toEncoded() + "?immutable=1"
                : (QStringLiteral("file:") +
                   QString::fromLatin1(QUrl::toPercentEncoding(m_path, QByteArrayLiteral("/"))))
                      .toUtf8();
        int code = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
        if (code != SQLITE_OK)
            return openError(code);
        sqlite3_extended_result_codes(m_db, 1);
        sqlite3_busy_timeout(m_db, busyTimeoutMs);
        code = readInt("PRAGMA user_version", &m_schemaVersion);
        const int primary = code & 0xff;
        if ((primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY) && m_readOnly &&
            !immutable) {
            close();
            return connect(true);
        }
        if (code != SQLITE_OK)
            return openError(code);
        if (!m_readOnly) {
            code = execRetrying("PRAGMA journal_mode=WAL");
            if (code == SQLITE_OK)
                code = execRetrying("PRAGMA synchronous=NORMAL");
            if (code != SQLITE_OK)
                return openError(code);
        }
        code = sqlite3_exec(m_db, "PRAGMA foreign_keys=ON", nullptr, nullptr, nullptr);
        if (code != SQLITE_OK)
            return openError(code);
        return {};
    }

    // Applies every migration step above the file's user_version, each in its own transaction.
    Status migrate()
    {
        const int latest = storeMigrations().back().version;
        if (m_schemaVersion > latest)
            return userError(QStringLiteral("The store %1 was written by a newer Runbench (schema "
                                            "version %2, this one knows up to %3).")
                                 .arg(m_path)
                                 .arg(m_schemaVersion)
                                 .arg(latest));
        if (m_schemaVersion < latest && m_readOnly)
            return userError(
                QStringLiteral("The store %1 is read-only but needs an upgrade to schema "
                               "version %2, so it cannot be used.")
                    .arg(m_path)
                    .arg(latest));
        const QString action = QStringLiteral("upgrade its schema");
        for (const StoreMigration &migration : storeMigrations()) {
            if (migration.version <= m_schemaVersion)
                continue;
            const QByteArray setVersion =
                "PRAGMA user_version = " + QByteArray::number(migration.version);
            const Status status = write(action, [&]() -> Status {
                // Another process may have migrated while this one waited for the lock.
                int current = 0;
                int code = readInt("PRAGMA user_version", &current);
                if (code == SQLITE_OK && current < migration.version) {
                    code = sqlite3_exec(m_db, migration.sql, nullptr, nullptr, nullptr);
                    if (code == SQLITE_OK)
                        code =
                            sqlite3_exec(m_db, setVersion.constData(), nullptr, nullptr, nullptr);
                }
                if (code != SQLITE_OK)
                    return failure(code, action);
                return {};
            });
            if (!status.ok())
                return status;
            m_schemaVersion = migration.version;
        }
        return {};
    }

    bool projectExists(const QString &name, Status *status)
    {
        auto statement = prepare("SELECT 1 FROM projects WHERE name = ?1", name);
        if (!statement.ok()) {
            *status = statement.error();
            return false;
        }
        statement->bindAll(name);
        const int code = statement->step();
        if (code != SQLITE_ROW && code != SQLITE_DONE)
            *status = failure(code, QStringLiteral("look up project '%1'").arg(name));
        return code == SQLITE_ROW;
    }

    Result<std::vector<FunctionVersion>>
    versions(const QByteArray &sql, const std::function<void(SqliteStatement &)> &bind,
             const QString &action)
    {
        auto statement = prepare(sql, action);
        if (!statement.ok())
            return statement.error();
        bind(*statement);
        std::vector<FunctionVersion> result;
        int code;
        while ((code = statement->step()) == SQLITE_ROW)
            result.push_back(readVersion(*statement));
        if (code != SQLITE_DONE)
            return failure(code, action);
        return result;
    }

    Result<std::optional<FunctionVersion>>
    oneVersion(const QByteArray &sql, const std::function<void(SqliteStatement &)> &bind,
               const QString &action)
    {
        auto found = versions(sql, bind, action);
        if (!found.ok())
            return found.error();
        if (found->empty())
            return std::optional<FunctionVersion>();
        return std::optional<FunctionVersion>(std::move(found->front()));
    }
};

Store::Store(std::unique_ptr<Private> data)
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
        return userError(QStringLiteral("No file name was given for the store."));
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (info.isDir())
        return userError(QStringLiteral("The store %1 is a folder, not a file.").arg(absolute));
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder))
        return userError(
            QStringLiteral("The folder %1 for the store could not be created.").arg(folder));

    auto d = std::make_unique<Private>();
    d->m_path = absolute;
    const bool folderWritable = permitsWriting(QFileInfo(folder));
    if (info.exists()) {
        if (!info.isReadable())
            return userError(QStringLiteral("The store %1 cannot be read; check its permissions.")
                                 .arg(absolute));
        d->m_readOnly = !permitsWriting(info) || !folderWritable;
    } else if (!folderWritable) {
        return userError(QStringLiteral("The store %1 cannot be created because the folder %2 is "
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
        return userError(QStringLiteral("A project needs a name."));
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
            return userError(QStringLiteral("Project '%1' already exists.").arg(project.name));
        return {};
    });
    if (!status.ok())
        return status.error();
    return stored;
}

Status Store::saveProject(const ProjectRecord &project)
{
    if (project.name.isEmpty())
        return userError(QStringLiteral("A project needs a name."));
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
            return userError(QStringLiteral("Project '%1' does not exist.").arg(name));
        return {};
    });
}

Result<SavedFunction> Store::saveFunctionVersion(const FunctionVersion &version, const QString &tag)
{
    const QString label = functionLabel(version.project, version.name);
    if (version.project.isEmpty() || version.name.isEmpty())
        return userError(QStringLiteral("A function needs a project and a name to be saved."));
    const QString hash = version.hash.toLower();
    if (hash.size() != hashLength || !isLowerHex(hash))
        return userError(QStringLiteral("The hash '%1' of function '%2' is not 40 hexadecimal "
                                        "characters.")
                             .arg(version.hash, label));
    const QString action = QStringLiteral("save function '%1'").arg(label);
    SavedFunction saved;
    const Status status = m_d->write(action, [&]() -> Status {
        Status lookup;
        if (!m_d->projectExists(version.project, &lookup))
            return lookup.ok() ? userError(QStringLiteral("The project '%1' does not exist, so "
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
        auto stored = m_d->oneVersion(
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
        return userError(QStringLiteral("A tag cannot be empty."));
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
            return userError(
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
    return m_d->versions(
        sql,
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
        return m_d->oneVersion(
            select + "function_versions v WHERE v.project = ?1 AND v.name = ?2 AND v.hash = ?3",
            [&](SqliteStatement &s) { s.bindAll(project, name, lower); }, action);
    }

    auto tagged = m_d->oneVersion(
        select + "function_tags g JOIN function_versions v ON v.id = g.version_id"
                 " WHERE g.project = ?1 AND g.name = ?2 AND g.tag = ?3",
        [&](SqliteStatement &s) { s.bindAll(project, name, key); }, action);
    if (!tagged.ok() || tagged->has_value())
        return tagged;

    if (key == latestTag()) {
        return m_d->oneVersion(
            select + "function_versions v WHERE v.project = ?1 AND v.name = ?2"
                     " ORDER BY v.created DESC, v.id DESC LIMIT 1",
            [&](SqliteStatement &s) { s.bindAll(project, name); }, action);
    }

    if (lower.size() < minimumHashPrefix || !isLowerHex(lower))
        return std::optional<FunctionVersion>();
    // Every hash with this prefix sorts between the prefix and the prefix followed by 'g'.
    auto matches = m_d->versions(
        select + "function_versions v WHERE v.project = ?1 AND v.name = ?2"
                 " AND v.hash >= ?3 AND v.hash < ?4 ORDER BY v.hash LIMIT 2",
        [&](SqliteStatement &s) { s.bindAll(project, name, lower, lower + u'g'); }, action);
    if (!matches.ok())
        return matches.error();
    if (matches->size() > 1)
        return userError(QStringLiteral("The hash prefix '%1' matches more than one version of "
                                        "function '%2'; give more characters.")
                             .arg(key, label));
    if (matches->empty())
        return std::optional<FunctionVersion>();
    return std::optional<FunctionVersion>(std::move(matches->front()));
}

Status Store::saveRun(const RunRecordRow &run)
{
    if (run.uid.isEmpty())
        return userError(QStringLiteral("A run needs a uid to be saved."));
    if (!isRunState(run.state))
        return userError(
            QStringLiteral("The run state '%1' is not one of created, pending, running, "
                           "completed, error or aborted.")
                .arg(run.state));
    const QString action = QStringLiteral("save run %1").arg(run.uid);
    return m_d->write(action, [&]() -> Status {
        Status lookup;
        if (!m_d->projectExists(run.project, &lookup))
            return lookup.ok()
                       ? userError(QStringLiteral("The project '%1' does not exist, so run %2 "
                                                  "cannot be saved in it.")
                                       .arg(run.project, run.uid))
                       : lookup;
        auto statement = m_d->prepare(
            "INSERT INTO runs (uid, iteration, project, name, function, state, started, updated,"
            " ended, exit_code, error, labels, parameters, results)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"
            " ON CONFLICT (uid, iteration) DO UPDATE SET project = excluded.project,"
            " name = excluded.name, function = excluded.function, state = excluded.state,"
            " started = excluded.started, updated = excluded.updated, ended = excluded.ended,"
            " exit_code = excluded.exit_code, error = excluded.error, labels = excluded.labels,"
            " parameters = excluded.parameters, results = excluded.results",
            action);
        if (!statement.ok())
            return statement.error();
        statement->bindAll(run.uid, run.iteration, run.project, run.name, run.function, run.state,
                           run.started, run.updated, run.ended, run.exitCode, run.error);
        statement->bindBlob(12, run.labels);
        statement->bindBlob(13, run.parameters);
        statement->bindBlob(14, run.results);
        return m_d->execute(*statement, action);
    });
}

Result<std::optional<RunRecordRow>> Store::run(const QString &uid, int iteration) const
{
    const QString action = QStringLiteral("read run %1").arg(uid);
    auto statement = m_d->prepare(
        "SELECT uid, iteration, project, name, function, state, started, updated, ended,"
        " exit_code, error, labels, parameters, results FROM runs WHERE uid = ?1 AND iteration = "
        "?2",
        action);
    if (!statement.ok())
        return statement.error();
    statement->bindAll(uid, iteration);
    const int code = statement->step();
    if (code == SQLITE_DONE)
        return std::optional<RunRecordRow>();
    if (code != SQLITE_ROW)
        return m_d->failure(code, action);
    RunRecordRow row;
    row.uid = statement->text(0);
    row.iteration = int(statement->int64(1));
    row.project = statement->text(2);
    row.name = statement->text(3);
    row.function = statement->text(4);
    row.state = statement->text(5);
    row.started = statement->dateTime(6);
    row.updated = statement->dateTime(7);
    row.ended = statement->dateTime(8);
    if (!statement->isNull(9))
        row.exitCode = int(statement->int64(9));
    row.error = statement->text(10);
    row.labels = statement->blob(11);
    row.parameters = statement->blob(12);
    row.results = statement->blob(13);
    return std::optional<RunRecordRow>(std::move(row));
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
        return userError(QStringLiteral("A setting needs a name."));
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
