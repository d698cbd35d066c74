// SPDX-License-Identifier: Apache-2.0
#include "document/documentreader.h"
#include "fakekubeserver.h"
#include "kubernetes/kubeclient.h"
#include "kubernetes/kubecredentials.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <thread>

using namespace Runbench::Models;
using namespace Runbench::Runtimes;

namespace {

QString text(const Node *node)
{
    return node ? QString::fromStdString(node->displayText()) : QString();
}

Node pod(const QString &name, const QString &app = QStringLiteral("demo"))
{
    const QByteArray json =
        QStringLiteral(
            R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"%1","labels":{"app":"%2"}},"spec":{"restartPolicy":"Never","containers":[{"name":"main","image":"python:3.11"}]}})")
            .arg(name, app)
            .toUtf8();
    return *DocumentReader::read(json.toStdString(), DocumentFormat::Json, QStringLiteral("pod"));
}

Node job(const QString &name)
{
    const QByteArray json =
        QStringLiteral(
            R"({"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"%1"},"spec":{"backoffLimit":0,"template":{"metadata":{"labels":{"mlrun/uid":"abc"}},"spec":{"restartPolicy":"Never","containers":[{"name":"main","image":"python:3.11"}]}}}})")
            .arg(name)
            .toUtf8();
    return *DocumentReader::read(json.toStdString(), DocumentFormat::Json, QStringLiteral("job"));
}

// Collects what a watch or log follow on a worker thread delivers.
template<typename T> class Collector
{
public:
    void add(const T &value)
    {
        QMutexLocker lock(&m_mutex);
        m_values.append(value);
    }
    QList<T> values() const
    {
        QMutexLocker lock(&m_mutex);
        return m_values;
    }
    qsizetype size() const { return values().size(); }

private:
    mutable QMutex m_mutex;
    QList<T> m_values;
};

QString eventText(const KubeWatchEvent &event)
{
    static const char *const names[] = {"Added", "Modified", "Deleted", "Bookmark", "Relisted"};
    return QString::fromLatin1(names[int(event.type)]) + QLatin1Char(' ') +
           text(event.object.at("metadata.name"));
}

} // namespace

// KubeClient against the fake API server over TLS: CRUD, paging, dry run, watch with bookmarks
// and 410 re-lists, log follow across drops, throttling, Status messages, TLS and every kind
// of authentication; kubectl confirms the fake speaks the real wire format.
class TestKubeClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void createGetListDelete();
    void pagingAndSelectors();
    void dryRunStoresNothing();
    void jobDeleteWithPropagationAndPrecondition();
    void statusMessages_data();
    void statusMessages();
    void throttlingIsRetriedAndBounded();
    void watchSeesChangesBookmarksAndRelists();
    void watchRelistsAfterHttp410();
    void watchIsRenewedAfterServerTimeout();
    void watchStopsOnForbidden();
    void logFollowResumesWithoutGapsOrDuplicates();
    void logOfWaitingContainerIsAClearError();
    void wrongCaIsAClearError();
    void wrongTokenIsAClearError();
    void tlsServerNameIsVerified();
    void clientCertificateAuth();
    void basicAuth();
    void execPluginRefreshesAfter401();
    void execPluginFailuresAreClear();
    void kubectlReadsTheFake();

private:
    QString writeConfig(const QString &name, const QByteArray &user,
                        const QByteArray &ca = {}) const;
    std::unique_ptr<KubeClient> client(const QString &configPath, const QString &nameSpace = {});
    QString writeFile(const QString &name, const QByteArray &content,
                      bool executable = false) const;

    QTemporaryDir m_dir;
    TestCertificates m_certificates;
    TestCertificates m_otherCa;
    std::unique_ptr<FakeKubeServer> m_server;
    QString m_tokenConfig;
    int m_namespaceCounter = 0;
    QString m_nameSpace;
};

void TestKubeClient::initTestCase()
{
    qputenv("no_proxy", "127.0.0.1");
    QVERIFY(m_dir.isValid());
    QDir().mkpath(m_dir.filePath(QStringLiteral("ca")));
    QDir().mkpath(m_dir.filePath(QStringLiteral("other")));
    m_certificates = TestCertificates::create(m_dir.filePath(QStringLiteral("ca")));
    if (!m_certificates.ok())
        QSKIP(qPrintable(m_certificates.error));
    m_otherCa = TestCertificates::create(m_dir.filePath(QStringLiteral("other")));
    QVERIFY2(m_otherCa.ok(), qPrintable(m_otherCa.error));
    m_server = std::make_unique<FakeKubeServer>(m_certificates);
    QVERIFY(m_server->start());
    m_server->setTokens({QStringLiteral("good-token")});
    m_tokenConfig = writeConfig(QStringLiteral("token"), "token: good-token");
}

void TestKubeClient::init()
{
    // Every test works in a namespace of its own.
    m_nameSpace = QStringLiteral("ns%1").arg(++m_namespaceCounter);
}

QString TestKubeClient::writeFile(const QString &name, const QByteArray &content,
                                  bool executable) const
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(content);
    if (executable)
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return file.fileName();
}

QString TestKubeClient::writeConfig(const QString &name, const QByteArray &user,
                                    const QByteArray &ca) const
{
    QFile caFile(m_certificates.caCertificate);
    caFile.open(QIODevice::ReadOnly);
    const QByteArray caData = (ca.isEmpty() ? caFile.readAll() : ca).toBase64();
    QByteArray indented = user;
    indented.replace("\n", "\n    ");
    return writeFile(
        name + QStringLiteral(".kubeconfig"),
        "apiVersion: v1\nkind: Config\ncurrent-context: fake\nclusters:\n- name: fake\n"
        "  cluster:\n    server: " +
            m_server->url().toUtf8() + "\n    certificate-authority-data: " + caData +
            "\nusers:\n- name: tester\n  user:\n    " + indented +
            "\ncontexts:\n- name: fake\n  context: {cluster: fake, user: tester}\n");
}

std::unique_ptr<KubeClient> TestKubeClient::client(const QString &configPath,
                                                   const QString &nameSpace)
{
    const auto config = KubeConfig::loadFile(configPath);
    if (!config)
        return nullptr;
    const auto endpoint = config->endpoint({}, nameSpace.isEmpty() ? m_nameSpace : nameSpace);
    if (!endpoint)
        return nullptr;
    auto result = std::make_unique<KubeClient>(*endpoint);
    result->setRetryPolicy({5, 50, 2000});
    return result;
}

void TestKubeClient::createGetListDelete()
{
    auto kube = client(m_tokenConfig);
    QVERIFY(kube);
    const auto created = kube->create(KubeResource::pods(), pod(QStringLiteral("one")));
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    QVERIFY(!text(created->at("metadata.uid")).isEmpty());
    QVERIFY(!text(created->at("metadata.creationTimestamp")).isEmpty());
    QCOMPARE(text(created->at("metadata.namespace")), m_nameSpace);
    QCOMPARE(text(created->at("status.phase")), QStringLiteral("Pending"));
    const auto fetched = kube->get(KubeResource::pods(), QStringLiteral("one"));
    QVERIFY(fetched);
    QCOMPARE(text(fetched->at("metadata.uid")), text(created->at("metadata.uid")));
    const auto second = kube->create(KubeResource::pods(), pod(QStringLiteral("two")));
    QVERIFY(second);
    QVERIFY(text(second->at("metadata.resourceVersion")).toLongLong() >
            text(created->at("metadata.resourceVersion")).toLongLong());
    const auto listed = kube->list(KubeResource::pods());
    QVERIFY(listed);
    QCOMPARE(listed->items.size(), size_t(2));
    QCOMPARE(listed->resourceVersion, m_server->resourceVersion());
    const auto removed = kube->remove(KubeResource::pods(), QStringLiteral("one"));
    QVERIFY(removed);
    QVERIFY(!text(removed->at("metadata.deletionTimestamp")).isEmpty());
    const auto gone = kube->get(KubeResource::pods(), QStringLiteral("one"));
    QVERIFY(!gone);
    QCOMPARE(gone.error().message,
             QStringLiteral("Reading Pod \"one\" in namespace \"%1\" failed: pods \"one\" not "
                            "found (404 NotFound).")
                 .arg(m_nameSpace));
}

void TestKubeClient::pagingAndSelectors()
{
    auto kube = client(m_tokenConfig);
    for (int i = 0; i < 7; ++i)
        QVERIFY(kube->create(KubeResource::pods(),
                             pod(QStringLiteral("p%1").arg(i),
                                 i % 2 ? QStringLiteral("odd") : QStringLiteral("even"))));
    m_server->clearRequests();
    const auto all = kube->list(KubeResource::pods(), {{}, {}, 3});
    QVERIFY(all);
    QCOMPARE(all->items.size(), size_t(7));
    QCOMPARE(all->pages, 3);
    const QStringList requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    QVERIFY(requests[1].contains(QLatin1String("continue=")));
    const auto odd = kube->list(KubeResource::pods(), {QStringLiteral("app=odd"), {}, 2});
    QVERIFY(odd);
    QCOMPARE(odd->items.size(), size_t(3));
    const auto notOdd = kube->list(KubeResource::pods(), {QStringLiteral("app!=odd,app"), {}, 500});
    QCOMPARE(notOdd->items.size(), size_t(4));
    const auto byName =
        kube->list(KubeResource::pods(), {{}, QStringLiteral("metadata.name=p3"), 500});
    QCOMPARE(byName->items.size(), size_t(1));
}

void TestKubeClient::dryRunStoresNothing()
{
    auto kube = client(m_tokenConfig);
    const auto created = kube->create(KubeResource::jobs(), job(QStringLiteral("dry")), true);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    QCOMPARE(text(created->at("metadata.name")), QStringLiteral("dry"));
    QVERIFY(m_server->requests().last().contains(QLatin1String("dryRun=All")));
    QVERIFY(kube->list(KubeResource::jobs())->items.empty());
    QVERIFY(m_server->podNames(m_nameSpace).isEmpty());
    const auto invalid = kube->create(KubeResource::pods(), pod(QStringLiteral("Bad_Name")), true);
    QVERIFY(!invalid);
    QVERIFY(invalid.error().message.contains(QLatin1String("422 Invalid; metadata.name:")));
}

void TestKubeClient::jobDeleteWithPropagationAndPrecondition()
{
    auto kube = client(m_tokenConfig);
    const auto created = kube->create(KubeResource::jobs(), job(QStringLiteral("train")));
    QVERIFY(created);
    const QStringList pods = m_server->podNames(m_nameSpace);
    QCOMPARE(pods.size(), 1);
    QVERIFY(pods.first().startsWith(QLatin1String("train-")));
    const auto podObject = kube->get(KubeResource::pods(), pods.first());
    QCOMPARE(text(podObject->at("metadata.labels.mlrun/uid")), QStringLiteral("abc"));
    const auto stale = kube->remove(KubeResource::jobs(), QStringLiteral("train"),
                                    KubePropagation::Background, QStringLiteral("not-the-uid"));
    QVERIFY(!stale);
    QVERIFY2(stale.error().message.contains(QLatin1String("Precondition failed")),
             qPrintable(stale.error().message));
    QVERIFY(stale.error().message.contains(QLatin1String("409 Conflict")));
    QVERIFY(kube->remove(KubeResource::jobs(), QStringLiteral("train"), KubePropagation::Background,
                         text(created->at("metadata.uid")), true));
    QCOMPARE(m_server->podNames(m_nameSpace).size(), 1);
    QVERIFY(kube->remove(KubeResource::jobs(), QStringLiteral("train"), KubePropagation::Background,
                         text(created->at("metadata.uid"))));
    QVERIFY(m_server->podNames(m_nameSpace).isEmpty());
    QVERIFY(!kube->get(KubeResource::jobs(), QStringLiteral("train")));
}

void TestKubeClient::statusMessages_data()
{
    QTest::addColumn<FakeKubeError>("error");
    QTest::addColumn<QString>("expected");
    FakeKubeError forbidden;
    forbidden.code = 403;
    forbidden.reason = "Forbidden";
    forbidden.message = QStringLiteral("pods is forbidden: User \"dev\" cannot create resource "
                                       "\"pods\" in API group \"\" in the namespace \"prod\"");
    QTest::newRow("403") << forbidden
                         << QStringLiteral(": pods is forbidden: User \"dev\" cannot create "
                                           "resource \"pods\" in API group \"\" in the namespace "
                                           "\"prod\" (403 Forbidden).");
    FakeKubeError quota;
    quota.code = 403;
    quota.reason = "Forbidden";
    quota.message = QStringLiteral("exceeded quota: compute, requested: limits.memory=8Gi, "
                                   "used: limits.memory=30Gi, limited: limits.memory=32Gi");
    QTest::newRow("quota") << quota << QStringLiteral(": exceeded quota: compute");
    FakeKubeError notFound;
    notFound.code = 404;
    notFound.reason = "NotFound";
    notFound.message = QStringLiteral("namespaces \"gone\" not found");
    QTest::newRow("404") << notFound
                         << QStringLiteral("namespaces \"gone\" not found (404 NotFound).");
    FakeKubeError conflict;
    conflict.code = 409;
    conflict.reason = "AlreadyExists";
    conflict.message = QStringLiteral("pods \"x\" already exists");
    QTest::newRow("409") << conflict << QStringLiteral("already exists (409 AlreadyExists).");
    FakeKubeError invalid;
    invalid.code = 422;
    invalid.reason = "Invalid";
    invalid.message =
        QStringLiteral("Job.batch \"x\" is invalid: spec.template.spec.restartPolicy: "
                       "Required value");
    invalid.causes = {
        {QStringLiteral("spec.template.spec.restartPolicy"), QStringLiteral("Required value")},
        {QStringLiteral("spec.template.spec.containers[0].image"),
         QStringLiteral("Required value")}};
    QTest::newRow("422") << invalid
                         << QStringLiteral("(422 Invalid; spec.template.spec.restartPolicy: "
                                           "Required value; spec.template.spec.containers[0]."
                                           "image: Required value).");
    FakeKubeError internal;
    internal.code = 500;
    internal.reason = "InternalError";
    internal.message = QStringLiteral("Internal error occurred: failed calling webhook");
    QTest::newRow("500") << internal
                         << QStringLiteral("failed calling webhook (500 InternalError).");
    FakeKubeError proxy;
    proxy.code = 502;
    proxy.plainText = true;
    proxy.message = QStringLiteral("upstream connect error");
    QTest::newRow("502 text") << proxy
                              << QStringLiteral(
                                     "failed with HTTP status 502: upstream connect error");
}

void TestKubeClient::statusMessages()
{
    QFETCH(FakeKubeError, error);
    QFETCH(QString, expected);
    auto kube = client(m_tokenConfig);
    m_server->injectError("POST", QStringLiteral("/namespaces/%1/").arg(m_nameSpace), error);
    const auto created = kube->create(KubeResource::pods(), pod(QStringLiteral("x")));
    QVERIFY(!created);
    QVERIFY2(created.error().message.startsWith(
                 QStringLiteral("Creating Pod \"x\" in namespace \"%1\" failed").arg(m_nameSpace)),
             qPrintable(created.error().message));
    QVERIFY2(created.error().message.contains(expected), qPrintable(created.error().message));
}

void TestKubeClient::throttlingIsRetriedAndBounded()
{
    auto kube = client(m_tokenConfig);
    FakeKubeError throttled;
    throttled.code = 429;
    throttled.reason = "TooManyRequests";
    throttled.message = QStringLiteral("too many requests, please try again later");
    throttled.retryAfterSeconds = 1;
    m_server->injectError("POST", QStringLiteral("/namespaces/%1/").arg(m_nameSpace), throttled, 1);
    FakeKubeError unavailable;
    unavailable.code = 503;
    unavailable.reason = "ServiceUnavailable";
    unavailable.message = QStringLiteral("apiserver is starting");
    m_server->injectError("POST", QStringLiteral("/namespaces/%1/").arg(m_nameSpace), unavailable,
                          1);
    const qint64 before = kube->requestCount();
    QElapsedTimer timer;
    timer.start();
    const auto created = kube->create(KubeResource::pods(), pod(QStringLiteral("throttled")));
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    QCOMPARE(kube->requestCount() - before, 3);
    QVERIFY(timer.elapsed() >= 1000); // Retry-After was honoured
    throttled.retryAfterSeconds = 0;
    m_server->injectError("GET", QStringLiteral("/namespaces/%1/").arg(m_nameSpace), throttled,
                          100);
    const auto listed = kube->list(KubeResource::pods());
    QVERIFY(!listed);
    QVERIFY2(listed.error().message.contains(QLatin1String("(429 TooManyRequests)")),
             qPrintable(listed.error().message));
}

void TestKubeClient::watchSeesChangesBookmarksAndRelists()
{
    auto kube = client(m_tokenConfig);
    QVERIFY(kube->create(KubeResource::pods(), pod(QStringLiteral("before"))));
    QVERIFY(kube->create(KubeResource::pods(), pod(QStringLiteral("doomed"))));
    Collector<QString> events;
    std::atomic_bool cancel = false;
    Status result;
    std::thread worker([&] {
        result = kube->watch(
            KubeResource::pods(), {{}, {}, {}, 300},
            [&](const KubeWatchEvent &event) {
                events.add(eventText(event));
                return true;
            },
            &cancel);
    });
    QTRY_COMPARE(m_server->openWatches(), 1);
    QCOMPARE(events.values(),
             QList<QString>({QStringLiteral("Added before"), QStringLiteral("Added doomed")}));
    QVERIFY(kube->create(KubeResource::pods(), pod(QStringLiteral("during"))));
    QVERIFY(m_server->setPodState(m_nameSpace, QStringLiteral("during"),
                                  FakeKubeServer::PodState::ImagePullBackOff));
    m_server->sendBookmarks();
    QTRY_COMPARE(events.size(), 5);
    QCOMPARE(events.values().mid(2),
             QList<QString>({QStringLiteral("Added during"), QStringLiteral("Modified during"),
                             QStringLiteral("Bookmark ")}));
    // A drop alone: the watch resumes from its resourceVersion and misses nothing.
    m_server->dropWatches();
    QVERIFY(m_server->setPodState(m_nameSpace, QStringLiteral("during"),
                                  FakeKubeServer::PodState::Running));
    QTRY_COMPARE(events.size(), 6);
    QCOMPARE(events.values().last(), QStringLiteral("Modified during"));
    QTRY_COMPARE(m_server->openWatches(), 1);
    // History lost while the watch is down: an ERROR 410 event, a re-list, vanished objects
    // reported as deleted, and new ones as added.
    const auto other = client(m_tokenConfig);
    const auto waitForEvents = events.size();
    m_server->dropWatches();
    QVERIFY(other->remove(KubeResource::pods(), QStringLiteral("doomed")));
    QVERIFY(other->create(KubeResource::pods(), pod(QStringLiteral("after"))));
    m_server->compactHistory();
    QTRY_VERIFY(events.values().contains(QStringLiteral("Relisted ")));
    const QList<QString> tail = events.values().mid(waitForEvents);
    QVERIFY2(tail.contains(QStringLiteral("Deleted doomed")),
             qPrintable(tail.join(QLatin1Char(','))));
    QVERIFY(tail.contains(QStringLiteral("Added after")));
    QVERIFY(!tail.contains(QStringLiteral("Added before")));
    // The resumed watch still reports changes.
    QTRY_COMPARE(m_server->openWatches(), 1);
    QVERIFY(m_server->setPodState(m_nameSpace, QStringLiteral("after"),
                                  FakeKubeServer::PodState::OOMKilled));
    QTRY_COMPARE(events.values().last(), QStringLiteral("Modified after"));
    cancel = true;
    m_server->dropWatches();
    worker.join();
    QVERIFY2(result, qPrintable(result.error().message));
}

void TestKubeClient::watchRelistsAfterHttp410()
{
    auto kube = client(m_tokenConfig);
    QVERIFY(kube->create(KubeResource::pods(), pod(QStringLiteral("old"))));
    const QString version = m_server->resourceVersion();
    QVERIFY(kube->create(KubeResource::pods(), pod(QStringLiteral("new"))));
    m_server->compactHistory();
    m_server->setGoneAsHttpStatus(true);
    Collector<QString> events;
    std::atomic_bool cancel = false;
    std::thread worker([&] {
        kube->watch(
            KubeResource::pods(), {{}, {}, version, 300},
            [&](const KubeWatchEvent &event) {
                events.add(eventText(event));
                return event.type != KubeWatchEvent::Type::Relisted;
            },
            &cancel);
    });
    worker.join();
    m_server->setGoneAsHttpStatus(false);
    QCOMPARE(events.values(),
             QList<QString>({QStringLiteral("Added new"), QStringLiteral("Added old"),
                             QStringLiteral("Relisted ")}));
    QVERIFY(m_server->requests().filter(QStringLiteral("watch=1")).size() >= 1);
}

void TestKubeClient::watchIsRenewedAfterServerTimeout()
{
    auto kube = client(m_tokenConfig);
    m_server->clearRequests();
    Collector<QString> events;
    std::atomic_bool cancel = false;
    std::thread worker([&] {
        kube->watch(
            KubeResource::jobs(), {{}, {}, {}, 1},
            [&](const KubeWatchEvent &event) {
                events.add(eventText(event));
                return true;
            },
            &cancel);
    });
    // The server ends each watch after a second; the client renews it from its version.
    QTRY_VERIFY(m_server->requests().filter(QStringLiteral("watch=1")).size() >= 2);
    QVERIFY(kube->create(KubeResource::jobs(), job(QStringLiteral("late"))));
    QTRY_COMPARE(events.values(), QList<QString>{QStringLiteral("Added late")});
    const QStringList watches = m_server->requests().filter(QStringLiteral("watch=1"));
    QVERIFY(watches.last().contains(QLatin1String("resourceVersion=")));
    cancel = true;
    worker.join();
}

void TestKubeClient::watchStopsOnForbidden()
{
    auto kube = client(m_tokenConfig);
    FakeKubeError forbidden;
    forbidden.code = 403;
    forbidden.reason = "Forbidden";
    forbidden.message = QStringLiteral("jobs.batch is forbidden: cannot watch");
    m_server->injectError("GET", QStringLiteral("/namespaces/%1/").arg(m_nameSpace), forbidden, 1);
    const Status result =
        kube->watch(KubeResource::jobs(), {}, [](const KubeWatchEvent &) { return true; });
    QVERIFY(!result);
    QCOMPARE(result.error().message,
             QStringLiteral("Listing Job objects in namespace \"%1\" failed: jobs.batch is "
                            "forbidden: cannot watch (403 Forbidden).")
                 .arg(m_nameSpace));
}

void TestKubeClient::logFollowResumesWithoutGapsOrDuplicates()
{
    auto kube = client(m_tokenConfig);
    QVERIFY(kube->create(KubeResource::pods(), pod(QStringLiteral("logger"))));
    QVERIFY(m_server->setPodState(m_nameSpace, QStringLiteral("logger"),
                                  FakeKubeServer::PodState::Running));
    QByteArray first;
    for (int i = 0; i < 25; ++i)
        first += "line " + QByteArray::number(i) + '\n';
    m_server->appendLog(m_nameSpace, QStringLiteral("logger"), first);
    // Cut the first stream after line 7 (mid-second: 10 lines share a second).
    m_server->dropNextLogStreamAfter(8);
    Collector<QByteArray> lines;
    Collector<QString> stamps;
    std::atomic_bool cancel = false;
    Status result;
    std::thread worker([&] {
        result = kube->followLog(
            QStringLiteral("logger"), {},
            [&](const KubeLogLine &line) {
                lines.add(line.text);
                stamps.add(line.timeText);
                return true;
            },
            &cancel);
    });
    QTRY_COMPARE(lines.size(), 25);
    // A second cut, of a resumed stream, while it waits for lines.
    const int before = m_server->requests().filter(QStringLiteral("sinceTime=")).size();
    m_server->dropLogStreams();
    QTRY_COMPARE(m_server->requests().filter(QStringLiteral("sinceTime=")).size(), before + 1);
    QByteArray second;
    for (int i = 25; i < 40; ++i)
        second += "line " + QByteArray::number(i) + '\n';
    m_server->appendLog(m_nameSpace, QStringLiteral("logger"), second);
    QTRY_COMPARE(lines.size(), 40);
    m_server->finishLog(m_nameSpace, QStringLiteral("logger"));
    worker.join();
    QVERIFY2(result, qPrintable(result.error().message));
    QList<QByteArray> expected;
    for (int i = 0; i < 40; ++i)
        expected.append("line " + QByteArray::number(i));
    QCOMPARE(lines.values(), expected);
    QCOMPARE(stamps.values().first(), QStringLiteral("2026-01-01T10:00:00.1Z"));
    const QStringList sinceRequests = m_server->requests().filter(QStringLiteral("sinceTime="));
    QVERIFY2(!sinceRequests.isEmpty(), "the stream was never resumed");
    QVERIFY(sinceRequests.first().contains(QLatin1String("sinceTime=2026-01-01T10%3A00%3A00Z")));
}

void TestKubeClient::logOfWaitingContainerIsAClearError()
{
    auto kube = client(m_tokenConfig);
    QVERIFY(kube->create(KubeResource::pods(), pod(QStringLiteral("pulling"))));
    QVERIFY(m_server->setPodState(m_nameSpace, QStringLiteral("pulling"),
                                  FakeKubeServer::PodState::ErrImagePull));
    const Status result =
        kube->followLog(QStringLiteral("pulling"), {}, [](const KubeLogLine &) { return true; });
    QVERIFY(!result);
    QCOMPARE(result.error().message,
             QStringLiteral("Reading the log of pod \"pulling\" in namespace \"%1\" failed: "
                            "container \"main\" in pod \"pulling\" is waiting to start: "
                            "ErrImagePull (400 BadRequest).")
                 .arg(m_nameSpace));
}

void TestKubeClient::wrongCaIsAClearError()
{
    QFile other(m_otherCa.caCertificate);
    QVERIFY(other.open(QIODevice::ReadOnly));
    auto kube =
        client(writeConfig(QStringLiteral("wrongca"), "token: good-token", other.readAll()));
    QVERIFY(kube);
    const auto listed = kube->list(KubeResource::pods());
    QVERIFY(!listed);
    // curl calls a chain ending in an unknown root "self-signed": either way it is not trusted.
    QVERIFY2(listed.error().message.contains(
                 QLatin1String("The TLS certificate of https://127.0.0.1")) &&
                 listed.error().message.contains(QLatin1String("trusted")),
             qPrintable(listed.error().message));
    QVERIFY(listed.error().message.startsWith(QLatin1String("Listing Pod objects")));
}

void TestKubeClient::wrongTokenIsAClearError()
{
    auto kube = client(writeConfig(QStringLiteral("badtoken"), "token: expired-token"));
    const auto listed = kube->list(KubeResource::pods());
    QVERIFY(!listed);
    QCOMPARE(listed.error().message,
             QStringLiteral("Listing Pod objects in namespace \"%1\" failed: Unauthorized (401 "
                            "Unauthorized).")
                 .arg(m_nameSpace));
    QVERIFY(!listed.error().message.contains(QLatin1String("expired-token")));
}

void TestKubeClient::tlsServerNameIsVerified()
{
    // A server whose certificate names elsewhere.example, not 127.0.0.1.
    TestCertificates renamed = m_certificates;
    renamed.serverCertificate = m_certificates.wrongHostCertificate;
    renamed.serverKey = m_certificates.wrongHostKey;
    FakeKubeServer server(renamed);
    QVERIFY(server.start());
    QFile ca(m_certificates.caCertificate);
    QVERIFY(ca.open(QIODevice::ReadOnly));
    const QByteArray caData = ca.readAll().toBase64();
    const auto listWith = [&](const QByteArray &extra) {
        const QString path =
            writeFile(QStringLiteral("tlsname.kubeconfig"),
                      "current-context: c\nclusters:\n- name: k\n  cluster:\n    server: " +
                          server.url().toUtf8() + "\n    certificate-authority-data: " + caData +
                          extra + "\ncontexts:\n- {name: c, context: {cluster: k}}\n");
        auto kube = client(path);
        return kube->list(KubeResource::pods());
    };
    const auto plain = listWith({});
    QVERIFY(!plain);
    QVERIFY2(plain.error().message.contains(QLatin1String("was not issued for host 127.0.0.1")),
             qPrintable(plain.error().message));
    const auto named = listWith("\n    tls-server-name: elsewhere.example");
    QVERIFY2(named, qPrintable(named ? QString() : named.error().message));
}

void TestKubeClient::clientCertificateAuth()
{
    QString error;
    const auto [certificate, key] = FakeKubeServer::makeClientCertificate(
        m_certificates, m_dir.filePath(QStringLiteral("ca")), QStringLiteral("tester"), &error);
    QVERIFY2(!certificate.isEmpty(), qPrintable(error));
    auto kube =
        client(writeConfig(QStringLiteral("cert"), "client-certificate: " + certificate.toUtf8() +
                                                       "\nclient-key: " + key.toUtf8()));
    QVERIFY(kube);
    const auto listed = kube->list(KubeResource::pods());
    QVERIFY2(listed, qPrintable(listed ? QString() : listed.error().message));
    // A certificate from another CA is not accepted.
    const auto [foreign, foreignKey] = FakeKubeServer::makeClientCertificate(
        m_otherCa, m_dir.filePath(QStringLiteral("other")), QStringLiteral("stranger"), &error);
    QVERIFY2(!foreign.isEmpty(), qPrintable(error));
    auto stranger =
        client(writeConfig(QStringLiteral("foreign"), "client-certificate: " + foreign.toUtf8() +
                                                          "\nclient-key: " + foreignKey.toUtf8()));
    QVERIFY(!stranger->list(KubeResource::pods()));
}

void TestKubeClient::basicAuth()
{
    m_server->setBasicAuth(QStringLiteral("admin"), QStringLiteral("pa:ss"));
    auto kube =
        client(writeConfig(QStringLiteral("basic"), "username: admin\npassword: \"pa:ss\""));
    const auto listed = kube->list(KubeResource::pods());
    QVERIFY2(listed, qPrintable(listed ? QString() : listed.error().message));
    auto wrong = client(writeConfig(QStringLiteral("basicwrong"), "username: admin\npassword: no"));
    QVERIFY(!wrong->list(KubeResource::pods()));
    m_server->setBasicAuth({}, {});
}

void TestKubeClient::execPluginRefreshesAfter401()
{
    // The first run hands out a token the server refuses, later runs the good one.
    const QString counter = m_dir.filePath(QStringLiteral("plugin-runs"));
    const QString info = m_dir.filePath(QStringLiteral("exec-info.json"));
    const QString plugin = writeFile(QStringLiteral("plugin.sh"), R"(#!/bin/sh
n=$(cat "$RUNS_FILE" 2>/dev/null || echo 0)
n=$((n + 1))
echo "$n" > "$RUNS_FILE"
printf '%s' "$KUBERNETES_EXEC_INFO" > "$INFO_FILE"
echo "plugin run $n" >&2
if [ "$n" -eq 1 ]; then token=expired-token; else token=good-token; fi
printf '{"apiVersion":"%s","kind":"ExecCredential","status":{"token":"%s","expirationTimestamp":"2099-01-01T00:00:00Z"}}\n' "$API" "$token"
)",
                                     true);
    for (const QByteArray &version : {QByteArray("v1"), QByteArray("v1beta1")}) {
        QFile::remove(counter);
        const QByteArray api = "client.authentication.k8s.io/" + version;
        auto kube = client(writeConfig(
            QStringLiteral("exec-") + QString::fromLatin1(version),
            "exec:\n  apiVersion: " + api + "\n  command: " + plugin.toUtf8() +
                "\n  interactiveMode: Never\n  provideClusterInfo: true\n  env:\n  - {name: "
                "RUNS_FILE, value: " +
                counter.toUtf8() + "}\n  - {name: INFO_FILE, value: " + info.toUtf8() +
                "}\n  - {name: API, value: " + api + "}"));
        QVERIFY(kube);
        const auto first = kube->list(KubeResource::pods());
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(kube->endpoint().credentials->execRuns(), 2);
        // The good token is cached: no further runs.
        QVERIFY(kube->list(KubeResource::pods()));
        QCOMPARE(kube->endpoint().credentials->execRuns(), 2);
        QFile infoFile(info);
        QVERIFY(infoFile.open(QIODevice::ReadOnly));
        const auto execInfo =
            DocumentReader::read(infoFile.readAll().toStdString(), DocumentFormat::Json, info);
        QVERIFY(execInfo);
        QCOMPARE(text(execInfo->get("apiVersion")), QString::fromLatin1(api));
        QCOMPARE(text(execInfo->at("spec.interactive")), QStringLiteral("false"));
        QCOMPARE(text(execInfo->at("spec.cluster.server")), m_server->url());
    }
}

void TestKubeClient::execPluginFailuresAreClear()
{
    const QString failing =
        writeFile(QStringLiteral("failing.sh"),
                  "#!/bin/sh\necho 'please log in at https://login.example' >&2\nexit 3\n", true);
    auto kube = client(writeConfig(QStringLiteral("exec-failing"),
                                   "exec:\n  apiVersion: client.authentication.k8s.io/v1\n  "
                                   "command: " +
                                       failing.toUtf8() + "\n  interactiveMode: Never"));
    auto listed = kube->list(KubeResource::pods());
    QVERIFY(!listed);
    QCOMPARE(listed.error().message,
             QStringLiteral("The credential plugin %1 of user \"tester\" failed with exit code 3: "
                            "please log in at https://login.example")
                 .arg(failing));
    const QString wrongVersion = writeFile(
        QStringLiteral("wrongversion.sh"),
        "#!/bin/sh\necho '{\"apiVersion\":\"client.authentication.k8s.io/v1beta1\",\"kind\":"
        "\"ExecCredential\",\"status\":{\"token\":\"x\"}}'\n",
        true);
    kube = client(writeConfig(QStringLiteral("exec-version"),
                              "exec:\n  apiVersion: client.authentication.k8s.io/v1\n  command: " +
                                  wrongVersion.toUtf8() + "\n  interactiveMode: Never"));
    listed = kube->list(KubeResource::pods());
    QVERIFY(!listed);
    QVERIFY2(listed.error().message.contains(QLatin1String("answered with apiVersion")),
             qPrintable(listed.error().message));
    kube = client(writeConfig(QStringLiteral("exec-missing"),
                              "exec:\n  apiVersion: client.authentication.k8s.io/v1\n  command: "
                              "no-such-plugin-runbench\n  interactiveMode: Never\n  installHint: "
                              "apt install no-such-plugin"));
    listed = kube->list(KubeResource::pods());
    QVERIFY(!listed);
    QVERIFY2(listed.error().message.endsWith(QLatin1String("is not installed (not found on PATH): "
                                                           "apt install no-such-plugin")),
             qPrintable(listed.error().message));
    kube = client(writeConfig(QStringLiteral("exec-always"),
                              "exec:\n  apiVersion: client.authentication.k8s.io/v1\n  command: " +
                                  failing.toUtf8() + "\n  interactiveMode: Always"));
    listed = kube->list(KubeResource::pods());
    QVERIFY(!listed);
    QVERIFY(listed.error().message.contains(QLatin1String("needs an interactive terminal")));
}

void TestKubeClient::kubectlReadsTheFake()
{
    const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (kubectl.isEmpty())
        QSKIP("kubectl is not installed, so the fake server's wire format is not cross-checked.");
    auto kube = client(m_tokenConfig, QStringLiteral("default"));
    for (const QString &name : {QStringLiteral("alpha"), QStringLiteral("beta")})
        if (!kube->get(KubeResource::pods(), name))
            QVERIFY(kube->create(KubeResource::pods(), pod(name)));
    const auto run = [&](const QStringList &arguments) {
        QProcess process;
        process.start(kubectl,
                      QStringList{QStringLiteral("--kubeconfig"), m_tokenConfig} + arguments);
        process.waitForFinished(60000);
        if (process.exitCode() != 0)
            qWarning().noquote() << process.readAllStandardError();
        return process.exitCode() == 0 ? process.readAllStandardOutput() : QByteArray();
    };
    const QByteArray raw = run({QStringLiteral("get"), QStringLiteral("--raw"),
                                QStringLiteral("/api/v1/namespaces/default/pods")});
    const auto rawList =
        DocumentReader::read(raw.toStdString(), DocumentFormat::Json, QStringLiteral("kubectl"));
    QVERIFY(rawList);
    QCOMPARE(text(rawList->get("kind")), QStringLiteral("PodList"));
    QCOMPARE(rawList->get("items")->items().size(), size_t(2));
    const QByteArray pods =
        run({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"),
             QStringLiteral("default"), QStringLiteral("-o"), QStringLiteral("json")});
    const auto list =
        DocumentReader::read(pods.toStdString(), DocumentFormat::Json, QStringLiteral("kubectl"));
    QVERIFY2(list, qPrintable(QString::fromUtf8(pods)));
    QStringList names;
    for (const Node &item : list->get("items")->items())
        names.append(text(item.at("metadata.name")));
    QCOMPARE(names, QStringList({QStringLiteral("alpha"), QStringLiteral("beta")}));
    // A watch stream, ended by the server's timeout.
    const QByteArray watch = run({QStringLiteral("get"), QStringLiteral("--raw"),
                                  QStringLiteral("/api/v1/namespaces/default/pods?watch=1&"
                                                 "timeoutSeconds=1")});
    const QList<QByteArray> events = watch.trimmed().split('\n');
    QCOMPARE(events.size(), 2);
    for (const QByteArray &line : events) {
        const auto event = DocumentReader::read(line.toStdString(), DocumentFormat::Json,
                                                QStringLiteral("kubectl"));
        QVERIFY(event);
        QCOMPARE(text(event->get("type")), QStringLiteral("ADDED"));
        QCOMPARE(text(event->at("object.kind")), QStringLiteral("Pod"));
    }
    // A followed log that ends when the container finishes.
    QVERIFY(m_server->setPodState(QStringLiteral("default"), QStringLiteral("alpha"),
                                  FakeKubeServer::PodState::Running));
    m_server->appendLog(QStringLiteral("default"), QStringLiteral("alpha"), "one\ntwo\n");
    m_server->finishLog(QStringLiteral("default"), QStringLiteral("alpha"));
    QCOMPARE(run({QStringLiteral("logs"), QStringLiteral("-f"), QStringLiteral("-n"),
                  QStringLiteral("default"), QStringLiteral("alpha")}),
             QByteArray("one\ntwo\n"));
}

QTEST_GUILESS_MAIN(TestKubeClient)
#include "tst_kubeclient.moc"
