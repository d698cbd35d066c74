// SPDX-License-Identifier: Apache-2.0
#include "hubfetcher.h"

namespace Runbench::Models {

HubFetcher::HubFetcher(Store &store, HttpRequest defaults)
    : m_store(store)
    , m_defaults(std::move(defaults))
{}

Result<std::optional<HubCacheEntry>> HubFetcher::cached(const QString &source,
                                                        const QString &url) const
{
    return m_store.hubCacheEntry(source, url);
}

Result<HubFetcher::Fetched> HubFetcher::refresh(const QString &source, const QString &url,
                                                const Check &check, const std::atomic_bool *cancel,
                                                const Progress &progress) const
{
    auto previous = cached(source, url);
    if (!previous)
        return previous.error();
    HttpRequest request = m_defaults;
    request.url = url;
    if (*previous) {
        request.etag = (*previous)->etag;
        request.lastModified = (*previous)->lastModified;
    }
    auto response = HttpClient::get(request, cancel, progress);
    if (!response)
        return response.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Fetched fetched;
    fetched.bytesReceived = response->bytesReceived;
    fetched.checked = now;
    if (response->notModified() && *previous) {
        if (Status marked = m_store.markHubCacheChecked(source, url, now); !marked)
            return marked.error();
        fetched.body = std::move((*previous)->body);
        return fetched;
    }
    if (response->notModified())
        return Error(QStringLiteral("%1 answered 304 Not Modified to a request without a cached "
                                    "copy.")
                         .arg(url),
                     url);
    if (check) {
        if (Status good = check(response->body); !good)
            return good.error();
    }
    HubCacheEntry entry{source, url, response->body, response->etag, response->lastModified,
                        now,    now};
    if (Status saved = m_store.saveHubCacheEntry(entry); !saved)
        return saved.error();
    fetched.updated = true;
    fetched.body = std::move(response->body);
    return fetched;
}

Result<QByteArray> HubFetcher::cachedOrFetch(const QString &source, const QString &url,
                                             const Check &check, const std::atomic_bool *cancel,
                                             const Progress &progress) const
{
    auto previous = cached(source, url);
    if (!previous)
        return previous.error();
    if (*previous)
        return std::move((*previous)->body);
    auto fetched = refresh(source, url, check, cancel, progress);
    if (!fetched)
        return fetched.error();
    return std::move(fetched->body);
}

} // namespace Runbench::Models
