// SPDX-License-Identifier: Apache-2.0
#include "kubernetes/kubeclient.h"

#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "kubernetes/kubecredentials.h"

#include <QElapsedTimer>
#include <QThread>
#include <QUrl>

#include <algorithm>

namespace Runbench::Runtimes {

using Models::DocumentFormat;
using Models::DocumentReader;
using Models::DocumentWriter;
using Models::HttpResponse;
using Models::Node;

namespace {

constexpr qint64 StreamLimit = std::numeric_limits<qint64>::max() / 2;
constexpr int LogStallMs = 3600 * 1000;

QString nodeText(const Node *node)
{
    return node ? QString::fromStdString(node->displayText()) : QString();
}

QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// "?a=1&b=2" from the pairs whose value is not empty.
QString query(const QList<QPair<QString, QString>> &items)
{
    QStringList parts;
    for (const auto &[name, value] : items)
        if (!value.isEmpty())
            parts.append(name + QLatin1Char('=') + encoded(value));
    return parts.isEmpty() ? QString() : QLatin1Char('?') + parts.join(QLatin1Char('&'));
}

Result<Node> parseJson(const QByteArray &bytes, const QString &source)
{
    return DocumentReader::read(std::string_view(bytes.constData(), size_t(bytes.size())),
                                DocumentFormat::Json, source);
}

QString objectKey(const Node &object)
{
    return nodeText(object.at("metadata.namespace")) + QLatin1Char('/') +
           nodeText(object.at("metadata.name"));
}

QString resourceVersion(const Node &object)
{
    return nodeText(object.at("metadata.resourceVersion"));
}

int retryAfterSeconds(const HttpResponse &response)
{
    if (response.retryAfterSeconds >= 0)
        return response.retryAfterSeconds;
    const auto status = parseJson(response.body, {});
    if (status && status->isMapping()) {
        bool ok = false;
        const int seconds = nodeText(status->at("details.retryAfterSeconds")).toInt(&ok);
        if (ok && seconds > 0)
            return seconds;
    }
    return -1;
}

// A log timestamp (RFC 3339 with up to nine fraction digits) in comparable form.
struct LogStamp
{
    qint64 seconds = 0;
    qint64 nanoseconds = 0;
    auto operator<=>(const LogStamp &) const = default;
};

// Parses log timestamps; consecutive lines mostly share their second, which is parsed once.
class StampParser
{
public:
    std::optional<LogStamp> parse(const QString &text, QDateTime *time)
    {
        const qsizetype dot = text.indexOf(QLatin1Char('.'));
        const qsizetype zone = text.indexOf(QLatin1Char('Z'));
        if (zone < 0)
            return std::nullopt;
        const QStringView whole = QStringView(text).left(dot >= 0 ? dot : zone);
        if (whole != m_secondText) {
            m_second = QDateTime::fromString(whole.toString() + QLatin1Char('Z'), Qt::ISODate);
            m_secondText = whole.toString();
        }
        if (!m_second.isValid())
            return std::nullopt;
        qint64 nanoseconds = 0;
        int digits = 0;
        for (qsizetype i = dot + 1; dot >= 0 && i < zone && digits < 9; ++i, ++digits) {
            if (!text[i].isDigit())
                return std::nullopt;
            nanoseconds = nanoseconds * 10 + text[i].digitValue();
        }
        for (; digits < 9; ++digits)
            nanoseconds *= 10;
        *time = m_second.addMSecs(nanoseconds / 1000000);
        return LogStamp{m_second.toSecsSinceEpoch(), nanoseconds};
    }

private:
    QString m_secondText;
    QDateTime m_second;
};

// Splits a byte stream into lines, keeping a partial last line for the next chunk.
class LineSplitter
{
public:
    template<typename Handler> bool feed(QByteArrayView data, Handler &&onLine)
    {
        m_pending.append(data);
        qsizetype start = 0;
        for (qsizetype end = m_pending.indexOf('\n', start); end >= 0;
             end = m_pending.indexOf('\n', start)) {
            const QByteArray line = m_pending.mid(start, end - start);
            start = end + 1;
            if (!onLine(line)) {
                m_pending.remove(0, start);
                return false;
            }
        }
        m_pending.remove(0, start);
        return true;
    }
    QByteArray takeRest() { return std::exchange(m_pending, {}); }

private:
    QByteArray m_pending;
};

// Answers a watch does not retry: bad request, credentials refused, forbidden, not found.
bool isFinal(int status)
{
    return status == 400 || status == 401 || status == 403 || status == 404;
}

} // namespace

KubeResource KubeResource::pods()
{
    return {QStringLiteral("/api/v1"), QStringLiteral("pods"), QStringLiteral("Pod")};
}

KubeResource KubeResource::jobs()
{
    return {QStringLiteral("/apis/batch/v1"), QStringLiteral("jobs"), QStringLiteral("Job")};
}

KubeClient::KubeClient(KubeEndpoint endpoint)
    : m_endpoint(std::move(endpoint))
{}

QString KubeClient::collectionPath(const KubeResource &resource) const
{
    return QStringLiteral("%1/namespaces/%2/%3")
        .arg(resource.apiPath, encoded(m_endpoint.nameSpace), resource.plural);
}

bool KubeClient::pause(int milliseconds, const std::atomic_bool *cancel) const
{
    for (int waited = 0; waited < milliseconds; waited += 20) {
        if (cancel && cancel->load())
            return false;
        QThread::msleep(std::min(20, milliseconds - waited));
    }
    return !(cancel && cancel->load());
}

QString KubeClient::statusMessage(int httpStatus, const QByteArray &body, const QString &action)
{
    const auto status = parseJson(body, {});
    if (!status || !status->isMapping() ||
        nodeText(status->get("kind")) != QLatin1String("Status")) {
        const QByteArray text = body.trimmed();
        if (!text.isEmpty() && text.size() <= 200 && !text.startsWith('<'))
            return tr("%1 failed with HTTP status %2: %3")
                .arg(action)
                .arg(httpStatus)
                .arg(QString::fromUtf8(text));
        return tr("%1 failed with HTTP status %2.").arg(action).arg(httpStatus);
    }
    QString message = nodeText(status->get("message"));
    while (message.endsWith(QLatin1Char('.')))
        message.chop(1);
    const QString code = nodeText(status->get("code"));
    QString detail = QStringLiteral("%1 %2")
                         .arg(code.isEmpty() ? QString::number(httpStatus) : code,
                              nodeText(status->get("reason")))
                         .trimmed();
    QStringList causes;
    if (const Node *list = status->at("details.causes"))
        for (const Node &cause : list->items()) {
            const QString field = nodeText(cause.get("field"));
            const QString text = nodeText(cause.get("message"));
            causes.append(field.isEmpty() ? text : field + QStringLiteral(": ") + text);
        }
    if (!causes.isEmpty())
        detail += QStringLiteral("; ") + causes.join(QStringLiteral("; "));
    if (message.isEmpty())
        return tr("%1 failed (%2).").arg(action, detail);
    return tr("%1 failed: %2 (%3).").arg(action, message, detail);
}

Result<HttpResponse> KubeClient::send(const QByteArray &method, const QString &pathAndQuery,
                                      const QByteArray &body, const QString &action,
                                      const std::atomic_bool *cancel,
                                      const std::function<bool(QByteArrayView)> &onData,
                                      int stallTimeoutMs)
{
    bool refreshed = false;
    int delay = m_retry.initialDelayMs;
    for (int attempt = 1;; ++attempt) {
        Models::HttpRequest request;
        request.url = m_endpoint.server + pathAndQuery;
        if (!m_endpoint.tlsServerName.isEmpty()) {
            // libcurl verifies the URL's host: put the TLS name there, connect to the server.
            QUrl url(request.url);
            const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
            request.connectTo = QStringLiteral("%1:%2:%3:%2")
                                    .arg(m_endpoint.tlsServerName)
                                    .arg(port)
                                    .arg(url.host())
                                    .toUtf8();
            url.setHost(m_endpoint.tlsServerName);
            request.url = url.toString(QUrl::FullyEncoded);
        }
        request.proxy = m_endpoint.proxyUrl.toUtf8();
        request.method = method;
        request.body = body;
        request.headers = {{"Accept", "application/json"}};
        if (!body.isEmpty())
            request.headers.append(
                qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        request.caPem = m_endpoint.caPem;
        request.skipTlsVerify = m_endpoint.insecureSkipTlsVerify;
        request.keepErrorStatus = true;
        request.maxRedirects = 0;
        if (onData) {
            request.maxBytes = StreamLimit;
            request.stallTimeoutMs = stallTimeoutMs > 0 ? stallTimeoutMs : LogStallMs;
        }
        if (m_endpoint.credentials)
            if (const auto applied = m_endpoint.credentials->apply(request, cancel); !applied)
                return applied.error();
        ++m_requests;
        auto response = Models::HttpClient::send(request, onData, cancel);
        if (!response)
            return Error(tr("%1 failed: %2").arg(action, response.error().message),
                         m_endpoint.contextName);
        const int status = response->status;
        if (status == 401 && !refreshed && m_endpoint.credentials &&
            m_endpoint.credentials->invalidate(request)) {
            refreshed = true;
            continue;
        }
        const int after = retryAfterSeconds(*response);
        const bool retryable = status == 429 || status == 503 || (status >= 500 && after >= 0);
        if (!retryable || attempt >= m_retry.maxAttempts)
            return response;
        const int wait = std::min(after >= 0 ? after * 1000 : delay, m_retry.maxDelayMs);
        delay = std::min(delay * 2, m_retry.maxDelayMs);
        if (!pause(wait, cancel))
            return Error(tr("%1 was cancelled.").arg(action), m_endpoint.contextName);
    }
}

Result<Node> KubeClient::json(const QByteArray &method, const QString &pathAndQuery,
                              const QByteArray &body, const QString &action,
                              const std::atomic_bool *cancel, int *httpStatus)
{
    const auto response = send(method, pathAndQuery, body, action, cancel);
    if (httpStatus)
        *httpStatus = response ? response->status : 0;
    if (!response)
        return response.error();
    if (response->status >= 400)
        return Error(statusMessage(response->status, response->body, action),
                     m_endpoint.contextName);
    auto document = parseJson(response->body, m_endpoint.server + pathAndQuery);
    if (!document)
        return Error(
            tr("%1 failed: the answer is not JSON (%2).").arg(action, document.error().message),
            m_endpoint.contextName);
    return document;
}

Result<Node> KubeClient::request(const QByteArray &method, const QString &path,
                                 const QByteArray &body, const std::atomic_bool *cancel)
{
    return json(method, path, body,
                tr("%1 %2 on %3").arg(QString::fromLatin1(method), path, m_endpoint.server),
                cancel);
}

Result<Node> KubeClient::create(const KubeResource &resource, const Node &object, bool dryRun,
                                const std::atomic_bool *cancel)
{
    QString name = nodeText(object.at("metadata.name"));
    if (name.isEmpty())
        name = nodeText(object.at("metadata.generateName")) + QStringLiteral("…");
    const QString action =
        tr("Creating %1 \"%2\" in namespace \"%3\"").arg(resource.kind, name, m_endpoint.nameSpace);
    const auto body = DocumentWriter::toJson(object);
    if (!body)
        return Error(tr("%1 failed: %2").arg(action, body.error().message));
    return json("POST",
                collectionPath(resource) +
                    query({{QStringLiteral("dryRun"), dryRun ? QStringLiteral("All") : QString()}}),
                QByteArray::fromStdString(*body), action, cancel);
}

Result<Node> KubeClient::get(const KubeResource &resource, const QString &name,
                             const std::atomic_bool *cancel)
{
    return json(
        "GET", collectionPath(resource) + QLatin1Char('/') + encoded(name), {},
        tr("Reading %1 \"%2\" in namespace \"%3\"").arg(resource.kind, name, m_endpoint.nameSpace),
        cancel);
}

Result<KubeList> KubeClient::list(const KubeResource &resource, const KubeListOptions &options,
                                  const std::atomic_bool *cancel)
{
    return listPages(resource, options, cancel, nullptr);
}

Result<KubeList> KubeClient::listPages(const KubeResource &resource, const KubeListOptions &options,
                                       const std::atomic_bool *cancel, int *httpStatus)
{
    const QString action =
        tr("Listing %1 objects in namespace \"%2\"").arg(resource.kind, m_endpoint.nameSpace);
    KubeList result;
    QString continueToken;
    do {
        const auto page =
            json("GET",
                 collectionPath(resource) +
                     query({{QStringLiteral("labelSelector"), options.labelSelector},
                            {QStringLiteral("fieldSelector"), options.fieldSelector},
                            {QStringLiteral("limit"),
                             options.limit > 0 ? QString::number(options.limit) : QString()},
                            {QStringLiteral("continue"), continueToken}}),
                 {}, action, cancel, httpStatus);
        if (!page)
            return page.error();
        if (result.pages == 0)
            result.resourceVersion = nodeText(page->at("metadata.resourceVersion"));
        ++result.pages;
        if (const Node *items = page->get("items"))
            for (const Node &item : items->items())
                result.items.push_back(item);
        continueToken = nodeText(page->at("metadata.continue"));
    } while (!continueToken.isEmpty());
    return result;
}

Result<Node> KubeClient::remove(const KubeResource &resource, const QString &name,
                                KubePropagation propagation, const QString &uid, bool dryRun,
                                const std::atomic_bool *cancel)
{
    Node options = Node::mapping();
    options.insert("kind") = Node::string("DeleteOptions");
    options.insert("apiVersion") = Node::string("v1");
    const char *policy = propagation == KubePropagation::Foreground ? "Foreground"
                         : propagation == KubePropagation::Orphan   ? "Orphan"
                                                                    : "Background";
    options.insert("propagationPolicy") = Node::string(policy);
    if (!uid.isEmpty())
        options.ensure("preconditions").insert("uid") = Node::string(uid.toStdString());
    return json(
        "DELETE",
        collectionPath(resource) + QLatin1Char('/') + encoded(name) +
            query({{QStringLiteral("dryRun"), dryRun ? QStringLiteral("All") : QString()}}),
        QByteArray::fromStdString(DocumentWriter::toJson(options).valueOr({})),
        tr("Deleting %1 \"%2\" in namespace \"%3\"").arg(resource.kind, name, m_endpoint.nameSpace),
        cancel);
}

Models::Status KubeClient::watch(const KubeResource &resource, const KubeWatchOptions &options,
                                 const std::function<bool(const KubeWatchEvent &)> &onEvent,
                                 const std::atomic_bool *cancel)
{
    const QString action =
        tr("Watching %1 objects in namespace \"%2\"").arg(resource.kind, m_endpoint.nameSpace);
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    QHash<QString, Node> known;
    QString version = options.resourceVersion;
    bool needList = version.isEmpty();
    bool relisting = false;
    int failures = 0;
    int delay = m_retry.initialDelayMs;
    Error lastError;
    const auto failed = [&](const Error &error) {
        lastError = error;
        if (++failures >= m_retry.maxAttempts)
            return false;
        const int wait = delay;
        delay = std::min(delay * 2, m_retry.maxDelayMs);
        return pause(wait, cancel);
    };
    while (!cancelled()) {
        if (needList) {
            int status = 0;
            const auto listed = listPages(
                resource, {options.labelSelector, options.fieldSelector, 500}, cancel, &status);
            if (!listed) {
                if (cancelled())
                    return {};
                if (isFinal(status))
                    return listed.error();
                if (!failed(listed.error()))
                    return cancelled() ? Models::Status() : Models::Status(lastError);
                continue;
            }
            QHash<QString, Node> current;
            for (const Node &item : listed->items) {
                const QString key = objectKey(item);
                const auto previous = known.constFind(key);
                const bool changed =
                    previous == known.cend() || resourceVersion(*previous) != resourceVersion(item);
                current.insert(key, item);
                if (changed && !onEvent({previous == known.cend() ? KubeWatchEvent::Type::Added
                                                                  : KubeWatchEvent::Type::Modified,
                                         item}))
                    return {};
            }
            for (auto it = known.cbegin(); it != known.cend(); ++it)
                if (!current.contains(it.key()) &&
                    !onEvent({KubeWatchEvent::Type::Deleted, it.value()}))
                    return {};
            known = std::move(current);
            if (relisting && !onEvent({KubeWatchEvent::Type::Relisted, Node::mapping()}))
                return {};
            version = listed->resourceVersion;
            needList = false;
        }
        bool gone = false;
        bool stopped = false;
        std::optional<Error> streamError;
        LineSplitter lines;
        const auto onLine = [&](const QByteArray &line) {
            if (line.trimmed().isEmpty())
                return true;
            const auto event = parseJson(line, action);
            if (!event || !event->isMapping()) {
                streamError =
                    Error(tr("%1 failed: the server sent an event that is not JSON.").arg(action));
                return false;
            }
            const QString type = nodeText(event->get("type"));
            const Node *object = event->get("object");
            if (!object)
                return true;
            if (type == QLatin1String("ERROR")) {
                const QString code = nodeText(object->get("code"));
                if (code == QLatin1String("410") ||
                    nodeText(object->get("reason")) == QLatin1String("Expired")) {
                    gone = true;
                } else {
                    const auto body = DocumentWriter::toJson(*object).valueOr({});
                    streamError =
                        Error(statusMessage(code.toInt(), QByteArray::fromStdString(body), action));
                }
                return false;
            }
            KubeWatchEvent watchEvent;
            watchEvent.object = *object;
            if (type == QLatin1String("ADDED"))
                watchEvent.type = KubeWatchEvent::Type::Added;
            else if (type == QLatin1String("MODIFIED"))
                watchEvent.type = KubeWatchEvent::Type::Modified;
            else if (type == QLatin1String("DELETED"))
                watchEvent.type = KubeWatchEvent::Type::Deleted;
            else if (type == QLatin1String("BOOKMARK"))
                watchEvent.type = KubeWatchEvent::Type::Bookmark;
            else
                return true;
            if (const QString rv = resourceVersion(*object); !rv.isEmpty())
                version = rv;
            if (watchEvent.type == KubeWatchEvent::Type::Deleted)
                known.remove(objectKey(*object));
            else if (watchEvent.type != KubeWatchEvent::Type::Bookmark)
                known.insert(objectKey(*object), *object);
            failures = 0;
            delay = m_retry.initialDelayMs;
            stopped = !onEvent(watchEvent);
            return !stopped;
        };
        const QString path =
            collectionPath(resource) +
            query({{QStringLiteral("watch"), QStringLiteral("1")},
                   {QStringLiteral("resourceVersion"), version},
                   {QStringLiteral("allowWatchBookmarks"), QStringLiteral("true")},
                   {QStringLiteral("timeoutSeconds"), QString::number(options.timeoutSeconds)},
                   {QStringLiteral("labelSelector"), options.labelSelector},
                   {QStringLiteral("fieldSelector"), options.fieldSelector}});
        // Watchdog: a stream silent well past its own timeout is dead and gets renewed.
        const int stallMs = options.timeoutSeconds * 1100 + 30000;
        QElapsedTimer started;
        started.start();
        bool received = false;
        const auto response = send(
            "GET", path, {}, action, cancel,
            [&](QByteArrayView data) {
                received = true;
                return lines.feed(data, onLine);
            },
            stallMs);
        if (stopped || cancelled())
            return {};
        if (gone || (response && response->status == 410)) {
            needList = relisting = true;
            continue;
        }
        if (streamError) {
            if (!failed(*streamError))
                return cancelled() ? Models::Status() : Models::Status(lastError);
            continue;
        }
        if (!response) {
            if (!failed(response.error()))
                return cancelled() ? Models::Status() : Models::Status(lastError);
            continue;
        }
        if (response->status >= 400) {
            const Error error(statusMessage(response->status, response->body, action),
                              m_endpoint.contextName);
            const int status = response->status;
            if (isFinal(status) || !failed(error))
                return cancelled() ? Models::Status() : Models::Status(error);
        } else if (!received && started.elapsed() < 1000) {
            // An empty answer at once (e.g. from a proxy) must not turn into a busy loop.
            if (!failed(Error(tr("%1 failed: the server ended the watch at once without "
                                 "sending anything.")
                                  .arg(action),
                              m_endpoint.contextName)))
                return cancelled() ? Models::Status() : Models::Status(lastError);
        }
    }
    return {};
}

Models::Status KubeClient::followLog(const QString &pod, const KubeLogOptions &options,
                                     const std::function<bool(const KubeLogLine &)> &onLine,
                                     const std::atomic_bool *cancel)
{
    const QString action =
        tr("Reading the log of pod \"%1\" in namespace \"%2\"").arg(pod, m_endpoint.nameSpace);
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    std::optional<LogStamp> last;
    QList<QByteArray> seenAtLast; // lines handed out with the stamp `last`
    StampParser stamps;
    bool first = true;
    int failures = 0;
    int delay = m_retry.initialDelayMs;
    while (!cancelled()) {
        QString since;
        if (last)
            since = QDateTime::fromSecsSinceEpoch(last->seconds, Qt::UTC).toString(Qt::ISODate);
        else if (options.sinceTime.isValid())
            since = options.sinceTime.toUTC().toString(Qt::ISODate);
        const QString path =
            QStringLiteral("/api/v1/namespaces/%1/pods/%2/log")
                .arg(encoded(m_endpoint.nameSpace), encoded(pod)) +
            query({{QStringLiteral("follow"), options.follow ? QStringLiteral("true") : QString()},
                   {QStringLiteral("timestamps"), QStringLiteral("true")},
                   {QStringLiteral("container"), options.container},
                   {QStringLiteral("sinceTime"), since},
                   {QStringLiteral("tailLines"), first && options.tailLines >= 0
                                                     ? QString::number(options.tailLines)
                                                     : QString()}});
        first = false;
        bool stopped = false;
        bool progressed = false;
        LineSplitter lines;
        // Lines of the last second already handed out; a resumed stream sends them again.
        QList<QByteArray> overlap = seenAtLast;
        const auto handle = [&](const QByteArray &raw) {
            QByteArray line = raw;
            if (line.endsWith('\r'))
                line.chop(1);
            const qsizetype space = line.indexOf(' ');
            KubeLogLine logLine;
            logLine.timeText = QString::fromLatin1(line.left(space < 0 ? line.size() : space));
            const auto stamp = stamps.parse(logLine.timeText, &logLine.time);
            if (!stamp) {
                logLine.timeText.clear();
                logLine.text = line;
            } else {
                logLine.text = space < 0 ? QByteArray() : line.mid(space + 1);
                if (last && *stamp < *last)
                    return true;
                if (last && *stamp == *last) {
                    if (const qsizetype again = overlap.indexOf(line); again >= 0) {
                        overlap.removeAt(again);
                        return true;
                    }
                } else {
                    seenAtLast.clear();
                    overlap.clear();
                    last = stamp;
                }
                seenAtLast.append(line);
            }
            progressed = true;
            stopped = !onLine(logLine);
            return !stopped;
        };
        const auto response = send("GET", path, {}, action, cancel,
                                   [&](QByteArrayView data) { return lines.feed(data, handle); });
        if (stopped || cancelled())
            return {};
        if (response && response->status >= 400)
            return Error(statusMessage(response->status, response->body, action),
                         m_endpoint.contextName);
        if (response) {
            if (const QByteArray rest = lines.takeRest(); !rest.isEmpty())
                handle(rest);
            return {};
        }
        if (progressed) {
            failures = 0;
            delay = m_retry.initialDelayMs;
        }
        if (++failures >= m_retry.maxAttempts)
            return response.error();
        const int wait = delay;
        delay = std::min(delay * 2, m_retry.maxDelayMs);
        if (!pause(wait, cancel))
            return {};
    }
    return {};
}

} // namespace Runbench::Runtimes
