// SPDX-License-Identifier: Apache-2.0
#include "fakekubeserver.h"

#include "fakekubeobjects.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <vector>

using Runbench::Models::Node;
using namespace FakeKube;

namespace {

const char *const ClientConfig = R"(
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = clientAuth
)";

} // namespace

// The server itself; lives on the FakeKubeServer's thread.
class FakeKubeCore : public QTcpServer
{
public:
    // One parsed HTTP request.
    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers;
        QByteArray body;
    };
    // One entry of the watch history.
    struct Event
    {
        qint64 version;
        QString plural;
        QByteArray type;
        Node object;
    };
    // An open watch stream and what it selects.
    struct Watch
    {
        QPointer<QTcpSocket> socket;
        QString plural;
        QString nameSpace;
        QString labelSelector;
        QString fieldSelector;
        bool bookmarks = false;
    };
    // A stored log line with its timestamp.
    struct LogLine
    {
        QDateTime time;
        QByteArray text;
    };
    // An open log stream.
    struct LogFollower
    {
        QPointer<QTcpSocket> socket;
        QString key;
        QDateTime since;
        bool timestamps = false;
        int dropAfter = -1;
        int sent = 0;
    };
    // A scripted failure and how many more requests get it.
    struct Injected
    {
        QByteArray method;
        QString pathPart;
        FakeKubeError error;
        int remaining;
    };

    FakeKubeCore(QSslConfiguration tls)
        : m_tls(std::move(tls))
    {}

    QStringList tokens;
    QString basicUser;
    QString basicPassword;
    QStringList requestLog;
    bool goneAsHttp = false;
    int dropLogAfter = -1;
    std::vector<Injected> injected;

    QString resourceVersion() const { return QString::number(m_version); }

    bool setPodState(const QString &nameSpace, const QString &name, FakeKubeServer::PodState state,
                     int exitCode)
    {
        const QString key = objectKey(Pods.plural, nameSpace, name);
        if (!m_objects.contains(key))
            return false;
        Node pod = m_objects.value(key);
        const QString phase = applyPodState(pod, state, exitCode);
        store(Pods.plural, "MODIFIED", pod);
        updateJob(pod, phase);
        return true;
    }

    QStringList podNames(const QString &nameSpace) const
    {
        QStringList names;
        const QString prefix = Pods.plural + QLatin1Char('/') + nameSpace + QLatin1Char('/');
        for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it)
            if (it.key().startsWith(prefix))
                names.append(it.key().mid(prefix.size()));
        return names;
    }

    void appendLog(const QString &nameSpace, const QString &pod, const QByteArray &lines)
    {
        const QString key = nameSpace + QLatin1Char('/') + pod;
        for (const QByteArray &line : lines.split('\n')) {
            if (line.isEmpty())
                continue;
            m_logClock = m_logClock.addMSecs(100);
            m_logs[key].push_back({m_logClock, line});
            for (LogFollower &follower : m_followers)
                if (follower.key == key)
                    sendLogLine(follower, m_logs[key].back());
        }
        pruneFollowers();
    }

    void appendGeneratedLog(const QString &nameSpace, const QString &pod, qint64 bytes)
    {
        m_generated.insert(nameSpace + QLatin1Char('/') + pod, bytes);
    }

    void finishLog(const QString &nameSpace, const QString &pod)
    {
        const QString key = nameSpace + QLatin1Char('/') + pod;
        m_finishedLogs.insert(key);
        for (LogFollower &follower : m_followers)
            if (follower.key == key && follower.socket)
                endStream(follower.socket);
        pruneFollowers();
    }

    void dropLogStreams()
    {
        for (const LogFollower &follower : m_followers)
            if (follower.socket)
                follower.socket->abort();
        m_followers.clear();
    }

    void sendBookmarks()
    {
        for (const Watch &watch : std::as_const(m_watches)) {
            if (!watch.socket || !watch.bookmarks)
                continue;
            const Resource &resource = watch.plural == Jobs.plural ? Jobs : Pods;
            Node object = Node::mapping();
            object.insert("kind") = str(resource.kind);
            object.insert("apiVersion") = str(resource.apiVersion);
            object.ensure("metadata").insert("resourceVersion") = str(resourceVersion());
            sendEvent(watch.socket, "BOOKMARK", object);
        }
    }

    void compactHistory()
    {
        m_events.clear();
        m_compactedAt = m_version;
    }

    void dropWatches()
    {
        for (const Watch &watch : std::as_const(m_watches))
            if (watch.socket)
                watch.socket->abort();
        m_watches.clear();
    }

    int openWatches()
    {
        m_watches.erase(std::remove_if(m_watches.begin(), m_watches.end(),
                                       [](const Watch &watch) {
                                           return !watch.socket ||
                                                  watch.socket->state() !=
                                                      QAbstractSocket::ConnectedState;
                                       }),
                        m_watches.end());
        return int(m_watches.size());
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        socket->setSslConfiguration(m_tls);
        socket->setSocketDescriptor(descriptor);
        socket->startServerEncryption();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }

private:
    static QString objectKey(const QString &plural, const QString &nameSpace, const QString &name)
    {
        return plural + QLatin1Char('/') + nameSpace + QLatin1Char('/') + name;
    }

    void readRequest(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.takeFirst().trimmed().split(' ');
        Request request;
        for (const QByteArray &line : std::as_const(lines)) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(),
                                       line.mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        buffer.clear();
        request.method = first.value(0);
        const QByteArray target = first.value(1);
        const qsizetype question = target.indexOf('?');
        request.path = QString::fromUtf8(
            QByteArray::fromPercentEncoding(question < 0 ? target : target.left(question)));
        if (question >= 0)
            request.query.setQuery(QString::fromLatin1(target.mid(question + 1)));
        requestLog.append(QString::fromLatin1(request.method + ' ' + target));
        route(socket, request);
    }

    void answer(QTcpSocket *socket, int code, const QByteArray &body,
                const QByteArray &extraHeaders = {},
                const QByteArray &contentType = "application/json")
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(code) + " " + reasonPhrase(code) +
                          "\r\nContent-Type: " + contentType +
                          "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        socket->write(head + extraHeaders + "Connection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    static QByteArray reasonPhrase(int code)
    {
        static const QHash<int, QByteArray> phrases = {{200, "OK"},
                                                       {201, "Created"},
                                                       {400, "Bad Request"},
                                                       {401, "Unauthorized"},
                                                       {403, "Forbidden"},
                                                       {404, "Not Found"},
                                                       {409, "Conflict"},
                                                       {410, "Gone"},
                                                       {422, "Unprocessable Entity"},
                                                       {429, "Too Many Requests"},
                                                       {500, "Internal Server Error"},
                                                       {503, "Service Unavailable"}};
        return phrases.value(code, "Error");
    }

    void answerStatus(QTcpSocket *socket, const FakeKubeError &error, const QString &kind = {},
                      const QString &name = {})
    {
        QByteArray headers;
        if (error.retryAfterSeconds >= 0)
            headers = "Retry-After: " + QByteArray::number(error.retryAfterSeconds) + "\r\n";
        if (error.plainText) {
            answer(socket, error.code, error.message.toUtf8(), headers, "text/plain");
            return;
        }
        Node status =
            parse(R"({"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure"})");
        status.insert("message") = str(error.message);
        status.insert("reason") = Node::string(error.reason.toStdString());
        if (!kind.isEmpty() || !error.causes.isEmpty() || error.retryAfterSeconds >= 0) {
            Node &details = status.insert("details");
            details = Node::mapping();
            if (!name.isEmpty())
                details.insert("name") = str(name);
            if (!kind.isEmpty())
                details.insert("kind") = str(kind);
            if (!error.causes.isEmpty()) {
                Node &causes = details.insert("causes");
                causes = Node::sequence();
                for (const auto &[field, message] : error.causes) {
                    Node cause = Node::mapping();
                    cause.insert("reason") = Node::string("FieldValueInvalid");
                    cause.insert("message") = str(message);
                    cause.insert("field") = str(field);
                    causes.items().push_back(cause);
                }
            }
            if (error.retryAfterSeconds >= 0)
                details.insert("retryAfterSeconds") = Node::integer(error.retryAfterSeconds);
        }
        status.insert("code") = Node::integer(error.code);
        answer(socket, error.code, toJson(status), headers);
    }

    void fail(QTcpSocket *socket, int code, const char *reason, const QString &message,
              const QString &kind = {}, const QString &name = {})
    {
        FakeKubeError error;
        error.code = code;
        error.reason = reason;
        error.message = message;
        answerStatus(socket, error, kind, name);
    }

    bool authorized(QTcpSocket *socket, const Request &request) const
    {
        auto *tls = qobject_cast<QSslSocket *>(socket);
        if (tls && !tls->peerCertificate().isNull() && tls->sslHandshakeErrors().isEmpty())
            return true;
        const QByteArray authorization = request.headers.value("authorization");
        if (authorization.startsWith("Bearer "))
            return tokens.contains(QString::fromUtf8(authorization.mid(7)));
        if (authorization.startsWith("Basic ") && !basicUser.isEmpty())
            return QByteArray::fromBase64(authorization.mid(6)) ==
                   (basicUser + QLatin1Char(':') + basicPassword).toUtf8();
        return tokens.isEmpty() && basicUser.isEmpty();
    }

    void route(QTcpSocket *socket, const Request &request)
    {
        if (!authorized(socket, request)) {
            fail(socket, 401, "Unauthorized", QStringLiteral("Unauthorized"));
            return;
        }
        for (Injected &injection : injected) {
            if (injection.remaining > 0 && injection.method == request.method &&
                request.path.contains(injection.pathPart)) {
                --injection.remaining;
                answerStatus(socket, injection.error);
                return;
            }
        }
        if (request.method == "GET" && serveDiscovery(socket, request.path))
            return;
        // /api/v1/namespaces/N/pods[/NAME[/log]] and /apis/batch/v1/namespaces/N/jobs[/NAME]
        static const QRegularExpression pattern(QStringLiteral(
            "^/(?:api/v1|apis/batch/v1)/namespaces/([^/]+)/(pods|jobs)(?:/([^/]+))?(/log)?$"));
        const auto match = pattern.match(request.path);
        if (!match.hasMatch() ||
            (match.captured(2) == Pods.plural) != request.path.startsWith(QLatin1String("/api/"))) {
            fail(socket, 404, "NotFound",
                 QStringLiteral("the server could not find the requested resource"));
            return;
        }
        const Resource &resource = match.captured(2) == Pods.plural ? Pods : Jobs;
        const QString nameSpace = match.captured(1);
        const QString name = match.captured(3);
        const bool dryRun =
            request.query.queryItemValue(QStringLiteral("dryRun")) == QLatin1String("All");
        if (!match.captured(4).isEmpty())
            serveLog(socket, request, nameSpace, name);
        else if (request.method == "POST" && name.isEmpty())
            create(socket, resource, nameSpace, request.body, dryRun);
        else if (request.method == "GET" && name.isEmpty() && isWatch(request))
            watch(socket, resource, nameSpace, request);
        else if (request.method == "GET" && name.isEmpty())
            list(socket, resource, nameSpace, request);
        else if (request.method == "GET")
            get(socket, resource, nameSpace, name);
        else if (request.method == "DELETE" && !name.isEmpty())
            remove(socket, resource, nameSpace, name, request, dryRun);
        else
            fail(socket, 405, "MethodNotAllowed",
                 QStringLiteral("the server does not allow this method on the requested resource"));
    }

    static bool isWatch(const Request &request)
    {
        const QString value = request.query.queryItemValue(QStringLiteral("watch"));
        return value == QLatin1String("1") || value == QLatin1String("true");
    }

    bool serveDiscovery(QTcpSocket *socket, const QString &path)
    {
        QByteArray body;
        if (path == QLatin1String("/version"))
            body =
                R"({"major":"1","minor":"32","gitVersion":"v1.32.0-runbench-fake","platform":"linux/amd64"})";
        else if (path == QLatin1String("/api"))
            body =
                R"({"kind":"APIVersions","versions":["v1"],"serverAddressByClientCIDRs":[{"clientCIDR":"0.0.0.0/0","serverAddress":"127.0.0.1"}]})";
        else if (path == QLatin1String("/apis"))
            body =
                R"({"kind":"APIGroupList","apiVersion":"v1","groups":[{"name":"batch","versions":[{"groupVersion":"batch/v1","version":"v1"}],"preferredVersion":{"groupVersion":"batch/v1","version":"v1"}}]})";
        else if (path == QLatin1String("/api/v1"))
            body =
                R"({"kind":"APIResourceList","groupVersion":"v1","resources":[{"name":"pods","singularName":"pod","namespaced":true,"kind":"Pod","verbs":["create","delete","get","list","watch"],"shortNames":["po"]},{"name":"pods/log","singularName":"","namespaced":true,"kind":"Pod","verbs":["get"]}]})";
        else if (path == QLatin1String("/apis/batch/v1"))
            body =
                R"({"kind":"APIResourceList","apiVersion":"v1","groupVersion":"batch/v1","resources":[{"name":"jobs","singularName":"job","namespaced":true,"kind":"Job","verbs":["create","delete","get","list","watch"]}]})";
        else
            return false;
        answer(socket, 200, body);
        return true;
    }

    // Stores (or removes, for DELETED) an object under a new resourceVersion and tells watches.
    void store(const QString &plural, const QByteArray &type, Node &object)
    {
        object.ensure("metadata").insert("resourceVersion") = str(QString::number(++m_version));
        const QString key = objectKey(plural, text(object.at("metadata.namespace")),
                                      text(object.at("metadata.name")));
        if (type == "DELETED")
            m_objects.remove(key);
        else
            m_objects.insert(key, object);
        m_events.push_back({m_version, plural, type, object});
        for (const Watch &watch : std::as_const(m_watches))
            if (watch.socket && matches(watch, plural, object))
                sendEvent(watch.socket, type, object);
    }

    static bool matches(const Watch &watch, const QString &plural, const Node &object)
    {
        return watch.plural == plural && text(object.at("metadata.namespace")) == watch.nameSpace &&
               labelsMatch(object, watch.labelSelector) && fieldsMatch(object, watch.fieldSelector);
    }

    void create(QTcpSocket *socket, const Resource &resource, const QString &nameSpace,
                const QByteArray &body, bool dryRun)
    {
        Node object = parse(body);
        if (!object.isMapping()) {
            fail(socket, 400, "BadRequest",
                 QStringLiteral("the request body is not a JSON object"));
            return;
        }
        QString name = text(object.at("metadata.name"));
        if (name.isEmpty() && !text(object.at("metadata.generateName")).isEmpty())
            name = text(object.at("metadata.generateName")) + randomSuffix();
        static const QRegularExpression valid(
            QStringLiteral("^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"));
        if (!valid.match(name).hasMatch()) {
            FakeKubeError error;
            error.code = 422;
            error.reason = "Invalid";
            error.message = QStringLiteral("%1 \"%2\" is invalid: metadata.name: Invalid value: "
                                           "\"%2\": a lowercase RFC 1123 subdomain must consist "
                                           "of lower case alphanumeric characters, '-' or '.'")
                                .arg(resource.kind, name);
            error.causes = {{QStringLiteral("metadata.name"),
                             QStringLiteral("Invalid value: \"%1\": a lowercase RFC 1123 "
                                            "subdomain must consist of lower case alphanumeric "
                                            "characters, '-' or '.'")
                                 .arg(name)}};
            answerStatus(socket, error, resource.kind, name);
            return;
        }
        if (m_objects.contains(objectKey(resource.plural, nameSpace, name))) {
            fail(socket, 409, "AlreadyExists",
                 QStringLiteral("%1 \"%2\" already exists").arg(resource.plural, name),
                 resource.plural, name);
            return;
        }
        object.insert("kind") = str(resource.kind);
        object.insert("apiVersion") = str(resource.apiVersion);
        Node &metadata = object.ensure("metadata");
        metadata.insert("name") = str(name);
        metadata.insert("namespace") = str(nameSpace);
        metadata.insert("uid") = str(QUuid::createUuid().toString(QUuid::WithoutBraces));
        metadata.insert("creationTimestamp") = str(timestamp(QDateTime::currentDateTimeUtc()));
        Node status = resource.plural == Pods.plural
                          ? parse(R"({"phase":"Pending","qosClass":"BestEffort"})")
                          : Node::mapping();
        if (resource.plural == Jobs.plural && !dryRun)
            status.insert("active") = Node::integer(1);
        object.insert("status") = status;
        if (dryRun) {
            object.ensure("metadata").insert("resourceVersion") = str(resourceVersion());
            answer(socket, 201, toJson(object));
            return;
        }
        store(resource.plural, "ADDED", object);
        answer(socket, 201, toJson(object));
        if (resource.plural == Jobs.plural)
            makeJobPod(object);
    }

    void makeJobPod(const Node &job)
    {
        Node pod = podForJob(job);
        store(Pods.plural, "ADDED", pod);
    }

    void updateJob(const Node &pod, const QString &phase)
    {
        const Node *owners = pod.at("metadata.ownerReferences");
        if (!owners || owners->items().empty())
            return;
        const QString key = objectKey(Jobs.plural, text(pod.at("metadata.namespace")),
                                      text(owners->items()[0].get("name")));
        if (!m_objects.contains(key))
            return;
        Node job = m_objects.value(key);
        Node &status = job.insert("status");
        status = Node::mapping();
        const QString now = timestamp(QDateTime::currentDateTimeUtc());
        status.insert("startTime") = str(now);
        const auto condition = [&](const char *type, const char *reason, const char *message) {
            Node &conditions = status.insert("conditions");
            if (!conditions.isSequence())
                conditions = Node::sequence();
            Node item = Node::mapping();
            item.insert("type") = Node::string(type);
            item.insert("status") = Node::string("True");
            item.insert("reason") = Node::string(reason);
            item.insert("message") = Node::string(message);
            item.insert("lastTransitionTime") = str(now);
            conditions.items().push_back(item);
        };
        if (phase == QLatin1String("Succeeded")) {
            status.insert("succeeded") = Node::integer(1);
            status.insert("completionTime") = str(now);
            condition("SuccessCriteriaMet", "CompletionsReached",
                      "Reached expected number of succeeded pods");
            condition("Complete", "CompletionsReached",
                      "Reached expected number of succeeded pods");
        } else if (phase == QLatin1String("Failed")) {
            status.insert("failed") = Node::integer(1);
            condition("FailureTarget", "BackoffLimitExceeded",
                      "Job has reached the specified backoff limit");
            condition("Failed", "BackoffLimitExceeded",
                      "Job has reached the specified backoff limit");
        } else {
            status.insert("active") = Node::integer(1);
            if (phase == QLatin1String("Running"))
                status.insert("ready") = Node::integer(1);
        }
        store(Jobs.plural, "MODIFIED", job);
    }

    void get(QTcpSocket *socket, const Resource &resource, const QString &nameSpace,
             const QString &name)
    {
        const QString key = objectKey(resource.plural, nameSpace, name);
        if (!m_objects.contains(key)) {
            fail(socket, 404, "NotFound",
                 QStringLiteral("%1 \"%2\" not found").arg(resource.plural, name), resource.plural,
                 name);
            return;
        }
        answer(socket, 200, toJson(m_objects.value(key)));
    }

    QList<Node> selected(const Resource &resource, const QString &nameSpace,
                         const Request &request) const
    {
        const QString label =
            request.query.queryItemValue(QStringLiteral("labelSelector"), QUrl::FullyDecoded);
        const QString field =
            request.query.queryItemValue(QStringLiteral("fieldSelector"), QUrl::FullyDecoded);
        const QString prefix = resource.plural + QLatin1Char('/') + nameSpace + QLatin1Char('/');
        QList<Node> items;
        for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it)
            if (it.key().startsWith(prefix) && labelsMatch(*it, label) && fieldsMatch(*it, field))
                items.append(*it);
        return items;
    }

    void list(QTcpSocket *socket, const Resource &resource, const QString &nameSpace,
              const Request &request)
    {
        const QList<Node> items = selected(resource, nameSpace, request);
        const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt();
        const QString token =
            request.query.queryItemValue(QStringLiteral("continue"), QUrl::FullyDecoded);
        QString version = resourceVersion();
        qsizetype offset = 0;
        if (!token.isEmpty()) {
            const QList<QByteArray> parts = QByteArray::fromBase64(token.toLatin1()).split(':');
            version = QString::fromLatin1(parts.value(0));
            offset = parts.value(1).toLongLong();
        }
        const qsizetype count =
            limit > 0 ? std::min<qsizetype>(limit, items.size() - offset) : items.size() - offset;
        Node result = Node::mapping();
        result.insert("kind") = str(resource.kind + QStringLiteral("List"));
        result.insert("apiVersion") = str(resource.apiVersion);
        Node &metadata = result.insert("metadata");
        metadata = Node::mapping();
        metadata.insert("resourceVersion") = str(version);
        if (offset + count < items.size())
            metadata.insert("continue") = str(QString::fromLatin1(
                (version.toLatin1() + ':' + QByteArray::number(offset + count)).toBase64()));
        Node &list = result.insert("items");
        list = Node::sequence();
        for (qsizetype i = offset; i < offset + count; ++i)
            list.items().push_back(items[i]);
        answer(socket, 200, toJson(result));
    }

    void startChunked(QTcpSocket *socket, const QByteArray &contentType)
    {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + contentType +
                      "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
    }

    static void writeChunk(QTcpSocket *socket, const QByteArray &data)
    {
        socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
    }

    static void endStream(QTcpSocket *socket)
    {
        socket->write("0\r\n\r\n");
        socket->disconnectFromHost();
    }

    void sendEvent(QTcpSocket *socket, const QByteArray &type, const Node &object)
    {
        Node event = Node::mapping();
        event.insert("type") = Node::string(type.toStdString());
        event.insert("object") = object;
        writeChunk(socket, toJson(event) + '\n');
    }

    void watch(QTcpSocket *socket, const Resource &resource, const QString &nameSpace,
               const Request &request)
    {
        const QString from = request.query.queryItemValue(QStringLiteral("resourceVersion"));
        const bool fresh = from.isEmpty() || from == QLatin1String("0");
        const QString gone =
            QStringLiteral("too old resource version: %1 (%2)").arg(from, resourceVersion());
        if (!fresh && from.toLongLong() < m_compactedAt && goneAsHttp) {
            fail(socket, 410, "Expired", gone);
            return;
        }
        startChunked(socket, "application/json");
        if (!fresh && from.toLongLong() < m_compactedAt) {
            Node status = parse(
                R"({"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","reason":"Expired","code":410})");
            status.insert("message") = str(gone);
            sendEvent(socket, "ERROR", status);
            endStream(socket);
            return;
        }
        Watch watch{
            socket,
            resource.plural,
            nameSpace,
            request.query.queryItemValue(QStringLiteral("labelSelector"), QUrl::FullyDecoded),
            request.query.queryItemValue(QStringLiteral("fieldSelector"), QUrl::FullyDecoded),
            request.query.queryItemValue(QStringLiteral("allowWatchBookmarks")) ==
                QLatin1String("true")};
        if (fresh) {
            for (const Node &object : selected(resource, nameSpace, request))
                sendEvent(socket, "ADDED", object);
        } else {
            for (const Event &event : m_events)
                if (event.version > from.toLongLong() && matches(watch, event.plural, event.object))
                    sendEvent(socket, event.type, event.object);
        }
        m_watches.push_back(watch);
        const int timeout = request.query.queryItemValue(QStringLiteral("timeoutSeconds")).toInt();
        if (timeout > 0) {
            QPointer<QTcpSocket> guarded(socket);
            QTimer::singleShot(timeout * 1000, this, [guarded] {
                if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
                    endStream(guarded);
            });
        }
    }

    void remove(QTcpSocket *socket, const Resource &resource, const QString &nameSpace,
                const QString &name, const Request &request, bool dryRun)
    {
        const QString key = objectKey(resource.plural, nameSpace, name);
        if (!m_objects.contains(key)) {
            fail(socket, 404, "NotFound",
                 QStringLiteral("%1 \"%2\" not found").arg(resource.plural, name), resource.plural,
                 name);
            return;
        }
        const Node options = parse(request.body);
        QString policy = text(options.get("propagationPolicy"));
        if (policy.isEmpty())
            policy = request.query.queryItemValue(QStringLiteral("propagationPolicy"));
        Node object = m_objects.value(key);
        const QString wantedUid = text(options.at("preconditions.uid"));
        const QString uid = text(object.at("metadata.uid"));
        if (!wantedUid.isEmpty() && wantedUid != uid) {
            fail(socket, 409, "Conflict",
                 QStringLiteral("Operation cannot be fulfilled on %1 \"%2\": Precondition failed: "
                                "UID in precondition: %3, UID in object meta: %4")
                     .arg(resource.plural, name, wantedUid, uid),
                 resource.plural, name);
            return;
        }
        object.ensure("metadata").insert("deletionTimestamp") =
            str(timestamp(QDateTime::currentDateTimeUtc()));
        if (dryRun) {
            answer(socket, 200, toJson(object));
            return;
        }
        QByteArray headers;
        if (resource.plural == Jobs.plural && policy.isEmpty())
            headers = "Warning: 299 - \"child pods are preserved by default when jobs are deleted; "
                      "set propagationPolicy=Background to remove them or set "
                      "propagationPolicy=Orphan to suppress this warning\"\r\n";
        if (resource.plural == Pods.plural)
            store(resource.plural, "MODIFIED", object);
        store(resource.plural, "DELETED", object);
        if (resource.plural == Jobs.plural &&
            (policy == QLatin1String("Background") || policy == QLatin1String("Foreground"))) {
            const QString prefix = Pods.plural + QLatin1Char('/') + nameSpace + QLatin1Char('/');
            const QStringList keys = m_objects.keys();
            for (const QString &podKey : keys) {
                Node pod = m_objects.value(podKey);
                if (podKey.startsWith(prefix) &&
                    text(pod.at("metadata.labels.controller-uid")) == uid)
                    store(Pods.plural, "DELETED", pod);
            }
        }
        answer(socket, 200, toJson(object), headers);
    }

    void sendLogLine(LogFollower &follower, const LogLine &line)
    {
        if (!follower.socket || (follower.since.isValid() && line.time < follower.since))
            return;
        if (follower.dropAfter >= 0 && follower.sent >= follower.dropAfter) {
            follower.socket->flush();
            follower.socket->abort();
            return;
        }
        writeChunk(follower.socket,
                   (follower.timestamps ? nanoStamp(line.time).toLatin1() + ' ' : QByteArray()) +
                       line.text + '\n');
        ++follower.sent;
    }

    // Keeps about a megabyte of generated log queued until the promised bytes are sent.
    void pumpGenerated(QTcpSocket *socket)
    {
        if (!m_pumps.contains(socket))
            return;
        qint64 &remaining = m_pumps[socket];
        // Encrypted bytes wait in a buffer of their own.
        const auto queued = [socket] {
            auto *tls = qobject_cast<QSslSocket *>(socket);
            return socket->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0);
        };
        while (remaining > 0 && queued() < (1 << 20)) {
            QByteArray chunk;
            while (chunk.size() < (64 << 10) && remaining > 0) {
                m_logClock = m_logClock.addMSecs(1);
                const QByteArray line = nanoStamp(m_logClock).toLatin1() + " generated line " +
                                        QByteArray::number(++m_generatedLines) + ' ' +
                                        QByteArray(60, 'x') + '\n';
                chunk += line;
                remaining -= line.size();
            }
            writeChunk(socket, chunk);
        }
        if (remaining <= 0) {
            m_pumps.remove(socket);
            endStream(socket);
        }
    }

    void pruneFollowers()
    {
        m_followers.erase(std::remove_if(m_followers.begin(), m_followers.end(),
                                         [](const LogFollower &follower) {
                                             return !follower.socket ||
                                                    follower.socket->state() !=
                                                        QAbstractSocket::ConnectedState;
                                         }),
                          m_followers.end());
    }

    void serveLog(QTcpSocket *socket, const Request &request, const QString &nameSpace,
                  const QString &name)
    {
        const QString podKey = objectKey(Pods.plural, nameSpace, name);
        if (!m_objects.contains(podKey)) {
            fail(socket, 404, "NotFound", QStringLiteral("pods \"%1\" not found").arg(name),
                 QStringLiteral("pods"), name);
            return;
        }
        const Node &pod = m_objects[podKey];
        if (text(pod.at("status.phase")) == QLatin1String("Pending")) {
            const Node *statuses = pod.at("status.containerStatuses");
            const QString reason = statuses && !statuses->items().empty()
                                       ? text(statuses->items()[0].at("state.waiting.reason"))
                                       : QStringLiteral("ContainerCreating");
            fail(socket, 400, "BadRequest",
                 QStringLiteral("container \"main\" in pod \"%1\" is waiting to start: %2")
                     .arg(name, reason.isEmpty() ? QStringLiteral("ContainerCreating") : reason));
            return;
        }
        const QString key = nameSpace + QLatin1Char('/') + name;
        LogFollower follower{socket, key, {}, false, std::exchange(dropLogAfter, -1), 0};
        const QString since = request.query.queryItemValue(QStringLiteral("sinceTime"));
        if (!since.isEmpty())
            follower.since = QDateTime::fromString(since, Qt::ISODate);
        follower.timestamps =
            request.query.queryItemValue(QStringLiteral("timestamps")) == QLatin1String("true");
        startChunked(socket, "text/plain");
        if (m_generated.contains(key)) {
            m_pumps.insert(socket, m_generated.take(key));
            connect(qobject_cast<QSslSocket *>(socket), &QSslSocket::encryptedBytesWritten, this,
                    [this, socket] { pumpGenerated(socket); });
            connect(socket, &QTcpSocket::disconnected, this,
                    [this, socket] { m_pumps.remove(socket); });
            pumpGenerated(socket);
            return;
        }
        for (const LogLine &line : m_logs.value(key))
            sendLogLine(follower, line);
        const bool follow =
            request.query.queryItemValue(QStringLiteral("follow")) == QLatin1String("true");
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
        if (follow && !m_finishedLogs.contains(key) &&
            (follower.dropAfter < 0 || follower.sent < follower.dropAfter))
            m_followers.push_back(follower);
        else if (follower.dropAfter >= 0 && follower.sent >= follower.dropAfter)
            socket->abort();
        else
            endStream(socket);
    }

    QSslConfiguration m_tls;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QMap<QString, Node> m_objects;
    std::vector<Event> m_events;
    std::vector<Watch> m_watches;
    std::vector<LogFollower> m_followers;
    QHash<QString, std::vector<LogLine>> m_logs;
    QSet<QString> m_finishedLogs;
    QHash<QString, qint64> m_generated;
    QHash<QTcpSocket *, qint64> m_pumps;
    qint64 m_generatedLines = 0;
    QDateTime m_logClock = QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
    qint64 m_version = 1000;
    qint64 m_compactedAt = 0;
};

FakeKubeServer::FakeKubeServer(const TestCertificates &certificates)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    QFile keyFile(certificates.serverKey);
    const QList<QSslCertificate> server = QSslCertificate::fromPath(certificates.serverCertificate);
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(certificates.caCertificate);
    if (keyFile.open(QIODevice::ReadOnly) && !server.isEmpty() && !ca.isEmpty()) {
        configuration.setLocalCertificate(server.first());
        configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
        configuration.setCaCertificates(ca);
        configuration.setPeerVerifyMode(QSslSocket::QueryPeer);
    }
    m_tlsReady = QSslSocket::supportsSsl() && !configuration.localCertificate().isNull() &&
                 !configuration.privateKey().isNull();
    m_core = new FakeKubeCore(configuration);
    m_core->moveToThread(&m_thread);
    m_thread.start();
}

FakeKubeServer::~FakeKubeServer()
{
    QMetaObject::invokeMethod(
        m_core, [this] { delete m_core; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

template<typename Function> auto FakeKubeServer::call(Function &&function) const
{
    using Value = decltype(function());
    if constexpr (std::is_void_v<Value>) {
        QMetaObject::invokeMethod(m_core, std::forward<Function>(function),
                                  Qt::BlockingQueuedConnection);
    } else {
        Value value{};
        QMetaObject::invokeMethod(
            m_core, [&] { value = function(); }, Qt::BlockingQueuedConnection);
        return value;
    }
}

bool FakeKubeServer::start()
{
    if (!m_tlsReady)
        return false;
    m_port = call([this] {
        return m_core->listen(QHostAddress::LocalHost, 0) ? m_core->serverPort() : quint16(0);
    });
    return m_port != 0;
}

QString FakeKubeServer::url() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_port);
}

void FakeKubeServer::setTokens(const QStringList &tokens)
{
    call([&] { m_core->tokens = tokens; });
}

void FakeKubeServer::setBasicAuth(const QString &user, const QString &password)
{
    call([&] {
        m_core->basicUser = user;
        m_core->basicPassword = password;
    });
}

bool FakeKubeServer::setPodState(const QString &nameSpace, const QString &pod, PodState state,
                                 int exitCode)
{
    return call([&] { return m_core->setPodState(nameSpace, pod, state, exitCode); });
}

QStringList FakeKubeServer::podNames(const QString &nameSpace) const
{
    return call([&] { return m_core->podNames(nameSpace); });
}

QString FakeKubeServer::resourceVersion() const
{
    return call([&] { return m_core->resourceVersion(); });
}

void FakeKubeServer::appendLog(const QString &nameSpace, const QString &pod,
                               const QByteArray &lines)
{
    call([&] { m_core->appendLog(nameSpace, pod, lines); });
}

void FakeKubeServer::appendGeneratedLog(const QString &nameSpace, const QString &pod, qint64 bytes)
{
    call([&] { m_core->appendGeneratedLog(nameSpace, pod, bytes); });
}

void FakeKubeServer::finishLog(const QString &nameSpace, const QString &pod)
{
    call([&] { m_core->finishLog(nameSpace, pod); });
}

void FakeKubeServer::dropNextLogStreamAfter(int lines)
{
    call([&] { m_core->dropLogAfter = lines; });
}

void FakeKubeServer::dropLogStreams()
{
    call([&] { m_core->dropLogStreams(); });
}

void FakeKubeServer::sendBookmarks()
{
    call([&] { m_core->sendBookmarks(); });
}

void FakeKubeServer::compactHistory()
{
    call([&] { m_core->compactHistory(); });
}

void FakeKubeServer::setGoneAsHttpStatus(bool http)
{
    call([&] { m_core->goneAsHttp = http; });
}

void FakeKubeServer::dropWatches()
{
    call([&] { m_core->dropWatches(); });
}

int FakeKubeServer::openWatches() const
{
    return call([&] { return m_core->openWatches(); });
}

void FakeKubeServer::injectError(const QByteArray &method, const QString &pathPart,
                                 const FakeKubeError &error, int times)
{
    call([&] { m_core->injected.push_back({method, pathPart, error, times}); });
}

QStringList FakeKubeServer::requests() const
{
    return call([&] { return m_core->requestLog; });
}

void FakeKubeServer::clearRequests()
{
    call([&] { m_core->requestLog.clear(); });
}

QPair<QString, QString> FakeKubeServer::makeClientCertificate(const TestCertificates &certificates,
                                                              const QString &dir,
                                                              const QString &commonName,
                                                              QString *error)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    const QDir folder(dir);
    const QString key = folder.filePath(commonName + QStringLiteral(".key"));
    const QString request = folder.filePath(commonName + QStringLiteral(".csr"));
    const QString certificate = folder.filePath(commonName + QStringLiteral(".pem"));
    const QString extensions = folder.filePath(commonName + QStringLiteral(".ext"));
    QFile config(extensions);
    if (openssl.isEmpty() || !config.open(QIODevice::WriteOnly) || config.write(ClientConfig) < 0) {
        *error = QStringLiteral("openssl is missing or %1 cannot be written.").arg(extensions);
        return {};
    }
    config.close();
    const auto run = [&](const QStringList &arguments) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(openssl, arguments);
        if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
            process.exitCode() == 0)
            return true;
        *error =
            QStringLiteral("openssl %1 failed: %2")
                .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAll()));
        return false;
    };
    if (!run({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
              QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
              QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
              QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName,
              QStringLiteral("-keyout"), key, QStringLiteral("-out"), request}) ||
        !run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request,
              QStringLiteral("-CA"), certificates.caCertificate, QStringLiteral("-CAkey"),
              certificates.caKey, QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
              QStringLiteral("2"), QStringLiteral("-extfile"), extensions, QStringLiteral("-out"),
              certificate}))
        return {};
    return {certificate, key};
}
