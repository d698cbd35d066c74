// SPDX-License-Identifier: Apache-2.0
#include "document/documentreader.h"
#include "testdata.h"
#include "testjson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Runbench::Models;
using namespace Qt::StringLiterals;

namespace {

const char *kFunction = R"(kind: job
metadata:
  name: trainer
  project: ml-team
spec:
  image: ghcr.io/org/train:1.2
  default_handler: train
  build:
    functionSourceCode: ZGVmIHRyYWluKGNvbnRleHQsIHg9MSk6CiAgICBjb250ZXh0LmxvZ19yZXN1bHQoInkiLCB4ICogMikK
  env:
  - {name: EPOCHS, value: 10}
  - name: TOKEN
    valueFrom: {secretKeyRef: {name: hf, key: token, optional: false}}
  - name: POD_IP
    valueFrom: {fieldRef: {fieldPath: status.podIP}}
  resources:
    limits: {nvidia.com/gpu: 1, memory: 4Gi, cpu: "2"}
    requests: {memory: 2Gi, cpu: 500m}
  node_name: node-7
  node_selector: {disk: ssd}
  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
        - matchExpressions:
          - {key: zone, operator: In, values: [a, b]}
      preferredDuringSchedulingIgnoredDuringExecution:
      - weight: 50
        preference:
          matchExpressions: [{key: disk, operator: Exists}]
  tolerations:
  - {key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}
  - {key: spot, operator: Equal, value: "true", effect: NoExecute, tolerationSeconds: 60}
  priority_class_name: high
  preemption_mode: constrain
  volumes:
  - {name: data, persistentVolumeClaim: {claimName: datasets, readOnly: true}}
  - {name: shm, emptyDir: {medium: Memory, sizeLimit: 1Gi}}
  - {name: cfg, configMap: {name: settings}}
  - {name: creds, secret: {secretName: creds}}
  - {name: host, hostPath: {path: /mnt/x, type: Directory}}
  volume_mounts:
  - {name: data, mountPath: /data, readOnly: true}
  - {name: shm, mountPath: /dev/shm}
  - {name: cfg, mountPath: /etc/cfg}
  - {name: creds, mountPath: /etc/creds}
  - {name: host, mountPath: /host}
  image_pull_policy: IfNotPresent
  image_pull_secret: regcred
  service_account: trainer
  security_context: {runAsUser: 1000, runAsNonRoot: true, allowPrivilegeEscalation: false}
  replicas: 2
)";

} // namespace

// `runbench run FILE --target kubernetes --dry-run` of the real binary: the manifests as a v1
// List in JSON and YAML without a cluster or a store, clear refusals, and the manifests of every
// kind accepted by kubernetes-models' validate() when node and npm are at hand.
class TestCliK8sDryRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonList();
    void yamlList();
    void sweepBecomesOneJobPerIteration();
    void refusals_data();
    void refusals();
    void kubernetesModelsAccept_data();
    void kubernetesModelsAccept();
    void kubernetesModelsCatchABrokenManifest();
    void hubFunctionsGiveValidManifests();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result runbench(const QStringList &args) const;
    QString functionFile(const QString &kind) const;
    // Runs the validation script on a JSON document; skips when node or the package is missing.
    Result validate(const QByteArray &json);

    QTemporaryDir m_dir;
    QString m_db;
    QString m_npmDir;
    QString m_npmProblem;
};

void TestCliK8sDryRun::initTestCase()
{
    QVERIFY(QFileInfo(TestData::runbenchBinary()).isExecutable());
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"runbench.db"_s);

    // kubernetes-models, pinned by package-lock.json, installed once into the build tree.
    m_npmDir = QFileInfo(TestData::runbenchBinary()).absolutePath() + u"/../npm"_s;
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    const QString npm = QStandardPaths::findExecutable(u"npm"_s);
    if (node.isEmpty() || npm.isEmpty()) {
        m_npmProblem = u"node or npm is not installed (apt-get install nodejs npm)"_s;
        return;
    }
    QDir().mkpath(m_npmDir);
    const QString support = TestData::sourceDir() + u"/tests/support/"_s;
    for (const QString &file :
         {u"kubernetes-models/package.json"_s, u"kubernetes-models/package-lock.json"_s,
          u"validate_manifests.mjs"_s}) {
        const QString target = m_npmDir + u'/' + QFileInfo(file).fileName();
        QFile::remove(target);
        QVERIFY(QFile::copy(support + file, target));
    }
    if (QFileInfo::exists(m_npmDir + u"/node_modules/kubernetes-models/package.json"_s))
        return;
    QProcess install;
    install.setWorkingDirectory(m_npmDir);
    install.setProcessChannelMode(QProcess::MergedChannels);
    install.start(npm, {u"ci"_s, u"--no-audit"_s, u"--no-fund"_s});
    if (!install.waitForFinished(240000) || install.exitCode() != 0)
        m_npmProblem = u"npm ci of kubernetes-models in %1 failed: %2"_s.arg(
            m_npmDir, QString::fromUtf8(install.readAll().right(400)));
}

TestCliK8sDryRun::Result TestCliK8sDryRun::runbench(const QStringList &args) const
{
    QProcess p;
    p.start(TestData::runbenchBinary(), QStringList{u"--db"_s, m_db} + args);
    Result r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString TestCliK8sDryRun::functionFile(const QString &kind) const
{
    const QString path = m_dir.filePath(kind + u".yaml"_s);
    QFile file(path);
    if (!file.exists() && file.open(QIODevice::WriteOnly))
        file.write(QByteArray(kFunction).replace("kind: job", "kind: " + kind.toUtf8()));
    return path;
}

TestCliK8sDryRun::Result TestCliK8sDryRun::validate(const QByteArray &json)
{
    Result r;
    if (!m_npmProblem.isEmpty())
        return r;
    QProcess p;
    p.start(QStandardPaths::findExecutable(u"node"_s), {m_npmDir + u"/validate_manifests.mjs"_s});
    p.write(json);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestCliK8sDryRun::jsonList()
{
    const Result r = runbench({u"run"_s, functionFile(u"job"_s), u"--target"_s, u"kubernetes"_s,
                               u"--dry-run"_s, u"--namespace"_s, u"team-a"_s, u"--context"_s,
                               u"prod"_s, u"--param"_s, u"x=4"_s, u"-o"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Node list = TestJson::parseBytes(r.out);
    QCOMPARE(list.at("kind")->text(), std::string("List"));
    QCOMPARE(list.at("items")->size(), std::size_t(2));
    const Node &map = list.at("items")->items()[0];
    const Node &job = list.at("items")->items()[1];
    QCOMPARE(map.at("kind")->text(), std::string("ConfigMap"));
    QCOMPARE(job.at("kind")->text(), std::string("Job"));
    QCOMPARE(job.at("metadata.namespace")->text(), std::string("team-a"));
    QCOMPARE(job.at("metadata.annotations")->get("runbench/kube-context")->text(),
             std::string("prod"));
    QCOMPARE(job.at("spec.template.spec.restartPolicy")->text(), std::string("Never"));
    const Node task = TestJson::parse(map.at("data")->get("task.json")->text());
    QCOMPARE(TestJson::text(*task.get("parameters")), u"{\"x\": 4}"_s);
    QVERIFY2(!QFileInfo::exists(m_db), "a dry run of a file must not create the store");
}

void TestCliK8sDryRun::yamlList()
{
    const Result r = runbench({u"run"_s, functionFile(u"job"_s), u"--target"_s, u"kubernetes"_s,
                               u"--dry-run"_s, u"-o"_s, u"yaml"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const auto list = DocumentReader::read(std::string_view(r.out.constData(), r.out.size()),
                                           DocumentFormat::Yaml, u"stdout"_s);
    QVERIFY(list);
    QCOMPARE(list->at("apiVersion")->text(), std::string("v1"));
    QCOMPARE(list->at("items")->size(), std::size_t(2));
    const Node &job = list->at("items")->items()[1];
    QCOMPARE(job.at("metadata.namespace")->text(), std::string("default"));
    QCOMPARE(job.at("spec.backoffLimit")->displayText(), std::string("0"));
}

void TestCliK8sDryRun::sweepBecomesOneJobPerIteration()
{
    const Result r = runbench({u"run"_s, functionFile(u"job"_s), u"--target"_s, u"kubernetes"_s,
                               u"--dry-run"_s, u"--hyper"_s, u"x=[1,2,3]"_s, u"-o"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Node list = TestJson::parseBytes(r.out);
    QCOMPARE(list.at("items")->size(), std::size_t(6));
    const Node &third = list.at("items")->items()[5];
    QCOMPARE(third.at("metadata.labels")->get("mlrun/iteration")->text(), std::string("3"));
    if (!m_npmProblem.isEmpty())
        QSKIP(qPrintable(m_npmProblem));
    const Result valid = validate(r.out);
    QVERIFY2(valid.exitCode == 0, (valid.out + valid.err).constData());
}

void TestCliK8sDryRun::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no dry run")
        << QStringList{u"--target"_s, u"kubernetes"_s}
        << u"Submitting runs to a Kubernetes cluster is not available yet"_s;
    QTest::newRow("unknown target") << QStringList{u"--target"_s, u"mars"_s}
                                    << u"--target takes local or kubernetes, not 'mars'."_s;
    QTest::newRow("dry run locally")
        << QStringList{u"--dry-run"_s} << u"use it with --target kubernetes"_s;
    QTest::newRow("bad namespace") << QStringList{u"--target"_s, u"kubernetes"_s, u"--dry-run"_s,
                                                  u"--namespace"_s, u"Team_A"_s}
                                   << u"The namespace 'Team_A'"_s;
}

void TestCliK8sDryRun::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = runbench(QStringList{u"run"_s, functionFile(u"job"_s)} + args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCliK8sDryRun::kubernetesModelsAccept_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"job", "mpijob", "spark", "dask", "nuclio", "serving", "remote"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestCliK8sDryRun::kubernetesModelsAccept()
{
    QFETCH(QString, kind);
    const Result r = runbench({u"run"_s, functionFile(kind), u"--target"_s, u"kubernetes"_s,
                               u"--dry-run"_s, u"-o"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    if (!m_npmProblem.isEmpty())
        QSKIP(qPrintable(m_npmProblem));
    const Result valid = validate(r.out);
    QVERIFY2(valid.exitCode == 0, (valid.out + valid.err).constData());
    QCOMPARE(valid.out.count("valid "), TestJson::parseBytes(r.out).at("items")->size());
}

void TestCliK8sDryRun::kubernetesModelsCatchABrokenManifest()
{
    if (!m_npmProblem.isEmpty())
        QSKIP(qPrintable(m_npmProblem));
    const Result r = runbench({u"run"_s, functionFile(u"job"_s), u"--target"_s, u"kubernetes"_s,
                               u"--dry-run"_s, u"-o"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QByteArray broken = r.out;
    broken.replace("\"backoffLimit\": 0", "\"backoffLimit\": \"none\"");
    QVERIFY(broken != r.out);
    const Result valid = validate(broken);
    QCOMPARE(valid.exitCode, 1);
    QVERIFY2(valid.out.contains("backoffLimit must be integer"), valid.out.constData());
}

void TestCliK8sDryRun::hubFunctionsGiveValidManifests()
{
    QStringList files = TestData::hubSampleFunctionFiles().filter(u"/latest/"_s);
    if (files.isEmpty())
        QSKIP("The hub sample (../shared/hub-sample) is not beside the source tree.");
    if (!m_npmProblem.isEmpty())
        QSKIP(qPrintable(m_npmProblem));
    int checked = 0;
    for (const QString &file : files) {
        const Result r = runbench(
            {u"run"_s, file, u"--target"_s, u"kubernetes"_s, u"--dry-run"_s, u"-o"_s, u"json"_s});
        if (r.exitCode != 0) {
            // Only functions Runbench cannot place on a cluster may be refused, with a reason.
            QVERIFY2(r.err.contains("neither embedded code nor a command") ||
                         r.err.contains("do not run on Kubernetes"),
                     qPrintable(file + u": "_s + QString::fromUtf8(r.err)));
            continue;
        }
        const Result valid = validate(r.out);
        QVERIFY2(valid.exitCode == 0, qPrintable(file + u": "_s + QString::fromUtf8(valid.out)));
        ++checked;
    }
    QVERIFY2(checked >= files.size() / 2, "most hub functions must give manifests");
}

QTEST_GUILESS_MAIN(TestCliK8sDryRun)
#include "tst_clik8sdryrun.moc"
