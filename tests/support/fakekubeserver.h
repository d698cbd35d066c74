// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httptestserver.h"

#include <QDateTime>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QThread>

class FakeKubeCore;

// A scripted API error: the Status body (and Retry-After) the next matching requests get.
struct FakeKubeError
{
    int code = 500;
    QByteArray reason = "InternalError";
    QString message = QStringLiteral("an injected failure");
    QList<QPair<QString, QString>> causes; // field, message
    int retryAfterSeconds = -1;
    bool plainText = false; // answer a non-JSON body, like a proxy would
};

// A fake Kubernetes API server on 127.0.0.1 over TLS for client tests: namespaced Pods and Jobs
// with server-assigned uid, resourceVersion (one global counter) and creationTimestamp; list
// with label/field selectors and limit/continue; chunked watch streams with bookmarks and 410
// for compacted history; delete with propagation and uid preconditions; dryRun=All; pod log
// with follow, timestamps, sinceTime and scripted drops; pod lifecycles driven by the test
// (a Job makes one pod and follows its outcome); injected error statuses; bearer-token, basic
// and client-certificate auth; discovery documents so kubectl can talk to it. It runs on its
// own thread; every method is safe to call from the test thread.
class FakeKubeServer
{
public:
    enum class PodState {
        Pending,
        ErrImagePull,
        ImagePullBackOff,
        Running,
        OOMKilled,
        Succeeded,
        Failed
    };

    explicit FakeKubeServer(const TestCertificates &certificates);
    ~FakeKubeServer();
    FakeKubeServer(const FakeKubeServer &) = delete;
    FakeKubeServer &operator=(const FakeKubeServer &) = delete;

    bool start();
    QString url() const;

    // Bearer tokens the server accepts; a client certificate signed by the test CA and the
    // basic-auth pair are accepted too. Without any token set, anonymous requests pass.
    void setTokens(const QStringList &tokens);
    void setBasicAuth(const QString &user, const QString &password);

    // Objects: the pod's state changes with a MODIFIED event; its Job follows.
    bool setPodState(const QString &nameSpace, const QString &pod, PodState state,
                     int exitCode = 1);
    // Pod names in a namespace, sorted (e.g. to find the pod a Job made).
    QStringList podNames(const QString &nameSpace) const;
    QString resourceVersion() const;

    // Logs: each line gets a timestamp 100 ms after the previous one (10 lines per second).
    void appendLog(const QString &nameSpace, const QString &pod, const QByteArray &lines);
    // Adds about `bytes` of numbered log lines that are generated while they are sent, so a
    // huge log costs no memory (benchmarks); the stream then ends.
    void appendGeneratedLog(const QString &nameSpace, const QString &pod, qint64 bytes);
    // Ends the pod's follow streams cleanly, as when its container has finished.
    void finishLog(const QString &nameSpace, const QString &pod);
    // The next log stream is cut (no final chunk) after sending this many lines.
    void dropNextLogStreamAfter(int lines);
    // Cuts every open log stream without the final chunk.
    void dropLogStreams();

    // Watches.
    void sendBookmarks();
    // Forgets the event history: watches from an older resourceVersion get 410.
    void compactHistory();
    // 410 as the HTTP status of the watch request instead of an ERROR event in a 200 stream.
    void setGoneAsHttpStatus(bool http);
    // Cuts every open watch stream without the final chunk.
    void dropWatches();
    int openWatches() const;

    // The next `times` requests whose method matches and whose path contains pathPart fail.
    void injectError(const QByteArray &method, const QString &pathPart, const FakeKubeError &error,
                     int times = 1);

    // "METHOD /path?query" of every request, in arrival order.
    QStringList requests() const;
    void clearRequests();

    // A client certificate and key (PEM files in dir) signed by the certificates' CA; empty
    // strings and error set when openssl fails.
    static QPair<QString, QString> makeClientCertificate(const TestCertificates &certificates,
                                                         const QString &dir,
                                                         const QString &commonName, QString *error);

private:
    template<typename Function> auto call(Function &&function) const;

    QThread m_thread;
    FakeKubeCore *m_core = nullptr;
    quint16 m_port = 0;
    bool m_tlsReady = false;
};
