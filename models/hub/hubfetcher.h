// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"
#include "net/httpclient.h"
#include "store/store.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace Runbench::Models {

// Fetches files of hub sources on the web through HttpClient into the store's hub cache, with
// conditional requests, and reads them back from there when offline.
class HubFetcher
{
public:
    // What a fetch did: a new body (200) or the cached one confirmed (304).
    struct Fetched
    {
        bool updated = false;
        QByteArray body;
        qint64 bytesReceived = 0;
        QDateTime checked;
    };
    // Vets a downloaded body before it replaces the cached one.
    using Check = std::function<Status(const QByteArray &)>;
    using Progress = std::function<void(qint64, qint64)>;

    // defaults gives the timeouts, size limit, redirects and extra CA of every request.
    HubFetcher(Store &store, HttpRequest defaults);

    // GETs url sending the cached ETag / Last-Modified; a 304 keeps the cached body. A body
    // that check() refuses leaves the cache as it was and is the Error.
    Result<Fetched> refresh(const QString &source, const QString &url, const Check &check = {},
                            const std::atomic_bool *cancel = nullptr,
                            const Progress &progress = {}) const;
    // The cached body, fetched first when there is none yet.
    Result<QByteArray> cachedOrFetch(const QString &source, const QString &url,
                                     const Check &check = {},
                                     const std::atomic_bool *cancel = nullptr,
                                     const Progress &progress = {}) const;
    Result<std::optional<HubCacheEntry>> cached(const QString &source, const QString &url) const;

private:
    Store &m_store;
    HttpRequest m_defaults;
};

} // namespace Runbench::Models
