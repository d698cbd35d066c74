// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/node.h"
#include "kubernetes/kubeconfig.h"
#include "net/httpclient.h"

#include <QDateTime>
#include <QHash>

#include <atomic>
#include <functional>
#include <vector>

namespace Runbench::Runtimes {

// Where a kind of object lives in the REST API, e.g. pods under /api/v1.
struct KubeResource
{
    QString apiPath; // "/api/v1" or "/apis/<group>/<version>"
    QString plural;  // "pods"
    QString kind;    // "Pod", for messages

    static KubeResource pods();
    static KubeResource jobs();
};

// Filters and page size of a list.
struct KubeListOptions
{
    QString labelSelector;
    QString fieldSelector;
    int limit = 500; // per page; every page is fetched
};

// All pages of a list, with the resourceVersion a watch continues from.
struct KubeList
{
    std::vector<Models::Node> items;
    QString resourceVersion;
    int pages = 0;
};

enum class KubePropagation { Background, Foreground, Orphan };

// One change seen by watch(). Relisted follows a re-list after the history expired (410); the
// events before it already brought the cache up to date.
struct KubeWatchEvent
{
    enum class Type { Added, Modified, Deleted, Bookmark, Relisted };
    Type type = Type::Added;
    Models::Node object;
};

// What watch() watches and where it starts.
struct KubeWatchOptions
{
    QString labelSelector;
    QString fieldSelector;
    QString resourceVersion;  // empty: list first and report every object as Added
    int timeoutSeconds = 300; // server-side end of one watch request; it is then renewed
};

// A log line of a followed container with its timestamp from timestamps=true.
struct KubeLogLine
{
    QDateTime time;
    QString timeText; // as the server sent it (RFC 3339 with nanoseconds)
    QByteArray text;  // without the timestamp and the newline; not necessarily UTF-8
};

// What followLog() follows.
struct KubeLogOptions
{
    QString container;
    bool follow = true;
    QDateTime sinceTime; // resume point; lines before it are not sent
    int tailLines = -1;
};

// Retries of throttled (429) and unavailable (503, or 5xx with Retry-After) answers and of
// dropped streams: bounded attempts, waits doubling up to maxDelayMs.
struct KubeRetryPolicy
{
    int maxAttempts = 6;
    int initialDelayMs = 800;
    int maxDelayMs = 30000;
};

// The Kubernetes REST API of one endpoint over HttpClient: CRUD, paged lists, dry runs, watches
// that survive expired history, and log follow that resumes without gaps or duplicates.
// Calls block: use it on worker threads. One client may serve several threads at once.
class KubeClient
{
    Q_DECLARE_TR_FUNCTIONS(KubeClient)

public:
    explicit KubeClient(KubeEndpoint endpoint);

    const KubeEndpoint &endpoint() const { return m_endpoint; }
    QString nameSpace() const { return m_endpoint.nameSpace; }
    void setRetryPolicy(const KubeRetryPolicy &policy) { m_retry = policy; }
    // HTTP requests sent so far, retries included (benchmarks and tests).
    qint64 requestCount() const { return m_requests.load(); }

    Result<Models::Node> create(const KubeResource &resource, const Models::Node &object,
                                bool dryRun = false, const std::atomic_bool *cancel = nullptr);
    Result<Models::Node> get(const KubeResource &resource, const QString &name,
                             const std::atomic_bool *cancel = nullptr);
    Result<KubeList> list(const KubeResource &resource, const KubeListOptions &options = {},
                          const std::atomic_bool *cancel = nullptr);
    // uid, when set, is a precondition: a newer object with the same name is left alone.
    Result<Models::Node> remove(const KubeResource &resource, const QString &name,
                                KubePropagation propagation = KubePropagation::Background,
                                const QString &uid = {}, bool dryRun = false,
                                const std::atomic_bool *cancel = nullptr);
    // Any request; path is below the server, e.g. "/version". Status errors become Errors.
    Result<Models::Node> request(const QByteArray &method, const QString &path,
                                 const QByteArray &body = {},
                                 const std::atomic_bool *cancel = nullptr);

    // Lists (unless options.resourceVersion is set) and watches until cancel is set, onEvent
    // returns false or an error persists. Renewals, drops and expired history (HTTP 410 or an
    // ERROR event with code 410) are handled inside: after a re-list, objects that vanished
    // come as Deleted. Returns an Error only for failures it cannot recover from.
    Models::Status watch(const KubeResource &resource, const KubeWatchOptions &options,
                         const std::function<bool(const KubeWatchEvent &)> &onEvent,
                         const std::atomic_bool *cancel = nullptr);
    // Streams a pod's log line by line with timestamps; a dropped stream is resumed from the
    // last line's second and the overlap dropped, so lines come exactly once. Ends when the
    // server ends the stream (container finished), onLine returns false or cancel is set.
    Models::Status followLog(const QString &pod, const KubeLogOptions &options,
                             const std::function<bool(const KubeLogLine &)> &onLine,
                             const std::atomic_bool *cancel = nullptr);

    // "Pod "x" is invalid: ... (422 Invalid; metadata.name: ...)" from a Status body, or the
    // HTTP status when the body is no Status.
    static QString statusMessage(int httpStatus, const QByteArray &body, const QString &action);

private:
    // With onData the answer streams; stallTimeoutMs then ends a silent stream (0: one hour).
    Result<Models::HttpResponse> send(const QByteArray &method, const QString &pathAndQuery,
                                      const QByteArray &body, const QString &action,
                                      const std::atomic_bool *cancel,
                                      const std::function<bool(QByteArrayView)> &onData = {},
                                      int stallTimeoutMs = 0);
    // httpStatus, when given, receives the answer's status (0 when none came).
    Result<Models::Node> json(const QByteArray &method, const QString &pathAndQuery,
                              const QByteArray &body, const QString &action,
                              const std::atomic_bool *cancel, int *httpStatus = nullptr);
    Result<KubeList> listPages(const KubeResource &resource, const KubeListOptions &options,
                               const std::atomic_bool *cancel, int *httpStatus);
    QString collectionPath(const KubeResource &resource) const;
    bool pause(int milliseconds, const std::atomic_bool *cancel) const;

    KubeEndpoint m_endpoint;
    KubeRetryPolicy m_retry;
    std::atomic<qint64> m_requests = 0;
};

} // namespace Runbench::Runtimes
