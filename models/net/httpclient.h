// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <atomic>
#include <functional>

namespace Runbench::Models {

// What to fetch and the limits that turn a slow, huge or looping download into an Error.
struct HttpRequest
{
    QString url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray etag;      // sent as If-None-Match when set (conditional GET)
    QString lastModified; // sent as If-Modified-Since when set (conditional GET)
    int connectTimeoutMs = 10000;
    int stallTimeoutMs = 30000; // no bytes for this long = failure (whole seconds, rounded up)
    qint64 maxBytes = 64 << 20; // body limit, also for getStreamed()
    int maxRedirects = 5;
    QString caBundle;             // extra trusted CA file (PEM), used besides the system CAs
    QByteArray method;            // empty = GET; otherwise e.g. "POST", "PUT", "PATCH", "DELETE"
    QByteArray body;              // sent as the request body when method is not GET
    QByteArray caPem;             // trusted CA certificates (PEM) given in memory
    QByteArray clientCertificate; // PEM client certificate for TLS client authentication
    QByteArray clientKey;         // PEM private key of clientCertificate; never logged
    bool skipTlsVerify = false;   // only when a user's configuration explicitly asks for it
    bool keepErrorStatus = false; // answers >= 400 come back as responses with their body
    QByteArray connectTo;         // libcurl CONNECT_TO "HOST:PORT:ADDRESS:PORT": TLS checks HOST
    QByteArray proxy; // replaces the environment's proxy, e.g. "socks5://127.0.0.1:1080"
};

// What came back; status 304 answers a conditional GET whose copy is still current.
struct HttpResponse
{
    int status = 0;
    QByteArray body; // empty for getStreamed() and 304
    QByteArray etag;
    QString lastModified;
    QString finalUrl;           // after redirects
    qint64 bytesReceived = 0;   // body bytes, also counted for getStreamed()
    int retryAfterSeconds = -1; // the Retry-After header in seconds, -1 when absent
    bool notModified() const { return status == 304; }
};

// The one libcurl wrapper: HTTP(S) GET with TLS verification always on, proxies from the
// environment, timeouts, size limits, cancellation and conditional requests.
//
// Calls are synchronous and block until the transfer ends: run them on worker threads, never
// on the GUI thread. Every call uses its own curl handle, so calls may run in parallel on any
// number of threads.
class HttpClient
{
public:
    // cancel is checked while transferring; when it becomes true the request fails with
    // "... was cancelled.". progress gets the body bytes so far and the total (-1 if unknown).
    static Result<HttpResponse> get(const HttpRequest &request,
                                    const std::atomic_bool *cancel = nullptr,
                                    const std::function<void(qint64, qint64)> &progress = {});
    // Streaming variant for large bodies: chunks go to onData instead of the body; onData
    // returning false stops the transfer with an Error.
    static Result<HttpResponse> getStreamed(const HttpRequest &request,
                                            const std::function<bool(QByteArrayView)> &onData,
                                            const std::atomic_bool *cancel = nullptr);
    // Any method; with onData set the body streams there, except the body of an error answer
    // kept by keepErrorStatus, which lands in the response body.
    static Result<HttpResponse> send(const HttpRequest &request,
                                     const std::function<bool(QByteArrayView)> &onData = {},
                                     const std::atomic_bool *cancel = nullptr);
};

} // namespace Runbench::Models
