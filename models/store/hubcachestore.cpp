// SPDX-License-Identifier: Apache-2.0
// The hub cache half of Store: files fetched from hub sources on the web, kept for offline use.
#include "store.h"
#include "storeconnection.h"

namespace Runbench::Models {

Result<std::optional<HubCacheEntry>> Store::hubCacheEntry(const QString &source,
                                                          const QString &url) const
{
    const QString action = QStringLiteral("read the cached %1 of hub source %2").arg(url, source);
    auto statement = m_d->prepare("SELECT etag, last_modified, fetched, checked, body"
                                  " FROM hub_cache WHERE source = ?1 AND url = ?2",
                                  action);
    if (!statement.ok())
        return statement.error();
    statement->bindAll(source, url);
    const int code = statement->step();
    if (code == SQLITE_DONE)
        return std::optional<HubCacheEntry>();
    if (code != SQLITE_ROW)
        return m_d->failure(code, action);
    HubCacheEntry entry;
    entry.source = source;
    entry.url = url;
    entry.etag = statement->text(0).toLatin1();
    entry.lastModified = statement->text(1);
    entry.fetched = statement->dateTime(2);
    entry.checked = statement->dateTime(3);
    entry.body = statement->blob(4);
    return std::optional<HubCacheEntry>(std::move(entry));
}

Status Store::saveHubCacheEntry(const HubCacheEntry &entry)
{
    if (entry.source.isEmpty() || entry.url.isEmpty())
        return storeError(QStringLiteral("A hub cache entry needs a source and a URL."));
    const QString action = QStringLiteral("cache %1 of hub source %2").arg(entry.url, entry.source);
    return m_d->write(action, [&]() -> Status {
        auto statement = m_d->prepare(
            "INSERT INTO hub_cache (source, url, etag, last_modified, fetched, checked, size, body)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (source, url) DO UPDATE SET"
            " etag = excluded.etag, last_modified = excluded.last_modified,"
            " fetched = excluded.fetched, checked = excluded.checked, size = excluded.size,"
            " body = excluded.body",
            action);
        if (!statement.ok())
            return statement.error();
        const QDateTime fetched =
            entry.fetched.isValid() ? entry.fetched : QDateTime::currentDateTimeUtc();
        statement->bindAll(
            entry.source, entry.url, QString::fromLatin1(entry.etag), entry.lastModified, fetched,
            entry.checked.isValid() ? entry.checked : fetched, qint64(entry.body.size()));
        statement->bindBlob(8, entry.body);
        return m_d->execute(*statement, action);
    });
}

Status Store::markHubCacheChecked(const QString &source, const QString &url,
                                  const QDateTime &checked)
{
    const QString action =
        QStringLiteral("mark the cached %1 of hub source %2 as current").arg(url, source);
    return m_d->write(action, [&]() -> Status {
        auto statement = m_d->prepare(
            "UPDATE hub_cache SET checked = ?3 WHERE source = ?1 AND url = ?2", action);
        if (!statement.ok())
            return statement.error();
        statement->bindAll(source, url, checked);
        return m_d->execute(*statement, action);
    });
}

Result<int> Store::removeHubCache(const QString &source,
                                  const std::function<bool(const QString &url)> &which)
{
    const QString action = QStringLiteral("forget the cached files of hub source %1").arg(source);
    int removed = 0;
    const Status status = m_d->write(action, [&]() -> Status {
        QStringList urls;
        {
            auto list = m_d->prepare("SELECT url FROM hub_cache WHERE source = ?1", action);
            if (!list.ok())
                return list.error();
            list->bindAll(source);
            int code;
            while ((code = list->step()) == SQLITE_ROW) {
                const QString url = list->text(0);
                if (!which || which(url))
                    urls << url;
            }
            if (code != SQLITE_DONE)
                return m_d->failure(code, action);
        }
        for (const QString &url : std::as_const(urls)) {
            auto statement =
                m_d->prepare("DELETE FROM hub_cache WHERE source = ?1 AND url = ?2", action);
            if (!statement.ok())
                return statement.error();
            statement->bindAll(source, url);
            if (Status done = m_d->execute(*statement, action); !done)
                return done;
        }
        removed = int(urls.size());
        return {};
    });
    if (!status)
        return status.error();
    return removed;
}

Result<qint64> Store::hubCacheSize(const QString &source) const
{
    const QString action = QStringLiteral("measure the cache of hub source %1").arg(source);
    auto statement =
        m_d->prepare("SELECT coalesce(sum(size), 0) FROM hub_cache WHERE source = ?1", action);
    if (!statement.ok())
        return statement.error();
    statement->bindAll(source);
    const int code = statement->step();
    if (code != SQLITE_ROW)
        return m_d->failure(code, action);
    return statement->int64(0);
}

} // namespace Runbench::Models
