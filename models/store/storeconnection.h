// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"
#include "sqlitestatement.h"
#include "storeschema.h"

#include <QElapsedTimer>
#include <QHash>
#include <QUrl>

#include <sqlite3.h>

#include <chrono>
#include <functional>
#include <thread>

namespace Runbench::Models {

constexpr int kBusyTimeoutMs = 10000;

// An Error that is only a sentence: store problems have no line or column.
inline Error storeError(const QString &message)
{
    Error error;
    error.message = message;
    return error;
}

// The SQLite connection behind a Store: statement cache, transactions with retry on a busy
// file, SQLite failures as sentences, opening and migrating. Only the store's files use it.
class StoreConnection
{
public:
    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
    QHash<QByteArray, sqlite3_stmt *> m_statements;

    StoreConnection() = default;
    StoreConnection(const StoreConnection &) = delete;
    StoreConnection &operator=(const StoreConnection &) = delete;
    ~StoreConnection() { close(); }

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
        return storeError(
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
            return storeError(
                QStringLiteral("The store %1 could not %2 because another program kept it "
                               "locked for more than %3 seconds.")
                    .arg(m_path, action)
                    .arg(kBusyTimeoutMs / 1000));
        case SQLITE_NOTADB:
        case SQLITE_CORRUPT:
            return storeError(
                QStringLiteral("The store %1 could not %2 because the file is damaged or is "
                               "not an SQLite database.")
                    .arg(m_path, action));
        case SQLITE_FULL:
            return storeError(QStringLiteral("The store %1 could not %2 because the disk is full.")
                                  .arg(m_path, action));
        default:
            return storeError(QStringLiteral("The store %1 could not %2: %3.")
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
            if ((code & 0xff) != SQLITE_BUSY || timer.elapsed() > kBusyTimeoutMs)
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
            return storeError(
                QStringLiteral("The file %1 is not a Runbench store: it is damaged or is not "
                               "an SQLite database.")
                    .arg(m_path));
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return storeError(
                QStringLiteral("The store %1 could not be opened because another program kept "
                               "it locked for more than %2 seconds.")
                    .arg(m_path)
                    .arg(kBusyTimeoutMs / 1000));
        default:
            return storeError(QStringLiteral("The store %1 could not be opened: %2.")
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
        sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
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
            return storeError(QStringLiteral("The store %1 was written by a newer Runbench (schema "
                                             "version %2, this one knows up to %3).")
                                  .arg(m_path)
                                  .arg(m_schemaVersion)
                                  .arg(latest));
        if (m_schemaVersion < latest && m_readOnly)
            return storeError(
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
};

} // namespace Runbench::Models
