// SPDX-License-Identifier: Apache-2.0
#include "net/httpclient.h"

#include <QDateTime>
#include <QLocale>
#include <QUrl>

#include <curl/curl.h>

#include <algorithm>
#include <cerrno>
#include <memory>
#include <mutex>

namespace Runbench::Models {

namespace {

// The state one transfer shares with libcurl's callbacks.
struct Transfer
{
    const HttpRequest &request;
    const std::atomic_bool *cancel = nullptr;
    const std::function<void(qint64, qint64)> &progress;
    const std::function<bool(QByteArrayView)> &onData;
    HttpResponse response;
    QByteArray reason;
    qint64 lastReported = -1;
    bool cancelled = false;
    bool tooLarge = false;
    bool refused = false;
};

bool isCancelled(Transfer &transfer)
{
    if (transfer.cancel && transfer.cancel->load())
        transfer.cancelled = true;
    return transfer.cancelled;
}

size_t onBody(char *data, size_t size, size_t count, void *user)
{
    auto &transfer = *static_cast<Transfer *>(user);
    const size_t length = size * count;
    if (isCancelled(transfer))
        return 0;
    if (transfer.response.bytesReceived + qint64(length) > transfer.request.maxBytes) {
        transfer.tooLarge = true;
        return 0;
    }
    transfer.response.bytesReceived += qint64(length);
    const bool errorBody = transfer.request.keepErrorStatus && transfer.response.status >= 400;
    if (!transfer.onData || errorBody) {
        transfer.response.body.append(data, qsizetype(length));
    } else if (!transfer.onData(QByteArrayView(data, qsizetype(length)))) {
        transfer.refused = true;
        return 0;
    }
    return length;
}

// Retry-After holds seconds or an HTTP date.
int retryAfter(const QByteArray &value)
{
    bool isNumber = false;
    const int seconds = value.toInt(&isNumber);
    if (isNumber)
        return std::max(0, seconds);
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value),
                                             QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    when.setTimeSpec(Qt::UTC);
    if (!when.isValid())
        return -1;
    return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

// Headers of every response arrive here, redirects included; a status line starts a new one.
size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto &transfer = *static_cast<Transfer *>(user);
    const size_t length = size * count;
    const QByteArray line = QByteArray(data, qsizetype(length)).trimmed();
    if (line.startsWith("HTTP/")) {
        // "HTTP/1.1 404 Not Found"; HTTP/2 status lines carry no reason phrase.
        const qsizetype statusStart = line.indexOf(' ') + 1;
        const qsizetype reasonStart = line.indexOf(' ', statusStart) + 1;
        transfer.response.status =
            line.mid(statusStart, reasonStart > 0 ? reasonStart - 1 - statusStart : -1).toInt();
        transfer.reason = reasonStart > 0 ? line.mid(reasonStart) : QByteArray();
        transfer.response.etag.clear();
        transfer.response.lastModified.clear();
        transfer.response.retryAfterSeconds = -1;
        return length;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon > 0) {
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "etag")
            transfer.response.etag = value;
        else if (name == "last-modified")
            transfer.response.lastModified = QString::fromLatin1(value);
        else if (name == "retry-after")
            transfer.response.retryAfterSeconds = retryAfter(value);
    }
    return length;
}

int onProgress(void *user, curl_off_t total, curl_off_t received, curl_off_t, curl_off_t)
{
    auto &transfer = *static_cast<Transfer *>(user);
    if (isCancelled(transfer))
        return 1;
    if (transfer.progress && received != transfer.lastReported) {
        transfer.lastReported = received;
        transfer.progress(received, total > 0 ? total : -1);
    }
    return 0;
}

// libcurl measures stalls in whole seconds.
long stallSeconds(const HttpRequest &request)
{
    return std::max(1L, long((request.stallTimeoutMs + 999) / 1000));
}

void initialiseCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// The URL as errors show it: no user info, query or fragment, which may hold secrets.
QString shownUrl(const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return url;
    return parsed.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString();
}

QString sizeText(qint64 bytes)
{
    if (bytes >= (1 << 20))
        return QStringLiteral("%1 MB").arg(QString::number(double(bytes) / (1 << 20), 'g', 4));
    if (bytes >= 1024)
        return QStringLiteral("%1 KB").arg(QString::number(double(bytes) / 1024, 'g', 4));
    return QStringLiteral("%1 bytes").arg(bytes);
}

// HTTP/2 answers carry no reason phrase; these are the ones servers commonly send.
QString reasonFor(int status, const QByteArray &sent)
{
    if (!sent.isEmpty())
        return QString::fromLatin1(sent);
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 409:
        return QStringLiteral("Conflict");
    case 410:
        return QStringLiteral("Gone");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return {};
    }
}

Error statusError(const Transfer &transfer, const QString &url, const QString &finalUrl)
{
    const int status = transfer.response.status;
    const QString answer =
        QStringLiteral("%1 %2").arg(status).arg(reasonFor(status, transfer.reason));
    if (finalUrl.isEmpty() || finalUrl == url)
        return Error(QStringLiteral("%1 answered %2.").arg(url, answer.trimmed()), url);
    return Error(
        QStringLiteral("%1 (redirected from %2) answered %3.").arg(finalUrl, url, answer.trimmed()),
        url);
}

// Why a TLS certificate was refused, from curl's error text.
Error certificateError(const QString &url, const QString &detail)
{
    if (detail.contains(QLatin1String("subject name")))
        return Error(QStringLiteral("The TLS certificate of %1 was not issued for host %2 (%3).")
                         .arg(url, QUrl(url).host(), detail),
                     url);
    if (detail.contains(QLatin1String("self-signed")) ||
        detail.contains(QLatin1String("self signed")))
        return Error(
            QStringLiteral("The TLS certificate of %1 is self-signed and not trusted (%2).")
                .arg(url, detail),
            url);
    return Error(QStringLiteral("The TLS certificate of %1 is not signed by a trusted certificate "
                                "authority (%2).")
                     .arg(url, detail),
                 url);
}

Error curlError(CURL *handle, CURLcode code, const char *buffer, const Transfer &transfer,
                const QString &url)
{
    QString detail = QString::fromUtf8(buffer).trimmed();
    if (detail.isEmpty())
        detail = QString::fromUtf8(curl_easy_strerror(code));
    while (detail.endsWith(QLatin1Char('.')))
        detail.chop(1);
    const HttpRequest &request = transfer.request;
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        return Error(QStringLiteral("The host %1 of %2 could not be found (DNS lookup failed).")
                         .arg(QUrl(request.url).host(), url),
                     url);
    case CURLE_COULDNT_RESOLVE_PROXY:
        return Error(QStringLiteral("The proxy for %1 could not be found (%2).").arg(url, detail),
                     url);
    case CURLE_COULDNT_CONNECT: {
        long osError = 0;
        curl_easy_getinfo(handle, CURLINFO_OS_ERRNO, &osError);
        if (osError == ECONNREFUSED)
            return Error(QStringLiteral("%1 refused the connection.").arg(url), url);
        return Error(QStringLiteral("Could not connect to %1 (%2).").arg(url, detail), url);
    }
    case CURLE_OPERATION_TIMEDOUT: {
        curl_off_t connected = 0;
        curl_easy_getinfo(handle, CURLINFO_CONNECT_TIME_T, &connected);
        if (connected == 0)
            return Error(QStringLiteral("Could not connect to %1 within %2 ms.")
                             .arg(url)
                             .arg(request.connectTimeoutMs),
                         url);
        return Error(QStringLiteral("%1 stopped sending data for %2 s after %3.")
                         .arg(url)
                         .arg(stallSeconds(request))
                         .arg(sizeText(transfer.response.bytesReceived)),
                     url);
    }
    case CURLE_PARTIAL_FILE:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
        return Error(QStringLiteral("The connection to %1 was dropped after %2 of the answer.")
                         .arg(url, sizeText(transfer.response.bytesReceived)),
                     url);
    case CURLE_GOT_NOTHING:
        return Error(QStringLiteral("%1 closed the connection without answering.").arg(url), url);
    case CURLE_TOO_MANY_REDIRECTS:
        return Error(
            QStringLiteral("%1 redirected more than %2 times.").arg(url).arg(request.maxRedirects),
            url);
    case CURLE_PEER_FAILED_VERIFICATION:
        return certificateError(url, detail);
    case CURLE_SSL_CONNECT_ERROR:
        return Error(QStringLiteral("The TLS handshake with %1 failed (%2).").arg(url, detail),
                     url);
    case CURLE_SSL_CACERT_BADFILE:
        return Error(
            QStringLiteral("The CA bundle %1 for %2 could not be read.").arg(request.caBundle, url),
            url);
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
        return Error(QStringLiteral("%1 is not an http or https address.").arg(url), url);
    default:
        return Error(QStringLiteral("Fetching %1 failed (%2).").arg(url, detail), url);
    }
}

// Hands PEM bytes to libcurl, which copies them.
void setBlob(CURL *curl, CURLoption option, const QByteArray &pem)
{
    if (pem.isEmpty())
        return;
    curl_blob blob{const_cast<char *>(pem.constData()), size_t(pem.size()), CURL_BLOB_COPY};
    curl_easy_setopt(curl, option, &blob);
}

struct CurlDeleter
{
    void operator()(CURL *handle) const { curl_easy_cleanup(handle); }
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

Result<HttpResponse> perform(const HttpRequest &request, const std::atomic_bool *cancel,
                             const std::function<void(qint64, qint64)> &progress,
                             const std::function<bool(QByteArrayView)> &onData)
{
    initialiseCurl();
    const QString url = shownUrl(request.url);
    std::unique_ptr<CURL, CurlDeleter> handle(curl_easy_init());
    if (!handle)
        return Error(QStringLiteral("Could not start a download of %1.").arg(url), url);
    CURL *curl = handle.get();

    std::unique_ptr<curl_slist, CurlDeleter> headers;
    const auto addHeader = [&headers](const QByteArray &line) {
        headers.reset(curl_slist_append(headers.release(), line.constData()));
    };
    for (const auto &[name, value] : request.headers)
        addHeader(name + ": " + value);
    if (!request.etag.isEmpty())
        addHeader("If-None-Match: " + request.etag);
    if (!request.lastModified.isEmpty())
        addHeader("If-Modified-Since: " + request.lastModified.toLatin1());

    Transfer transfer{request, cancel, progress, onData, {}, {}};
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QByteArray address = request.url.toUtf8();
    const QByteArray caBundle = request.caBundle.toLocal8Bit();

    curl_easy_setopt(curl, CURLOPT_URL, address.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(curl, CURLOPT_MAXREDIRS, long(request.maxRedirects));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(request.connectTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, stallSeconds(request));
    curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(request.maxBytes));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, request.skipTlsVerify ? 0L : 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, request.skipTlsVerify ? 0L : 2L);
    setBlob(curl, CURLOPT_CAINFO_BLOB, request.caPem);
    setBlob(curl, CURLOPT_SSLCERT_BLOB, request.clientCertificate);
    setBlob(curl, CURLOPT_SSLKEY_BLOB, request.clientKey);
    if (!request.method.isEmpty() && request.method != "GET") {
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.constData());
    }
    // Only CAINFO is replaced: libcurl's CA path (/etc/ssl/certs) keeps the system CAs trusted.
    if (!caBundle.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caBundle.constData());
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "Runbench");
    curl_easy_setopt(curl, CURLOPT_FAILONERROR, request.keepErrorStatus ? 0L : 1L);
    std::unique_ptr<curl_slist, CurlDeleter> connectTo;
    if (!request.connectTo.isEmpty()) {
        connectTo.reset(curl_slist_append(nullptr, request.connectTo.constData()));
        curl_easy_setopt(curl, CURLOPT_CONNECT_TO, connectTo.get());
    }
    if (!request.proxy.isEmpty())
        curl_easy_setopt(curl, CURLOPT_PROXY, request.proxy.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);

    const CURLcode code = curl_easy_perform(curl);
    char *effective = nullptr;
    curl_easy_getinfo(curl, CURLINFO_EFFECTIVE_URL, &effective);
    transfer.response.finalUrl = QString::fromUtf8(effective);
    const QString finalUrl = shownUrl(transfer.response.finalUrl);

    if (transfer.cancelled || code == CURLE_ABORTED_BY_CALLBACK)
        return Error(QStringLiteral("Download of %1 was cancelled.").arg(url), url);
    if (transfer.tooLarge || code == CURLE_FILESIZE_EXCEEDED)
        return Error(QStringLiteral("%1 sent more than %2; the limit is %2.")
                         .arg(url, sizeText(request.maxBytes)),
                     url);
    if (transfer.refused)
        return Error(QStringLiteral("Download of %1 was stopped by its receiver.").arg(url), url);
    if (code == CURLE_OK && request.keepErrorStatus)
        return transfer.response;
    if (code == CURLE_HTTP_RETURNED_ERROR || (code == CURLE_OK && transfer.response.status >= 400))
        return statusError(transfer, url, finalUrl);
    if (code != CURLE_OK)
        return curlError(curl, code, errorBuffer, transfer, url);
    return transfer.response;
}

} // namespace

Result<HttpResponse> HttpClient::get(const HttpRequest &request, const std::atomic_bool *cancel,
                                     const std::function<void(qint64, qint64)> &progress)
{
    return perform(request, cancel, progress, {});
}

Result<HttpResponse> HttpClient::getStreamed(const HttpRequest &request,
                                             const std::function<bool(QByteArrayView)> &onData,
                                             const std::atomic_bool *cancel)
{
    return perform(request, cancel, {}, onData);
}

Result<HttpResponse> HttpClient::send(const HttpRequest &request,
                                      const std::function<bool(QByteArrayView)> &onData,
                                      const std::atomic_bool *cancel)
{
    return perform(request, cancel, {}, onData);
}

} // namespace Runbench::Models
