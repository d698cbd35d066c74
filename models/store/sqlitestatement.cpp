// SPDX-License-Identifier: Apache-2.0
#include "sqlitestatement.h"

#include <sqlite3.h>

namespace Runbench::Models {

SqliteStatement::SqliteStatement(sqlite3_stmt *statement)
    : m_statement(statement)
{}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
{}

SqliteStatement::~SqliteStatement()
{
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
}

void SqliteStatement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, const std::optional<int> &value)
{
    if (value)
        sqlite3_bind_int64(m_statement, index, *value);
    else
        sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bind(int index, const QDateTime &value)
{
    if (value.isValid())
        bind(index, formatDateTime(value));
    else
        sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bindBlob(int index, const QByteArray &value)
{
    sqlite3_bind_blob(m_statement, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
}

int SqliteStatement::step()
{
    return sqlite3_step(m_statement);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray SqliteStatement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QDateTime SqliteStatement::dateTime(int column) const
{
    if (isNull(column))
        return {};
    return QDateTime::fromString(text(column), Qt::ISODateWithMs);
}

QString SqliteStatement::formatDateTime(const QDateTime &value)
{
    return value.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace Runbench::Models
