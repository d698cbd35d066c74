// SPDX-License-Identifier: Apache-2.0
// Kubernetes client benchmarks against the fake API server over TLS: submit 200 Jobs and follow
// them to completion with one watch (wall time, HTTP requests per run), and follow a 100 MB
// pod log (throughput, peak memory).
#include "document/documentreader.h"
#include "fakekubeserver.h"
#include "kubernetes/kubeclient.h"
#include "kubernetes/kubecredentials.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace Runbench::Models;
using namespace Runbench::Runtimes;

namespace {

constexpr int JobCount = 200;
constexpr qint64 LogBytes = qint64(100) << 20;

// Peak resident memory of this process (server and client) in MB.
double peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    return -1;
}

Node job(int index)
{
    const std::string json =
        QStringLiteral(
            R"({"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"run-%1"},"spec":{"backoffLimit":0,"template":{"spec":{"restartPolicy":"Never","containers":[{"name":"main","image":"python:3.11"}]}}}})")
            .arg(index)
            .toStdString();
    return *DocumentReader::read(json, DocumentFormat::Json, QStringLiteral("job"));
}

KubeEndpoint endpoint(const FakeKubeServer &server, const TestCertificates &certificates,
                      const QString &nameSpace)
{
    QFile ca(certificates.caCertificate);
    ca.open(QIODevice::ReadOnly);
    KubeEndpoint result;
    result.server = server.url();
    result.nameSpace = nameSpace;
    result.caPem = ca.readAll();
    KubeUser user;
    user.token = QStringLiteral("bench-token");
    KubeCluster cluster;
    cluster.server = server.url();
    result.credentials = *KubeCredentials::create(user, QStringLiteral("bench"), cluster, {});
    return result;
}

bool benchJobs(FakeKubeServer &server, const TestCertificates &certificates)
{
    KubeClient client(endpoint(server, certificates, QStringLiteral("jobs")));
    std::atomic_int completed = 0;
    std::atomic_bool cancel = false;
    std::thread watcher([&] {
        client.watch(
            KubeResource::jobs(), {},
            [&](const KubeWatchEvent &event) {
                if (const Node *conditions = event.object.at("status.conditions"))
                    for (const Node &condition : conditions->items())
                        if (condition.get("type")->text() == "Complete")
                            ++completed;
                return completed < JobCount;
            },
            &cancel);
    });
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < JobCount; ++i)
        if (!client.create(KubeResource::jobs(), job(i)))
            return false;
    const double submitted = timer.elapsed();
    for (const QString &pod : server.podNames(QStringLiteral("jobs"))) {
        server.setPodState(QStringLiteral("jobs"), pod, FakeKubeServer::PodState::Running);
        server.setPodState(QStringLiteral("jobs"), pod, FakeKubeServer::PodState::Succeeded);
    }
    watcher.join();
    std::printf("kube jobs: %d Jobs submitted in %.0f ms, all followed to completion in %lld ms "
                "by one watch; %.3f HTTP requests per run (%lld in all); peak memory %.1f MB\n",
                JobCount, submitted, timer.elapsed(), double(client.requestCount()) / JobCount,
                client.requestCount(), peakMegabytes());
    return completed >= JobCount;
}

bool benchLog(FakeKubeServer &server, const TestCertificates &certificates)
{
    KubeClient client(endpoint(server, certificates, QStringLiteral("logs")));
    if (!client.create(KubeResource::pods(),
                       Node(*DocumentReader::read(R"({"metadata":{"name":"big"},"spec":{}})",
                                                  DocumentFormat::Json, QStringLiteral("pod")))))
        return false;
    server.setPodState(QStringLiteral("logs"), QStringLiteral("big"),
                       FakeKubeServer::PodState::Running);
    server.appendGeneratedLog(QStringLiteral("logs"), QStringLiteral("big"), LogBytes);
    qint64 bytes = 0;
    qint64 lines = 0;
    QElapsedTimer timer;
    timer.start();
    const auto followed = client.followLog(QStringLiteral("big"), {}, [&](const KubeLogLine &line) {
        bytes += line.text.size() + 1;
        ++lines;
        return true;
    });
    const double seconds = timer.elapsed() / 1000.0;
    if (!followed) {
        std::printf("kube log: %s\n", qPrintable(followed.error().message));
        return false;
    }
    std::printf("kube log: followed %lld lines (%.1f MB without timestamps) in %.2f s = %.1f MB/s; "
                "peak memory of the process (client and fake server) %.1f MB\n",
                lines, double(bytes) / (1 << 20), seconds, double(LogBytes) / (1 << 20) / seconds,
                peakMegabytes());
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qputenv("no_proxy", "127.0.0.1");
    QTemporaryDir dir;
    const TestCertificates certificates = TestCertificates::create(dir.path());
    if (!certificates.ok()) {
        std::printf("kube: skipped, %s\n", qPrintable(certificates.error));
        return 0;
    }
    FakeKubeServer server(certificates);
    if (!server.start())
        return 1;
    server.setTokens({QStringLiteral("bench-token")});
    return benchJobs(server, certificates) && benchLog(server, certificates) ? 0 : 1;
}
