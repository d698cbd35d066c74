// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

struct sqlite3_stmt;

namespace Runbench::Models {

// Borrows a cached prepared statement for one use: binds values, steps rows, resets on scope exit.
class SqliteStatement
{
public:
    explicit SqliteStatement(sqlite3_stmt *statement);
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    SqliteStatement &operator=(SqliteStatement &&) = delete;
    ~SqliteStatement();

    // Parameters are numbered from 1 (?1, ?2, ...). Strings bind as text, never as NULL.
    void bind(int index, const QString &value);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, const std::optional<int> &value);
    // ISO-8601 UTC text with milliseconds, NULL when invalid.
    void bind(int index, const QDateTime &value);
    // JSON and other documents: UTF-8 bytes stored as a BLOB.
    void bindBlob(int index, const QByteArray &value);

    // Binds the arguments to ?1, ?2, ... in order.
    template<typename... Args> SqliteStatement &bindAll(const Args &...args)
    {
        int index = 1;
        (bind(index++, args), ...);
        return *this;
    }

    // SQLITE_ROW, SQLITE_DONE or an SQLite error code.
    int step();

    bool isNull(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    qint64 int64(int column) const;
    QDateTime dateTime(int column) const;

    static QString formatDateTime(const QDateTime &value);

private:
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace Runbench::Models
