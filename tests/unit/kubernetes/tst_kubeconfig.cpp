// SPDX-License-Identifier: Apache-2.0
#include "document/documentreader.h"
#include "kubernetes/kubeconfig.h"
#include "kubernetes/kubecredentials.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Runbench::Models;
using namespace Runbench::Runtimes;

// kubeconfig lookup, merge and validation as kubectl does it, every kind of credential, and the
// in-cluster service-account configuration.
class TestKubeConfig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void kubeconfigPathsSplitAndDeduplicate();
    void firstFileWinsForEveryName();
    void mergeMatchesKubectl();
    void missingFilesAreSkipped();
    void homeConfigIsTheDefault();
    void explicitFileMustExist();
    void brokenFilesAreNamed_data();
    void brokenFilesAreNamed();
    void relativePathsFollowTheirFile();
    void caDataWinsOverTheFile();
    void insecureOnlyWhenTheFileSaysSo();
    void invalidContexts_data();
    void invalidContexts();
    void namespaceDefaultsAndOverride();
    void credentialsBecomeHeaders();
    void tokenFileIsReadAndReReadAfter401();
    void noCredentialsOverPlainHttp();
    void execCredentialIsCachedUntilItExpires();
    void inClusterConfig();
    void inClusterIsTheLastResort();

private:
    QString write(const QString &name, const QByteArray &content);
    QProcessEnvironment environment(const QString &kubeconfig) const;

    QTemporaryDir m_dir;
};

void TestKubeConfig::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestKubeConfig::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(content);
    return path;
}

QProcessEnvironment TestKubeConfig::environment(const QString &kubeconfig) const
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("nohome")));
    if (!kubeconfig.isEmpty())
        environment.insert(QStringLiteral("KUBECONFIG"), kubeconfig);
    return environment;
}

void TestKubeConfig::kubeconfigPathsSplitAndDeduplicate()
{
    QCOMPARE(KubeConfig::kubeconfigPaths(QStringLiteral("/a::/b:/a:")),
             QStringList({QStringLiteral("/a"), QStringLiteral("/b")}));
    QVERIFY(KubeConfig::kubeconfigPaths(QString()).isEmpty());
}

namespace {

const QByteArray FileA = R"(apiVersion: v1
kind: Config
current-context: ctx-a
clusters:
- name: shared
  cluster: {server: "https://a.example:6443"}
- name: only-a
  cluster: {server: "https://only-a.example"}
users:
- name: ua
  user: {token: token-a}
contexts:
- name: ctx-a
  context: {cluster: shared, user: ua, namespace: team-a}
)";

const QByteArray FileB = R"(apiVersion: v1
kind: Config
current-context: ctx-b
clusters:
- name: shared
  cluster: {server: "https://b.example:6443", insecure-skip-tls-verify: true}
- name: only-b
  cluster: {server: "https://only-b.example/k8s/clusters/c-x"}
users:
- name: ua
  user: {username: admin, password: secret}
- name: ub
  user: {username: bob, password: builder}
contexts:
- name: ctx-b
  context: {cluster: only-b, user: ub}
- name: ctx-a
  context: {cluster: only-b, user: ub, namespace: ignored}
)";

const QByteArray FileC = R"(apiVersion: v1
kind: Config
clusters: []
users:
- name: uc
  user: {token: token-c}
contexts: []
)";

} // namespace

void TestKubeConfig::firstFileWinsForEveryName()
{
    const QString a = write(QStringLiteral("merge/a"), FileA);
    const QString b = write(QStringLiteral("merge/b"), FileB);
    const QString c = write(QStringLiteral("merge/c"), FileC);
    const auto ab = KubeConfig::loadMerged({a, b});
    QVERIFY2(ab, qPrintable(ab ? QString() : ab.error().message));
    QCOMPARE(ab->currentContext(), QStringLiteral("ctx-a"));
    QCOMPARE(ab->cluster(QStringLiteral("shared"))->server,
             QStringLiteral("https://a.example:6443"));
    QVERIFY(!ab->cluster(QStringLiteral("shared"))->insecureSkipTlsVerify);
    // The later stanza is dropped whole, even its fields the first one lacks.
    QCOMPARE(ab->user(QStringLiteral("ua"))->token, QStringLiteral("token-a"));
    QVERIFY(ab->user(QStringLiteral("ua"))->username.isEmpty());
    QCOMPARE(ab->context(QStringLiteral("ctx-a"))->nameSpace, QStringLiteral("team-a"));
    QCOMPARE(ab->clusterNames(), QStringList({QStringLiteral("only-a"), QStringLiteral("only-b"),
                                              QStringLiteral("shared")}));
    // current-context comes from the first file that sets one.
    const auto cba = KubeConfig::loadMerged({c, b, a});
    QVERIFY(cba);
    QCOMPARE(cba->currentContext(), QStringLiteral("ctx-b"));
    QCOMPARE(cba->user(QStringLiteral("ua"))->username, QStringLiteral("admin"));
    QCOMPARE(cba->files(), QStringList({c, b, a}));
}

void TestKubeConfig::mergeMatchesKubectl()
{
    const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (kubectl.isEmpty())
        QSKIP("kubectl is not installed, so the merge cannot be compared with it.");
    const QString a = write(QStringLiteral("oracle/a"), FileA);
    const QString b = write(QStringLiteral("oracle/b"), FileB);
    const QString c = write(QStringLiteral("oracle/c"), FileC);
    for (const QStringList &order :
         {QStringList{a, b, c}, QStringList{c, b, a}, QStringList{b, a}}) {
        const QString list = order.join(QLatin1Char(':'));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECONFIG"), list);
        process.setProcessEnvironment(env);
        process.start(kubectl,
                      {QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("--raw"),
                       QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray output = process.readAllStandardOutput();
        const auto oracle = DocumentReader::read(output.toStdString(), DocumentFormat::Json,
                                                 QStringLiteral("kubectl"));
        QVERIFY(oracle);
        const auto ours = KubeConfig::load(environment(list));
        QVERIFY2(ours, qPrintable(ours ? QString() : ours.error().message));
        const auto textOf = [](const Node *node) {
            return node ? QString::fromStdString(node->displayText()) : QString();
        };
        QCOMPARE(ours->currentContext(), textOf(oracle->get("current-context")));
        QStringList clusters;
        for (const Node &entry : oracle->get("clusters")->items()) {
            const QString name = textOf(entry.get("name"));
            clusters.append(name);
            QCOMPARE(ours->cluster(name)->server, textOf(entry.at("cluster.server")));
            QCOMPARE(ours->cluster(name)->insecureSkipTlsVerify,
                     textOf(entry.at("cluster.insecure-skip-tls-verify")) == QLatin1String("true"));
        }
        QCOMPARE(ours->clusterNames(), clusters);
        QStringList users;
        for (const Node &entry : oracle->get("users")->items()) {
            const QString name = textOf(entry.get("name"));
            users.append(name);
            QCOMPARE(ours->user(name)->token, textOf(entry.at("user.token")));
            QCOMPARE(ours->user(name)->username, textOf(entry.at("user.username")));
            QCOMPARE(ours->user(name)->password, textOf(entry.at("user.password")));
        }
        QCOMPARE(ours->userNames(), users);
        QStringList contexts;
        for (const Node &entry : oracle->get("contexts")->items()) {
            const QString name = textOf(entry.get("name"));
            contexts.append(name);
            QCOMPARE(ours->context(name)->cluster, textOf(entry.at("context.cluster")));
            QCOMPARE(ours->context(name)->user, textOf(entry.at("context.user")));
            QCOMPARE(ours->context(name)->nameSpace, textOf(entry.at("context.namespace")));
        }
        QCOMPARE(ours->contextNames(), contexts);
    }
}

void TestKubeConfig::missingFilesAreSkipped()
{
    const QString a = write(QStringLiteral("missing/a"), FileA);
    const QString missing = m_dir.filePath(QStringLiteral("missing/none"));
    const auto config = KubeConfig::load(environment(missing + QLatin1Char(':') + a));
    QVERIFY(config);
    QCOMPARE(config->files(), QStringList{a});
    const auto none =
        KubeConfig::load(environment(missing), m_dir.filePath(QStringLiteral("nosa")));
    QVERIFY(!none);
    QVERIFY2(none.error().message.contains(QLatin1String("No kubeconfig was found")),
             qPrintable(none.error().message));
}

void TestKubeConfig::homeConfigIsTheDefault()
{
    const QString home = m_dir.filePath(QStringLiteral("home"));
    const QString path = write(QStringLiteral("home/.kube/config"), FileB);
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home);
    const auto config = KubeConfig::load(env);
    QVERIFY(config);
    QCOMPARE(config->files(), QStringList{path});
    QCOMPARE(config->currentContext(), QStringLiteral("ctx-b"));
}

void TestKubeConfig::explicitFileMustExist()
{
    const QString missing = m_dir.filePath(QStringLiteral("explicit-missing"));
    const auto config = KubeConfig::loadFile(missing);
    QVERIFY(!config);
    QCOMPARE(config.error().message,
             QStringLiteral("The kubeconfig file %1 does not exist.").arg(missing));
}

void TestKubeConfig::brokenFilesAreNamed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("yaml") << QByteArray("clusters:\n  - name: [unclosed\n")
                          << QStringLiteral("could not be read");
    QTest::newRow("not a mapping")
        << QByteArray("- a\n- b\n") << QStringLiteral("does not hold a mapping");
    QTest::newRow("list is a string")
        << QByteArray("clusters: nope\n") << QStringLiteral("The clusters of kubeconfig file");
    QTest::newRow("nameless") << QByteArray("users:\n- user: {token: x}\n")
                              << QStringLiteral("has an entry in users without a name");
    QTest::newRow("bad base64") << QByteArray(
                                       "clusters:\n- name: c\n  cluster: {server: 'https://x', "
                                       "certificate-authority-data: '%%%'}\n")
                                << QStringLiteral("certificate-authority-data of cluster \"c\"");
}

void TestKubeConfig::brokenFilesAreNamed()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = write(QStringLiteral("broken/%1")
                                   .arg(QString::fromLatin1(QTest::currentDataTag())
                                            .replace(QLatin1Char(' '), QLatin1Char('-'))),
                               content);
    const auto config = KubeConfig::loadFile(path);
    QVERIFY(!config);
    QVERIFY2(config.error().message.contains(expected), qPrintable(config.error().message));
    QVERIFY2(config.error().message.contains(path), qPrintable(config.error().message));
}

void TestKubeConfig::relativePathsFollowTheirFile()
{
    write(QStringLiteral("relative/certs/ca.pem"), "CA-PEM");
    write(QStringLiteral("relative/certs/client.pem"), "CLIENT-PEM");
    write(QStringLiteral("relative/certs/client.key"), "CLIENT-KEY");
    const QString path = write(QStringLiteral("relative/config"), R"(
current-context: c
clusters:
- name: k
  cluster: {server: "https://k.example", certificate-authority: certs/ca.pem}
users:
- name: u
  user: {client-certificate: certs/client.pem, client-key: certs/client.key}
contexts:
- name: c
  context: {cluster: k, user: u}
)");
    const auto config = KubeConfig::loadFile(path);
    QVERIFY(config);
    QCOMPARE(config->cluster(QStringLiteral("k"))->certificateAuthority,
             m_dir.filePath(QStringLiteral("relative/certs/ca.pem")));
    const auto endpoint = config->endpoint();
    QVERIFY2(endpoint, qPrintable(endpoint ? QString() : endpoint.error().message));
    QCOMPARE(endpoint->caPem, QByteArray("CA-PEM"));
    HttpRequest request;
    request.url = QStringLiteral("https://k.example/api");
    QVERIFY(endpoint->credentials->apply(request));
    QCOMPARE(request.clientCertificate, QByteArray("CLIENT-PEM"));
    QCOMPARE(request.clientKey, QByteArray("CLIENT-KEY"));
    QVERIFY(request.headers.isEmpty());
}

void TestKubeConfig::caDataWinsOverTheFile()
{
    const QString path = write(QStringLiteral("cadata/config"), R"(
current-context: c
clusters:
- name: k
  cluster: {server: "https://k.example/", certificate-authority: missing.pem, certificate-authority-data: REFUQS1QRU0=}
contexts:
- name: c
  context: {cluster: k}
)");
    const auto endpoint = KubeConfig::loadFile(path)->endpoint();
    QVERIFY2(endpoint, qPrintable(endpoint ? QString() : endpoint.error().message));
    QCOMPARE(endpoint->caPem, QByteArray("DATA-PEM"));
    QCOMPARE(endpoint->server, QStringLiteral("https://k.example"));
}

void TestKubeConfig::insecureOnlyWhenTheFileSaysSo()
{
    const QString insecure = write(QStringLiteral("insecure/config"), R"(
current-context: c
clusters:
- name: k
  cluster: {server: "https://k.example", insecure-skip-tls-verify: true}
- name: plain
  cluster: {server: "https://k.example", insecure-skip-tls-verify: "yes"}
contexts:
- name: c
  context: {cluster: k}
- name: p
  context: {cluster: plain}
)");
    const auto config = KubeConfig::loadFile(insecure);
    QVERIFY(config);
    QVERIFY(config->endpoint()->insecureSkipTlsVerify);
    // Only a real YAML true counts.
    QVERIFY(!config->endpoint(QStringLiteral("p"))->insecureSkipTlsVerify);
}

void TestKubeConfig::invalidContexts_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("expected");
    const QByteArray base = R"(
clusters:
- name: k
  cluster: {server: "https://k.example"}
- name: noserver
  cluster: {}
- name: both
  cluster: {server: "https://k.example", insecure-skip-tls-verify: true, certificate-authority-data: QUJD}
- name: ftp
  cluster: {server: "ftp://k.example"}
users:
- name: two
  user: {token: t, username: u, password: p}
- name: halfcert
  user: {client-certificate-data: QUJD}
- name: nocommand
  user: {exec: {apiVersion: client.authentication.k8s.io/v1, interactiveMode: Never}}
- name: nomode
  user: {exec: {apiVersion: client.authentication.k8s.io/v1, command: plugin}}
- name: alpha
  user: {exec: {apiVersion: client.authentication.k8s.io/v1alpha1, command: plugin}}
- name: gcp
  user: {auth-provider: {name: gcp}}
contexts:
- {name: unknown-cluster, context: {cluster: nope}}
- {name: unknown-user, context: {cluster: k, user: nope}}
- {name: noserver, context: {cluster: noserver}}
- {name: both, context: {cluster: both}}
- {name: ftp, context: {cluster: ftp}}
- {name: two, context: {cluster: k, user: two}}
- {name: halfcert, context: {cluster: k, user: halfcert}}
- {name: nocommand, context: {cluster: k, user: nocommand}}
- {name: nomode, context: {cluster: k, user: nomode}}
- {name: alpha, context: {cluster: k, user: alpha}}
- {name: gcp, context: {cluster: k, user: gcp}}
- {name: badns, context: {cluster: k, namespace: Bad_NS}}
)";
    const auto row = [&](const char *name, const char *expected) {
        QTest::newRow(name) << base << QString::fromLatin1(name) << QString::fromUtf8(expected);
    };
    QTest::newRow("no current context")
        << base << QString() << QStringLiteral("sets no current-context");
    row("missing", "has no context named \"missing\"");
    row("unknown-cluster", "refers to cluster \"nope\"");
    row("unknown-user", "refers to user \"nope\"");
    row("noserver", "Cluster \"noserver\"");
    row("both", "insecure-skip-tls-verify together with a certificate authority");
    row("ftp", "is not an http or https address");
    row("two", "more than one authentication method");
    row("halfcert", "client certificate without its key");
    row("nocommand", "lacks a command");
    row("nomode", "must set interactiveMode");
    row("alpha", "client.authentication.k8s.io/v1alpha1");
    row("gcp", "removed auth-provider \"gcp\"");
    row("badns", "\"Bad_NS\" of context \"badns\" is not a valid Kubernetes name");
}

void TestKubeConfig::invalidContexts()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, context);
    QFETCH(QString, expected);
    const auto config = KubeConfig::loadFile(write(QStringLiteral("invalid/config"), content));
    QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
    const auto endpoint = config->endpoint(context);
    QVERIFY(!endpoint);
    QVERIFY2(endpoint.error().message.contains(expected), qPrintable(endpoint.error().message));
}

void TestKubeConfig::namespaceDefaultsAndOverride()
{
    const auto config = KubeConfig::loadFile(write(QStringLiteral("ns/config"), FileB));
    QVERIFY(config);
    QCOMPARE(config->endpoint()->nameSpace, QStringLiteral("default"));
    QCOMPARE(config->endpoint({}, QStringLiteral("other"))->nameSpace, QStringLiteral("other"));
    QCOMPARE(config->endpoint()->server, QStringLiteral("https://only-b.example/k8s/clusters/c-x"));
    QCOMPARE(config->endpoint()->contextName, QStringLiteral("ctx-b"));
}

void TestKubeConfig::credentialsBecomeHeaders()
{
    const auto merged = KubeConfig::loadMerged(
        {write(QStringLiteral("headers/a"), FileA), write(QStringLiteral("headers/b"), FileB)});
    QVERIFY(merged);
    HttpRequest bearer;
    bearer.url = QStringLiteral("https://a.example:6443/api");
    QVERIFY(merged->endpoint(QStringLiteral("ctx-a"))->credentials->apply(bearer));
    QCOMPARE(bearer.headers.size(), 1);
    QCOMPARE(bearer.headers.first().second, QByteArray("Bearer token-a"));
    HttpRequest basic;
    basic.url = QStringLiteral("https://only-b.example/api");
    QVERIFY(merged->endpoint(QStringLiteral("ctx-b"))->credentials->apply(basic));
    QCOMPARE(basic.headers.first().second, "Basic " + QByteArray("bob:builder").toBase64());
}

void TestKubeConfig::tokenFileIsReadAndReReadAfter401()
{
    const QString token = write(QStringLiteral("tokenfile/token"), "first\n");
    const auto config = KubeConfig::loadFile(write(QStringLiteral("tokenfile/config"), R"(
current-context: c
clusters: [{name: k, cluster: {server: "https://k.example"}}]
users: [{name: u, user: {tokenFile: token}}]
contexts: [{name: c, context: {cluster: k, user: u}}]
)"));
    QVERIFY(config);
    const auto endpoint = config->endpoint();
    QVERIFY(endpoint);
    HttpRequest request;
    request.url = QStringLiteral("https://k.example/api");
    QVERIFY(endpoint->credentials->apply(request));
    QCOMPARE(request.headers.first().second, QByteArray("Bearer first"));
    write(QStringLiteral("tokenfile/token"), "second");
    QVERIFY(endpoint->credentials->invalidate());
    HttpRequest again;
    again.url = request.url;
    QVERIFY(endpoint->credentials->apply(again));
    QCOMPARE(again.headers.first().second, QByteArray("Bearer second"));
    QFile::remove(token);
    QVERIFY(endpoint->credentials->invalidate());
    HttpRequest gone;
    gone.url = request.url;
    const auto applied = endpoint->credentials->apply(gone);
    QVERIFY(!applied);
    QVERIFY2(applied.error().message.contains(token), qPrintable(applied.error().message));
}

void TestKubeConfig::noCredentialsOverPlainHttp()
{
    const auto config = KubeConfig::loadFile(write(QStringLiteral("plain/config"), R"(
current-context: c
clusters: [{name: k, cluster: {server: "http://127.0.0.1:8080"}}]
users: [{name: u, user: {token: never-sent}}]
contexts: [{name: c, context: {cluster: k, user: u}}]
)"));
    HttpRequest request;
    request.url = QStringLiteral("http://127.0.0.1:8080/api");
    QVERIFY(config->endpoint()->credentials->apply(request));
    QVERIFY(request.headers.isEmpty());
}

void TestKubeConfig::execCredentialIsCachedUntilItExpires()
{
    // The plugin prints its run count as the token and the expiry it is given in EXPIRY.
    const QString runs = m_dir.filePath(QStringLiteral("exec/runs"));
    const QString plugin = write(QStringLiteral("exec/plugin.sh"), R"(#!/bin/sh
n=$(cat "$RUNS" 2>/dev/null || echo 0); n=$((n + 1)); echo "$n" > "$RUNS"
printf '{"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential","status":{"token":"run-%s"%s}}' "$n" "$EXPIRY"
)");
    QFile(plugin).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const auto tokenAfter = [&](const QString &expiry, int applies) {
        QFile::remove(runs);
        const auto config = KubeConfig::loadFile(write(
            QStringLiteral("exec/config"), R"(
current-context: c
clusters: [{name: k, cluster: {server: "https://k.example"}}]
users: [{name: u, user: {exec: {apiVersion: client.authentication.k8s.io/v1beta1, command: ./plugin.sh, env: [{name: RUNS, value: ")" +
                                               runs.toUtf8() + R"("}, {name: EXPIRY, value: ')" +
                                               expiry.toUtf8() + R"('}]}}}]
contexts: [{name: c, context: {cluster: k, user: u}}]
)"));
        const auto endpoint = config->endpoint();
        QByteArray token;
        for (int i = 0; i < applies; ++i) {
            HttpRequest request;
            request.url = QStringLiteral("https://k.example/api");
            if (!endpoint->credentials->apply(request))
                return QByteArray("failed");
            token = request.headers.first().second;
        }
        return token;
    };
    QCOMPARE(tokenAfter({}, 3), QByteArray("Bearer run-1"));
    QCOMPARE(tokenAfter(QStringLiteral(R"(,"expirationTimestamp":"2099-01-01T00:00:00Z")"), 3),
             QByteArray("Bearer run-1"));
    QCOMPARE(tokenAfter(QStringLiteral(R"(,"expirationTimestamp":"2000-01-01T00:00:00Z")"), 3),
             QByteArray("Bearer run-3"));
    QCOMPARE(tokenAfter(QStringLiteral(R"(,"expirationTimestamp":"soon")"), 1),
             QByteArray("failed"));
}

void TestKubeConfig::inClusterConfig()
{
    const QString account = m_dir.filePath(QStringLiteral("serviceaccount"));
    write(QStringLiteral("serviceaccount/token"), "sa-token\n");
    write(QStringLiteral("serviceaccount/ca.crt"), "SA-CA");
    write(QStringLiteral("serviceaccount/namespace"), "jobs\n");
    QProcessEnvironment env;
    env.insert(QStringLiteral("KUBERNETES_SERVICE_HOST"), QStringLiteral("fd00::1"));
    env.insert(QStringLiteral("KUBERNETES_SERVICE_PORT"), QStringLiteral("443"));
    const auto config = KubeConfig::inCluster(env, account);
    QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
    QVERIFY(config->isInCluster());
    const auto endpoint = config->endpoint();
    QVERIFY(endpoint);
    QCOMPARE(endpoint->server, QStringLiteral("https://[fd00::1]:443"));
    QCOMPARE(endpoint->nameSpace, QStringLiteral("jobs"));
    QCOMPARE(endpoint->caPem, QByteArray("SA-CA"));
    HttpRequest request;
    request.url = endpoint->server + QStringLiteral("/api");
    QVERIFY(endpoint->credentials->apply(request));
    QCOMPARE(request.headers.first().second, QByteArray("Bearer sa-token"));
    env.insert(QStringLiteral("POD_NAMESPACE"), QStringLiteral("from-env"));
    QCOMPARE(KubeConfig::inCluster(env, account)->endpoint()->nameSpace,
             QStringLiteral("from-env"));
    env.remove(QStringLiteral("KUBERNETES_SERVICE_PORT"));
    const auto outside = KubeConfig::inCluster(env, account);
    QVERIFY(!outside);
    QVERIFY(
        outside.error().message.contains(QLatin1String("does not run inside a Kubernetes pod")));
}

void TestKubeConfig::inClusterIsTheLastResort()
{
    const QString account = m_dir.filePath(QStringLiteral("lastresort"));
    write(QStringLiteral("lastresort/token"), "sa");
    write(QStringLiteral("lastresort/ca.crt"), "CA");
    QProcessEnvironment env = environment({});
    env.insert(QStringLiteral("KUBERNETES_SERVICE_HOST"), QStringLiteral("10.0.0.1"));
    env.insert(QStringLiteral("KUBERNETES_SERVICE_PORT"), QStringLiteral("6443"));
    const auto config = KubeConfig::load(env, account);
    QVERIFY(config);
    QVERIFY(config->isInCluster());
    QCOMPARE(config->endpoint()->server, QStringLiteral("https://10.0.0.1:6443"));
    QCOMPARE(config->endpoint()->nameSpace, QStringLiteral("default"));
    // A kubeconfig, when there is one, comes first.
    const QString a = write(QStringLiteral("lastresort-a"), FileA);
    env.insert(QStringLiteral("KUBECONFIG"), a);
    QVERIFY(!KubeConfig::load(env, account)->isInCluster());
}

QTEST_GUILESS_MAIN(TestKubeConfig)
#include "tst_kubeconfig.moc"
