// SPDX-License-Identifier: Apache-2.0
#include "document/documentwriter.h"
#include "kubernetes/manifestcrd.h"
#include "kubernetes/manifestjob.h"
#include "kubernetes/manifestnames.h"
#include "kubernetes/manifestplan.h"
#include "kubernetes/manifestset.h"
#include "run/runtask.h"
#include "spec/functionspec.h"
#include "spec/kubernetesnames.h"
#include "testjson.h"

#include <QtTest>

using namespace Runbench::Models;
using namespace Runbench::Runtimes;
using namespace Qt::StringLiterals;

namespace {

// A job using every field of the function spec that reaches a pod.
const char *kFullFunction = R"(kind: job
metadata:
  name: Train_Model
  tag: v1
  project: ml-team
  labels: {team: vision}
  credentials: {access_key: TOPSECRET-ACCESS-KEY}
spec:
  image: ghcr.io/org/train:1.2
  default_handler: train
  build:
    functionSourceCode: ZGVmIHRyYWluKGNvbnRleHQsIHg9MSk6CiAgICBjb250ZXh0LmxvZ19yZXN1bHQoInkiLCB4ICogMikK
    origin_filename: train-model.py
  env:
  - {name: EPOCHS, value: 10}
  - name: HF_TOKEN
    value: LEAKED-SECRET-VALUE
    valueFrom: {secretKeyRef: {name: hf, key: token}}
  resources:
    limits: {nvidia.com/gpu: 1, memory: 4Gi, cpu: "2"}
    requests: {memory: 2Gi, cpu: 500m}
  node_name: node-7
  node_selector: {disk: ssd, zone: ""}
  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
        - matchExpressions:
          - {key: topology.kubernetes.io/zone, operator: In, values: [eu-1a]}
      preferredDuringSchedulingIgnoredDuringExecution:
      - weight: 50
        preference:
          matchExpressions: [{key: disk, operator: Exists}]
  tolerations:
  - {key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}
  priority_class_name: high
  preemption_mode: none
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
  image_pull_policy: Always
  image_pull_secret: regcred
  service_account: trainer
  security_context: {runAsUser: 1000, runAsNonRoot: true}
  replicas: 3
)";

const QString kUid = QStringLiteral("0123456789abcdef0123456789abcdef");

FunctionSpec function(const char *yaml = kFullFunction)
{
    return FunctionSpec::parse(yaml, DocumentFormat::Yaml, QStringLiteral("test")).value();
}

LaunchPlan planFor(const FunctionSpec &fn, const RunTask &task = {})
{
    return ManifestPlan::forTask(fn, task, kUid, QStringLiteral("ml-team/train@abc")).value();
}

QString json(const Node &node)
{
    return TestJson::text(node);
}

QString json(const char *text)
{
    return TestJson::text(TestJson::parse(text));
}

QString textAt(const Node &node, const char *path)
{
    const Node *value = node.at(path);
    return value ? QString::fromStdString(value->displayText()) : QString();
}

Node podSpecOf(const Node &job)
{
    return *job.at("spec.template.spec");
}

Node containerOf(const Node &job)
{
    return podSpecOf(job).get("containers")->items().front();
}

// The spot-node placement fixture: the function's own placement plus the cluster's spot nodes.
const char *kSpotFunction = R"(kind: job
metadata: {name: spot}
spec:
  command: run.sh
  node_selector: {node-lifecycle: spot, disk: ssd}
  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
        - matchExpressions:
          - {key: node-lifecycle, operator: In, values: [spot]}
          - {key: zone, operator: In, values: [a]}
        - matchExpressions:
          - {key: node-lifecycle, operator: NotIn, values: [spot]}
  tolerations:
  - {key: spot, operator: Equal, value: "true", effect: NoSchedule}
  - {key: gpu, operator: Exists}
)";

PreemptibleNodes spotNodes(bool withTolerations)
{
    PreemptibleNodes nodes;
    nodes.nodeSelector.insert(QStringLiteral("node-lifecycle"), QStringLiteral("spot"));
    if (withTolerations)
        nodes.tolerations = TestJson::parse(
            R"([{"effect": "NoSchedule", "key": "spot", "operator": "Equal", "value": "true"}])");
    return nodes;
}

} // namespace

// The manifests a run becomes on Kubernetes: the Job and its ConfigMap with every spec field,
// preemption modes, sweep iterations, the operator kinds' custom resources and names.
class TestManifests : public QObject
{
    Q_OBJECT

private slots:
    void jobCarriesEverySpecField();
    void configMapCarriesWrapperCodeAndTask();
    void defaultImages();
    void commandsWithoutEmbeddedCode();
    void preemptionModes_data();
    void preemptionModes();
    void iterationJobs();
    void crdKinds_data();
    void crdKinds();
    void crdDetails();
    void namesAreSanitized_data();
    void namesAreSanitized();
    void secretValuesNeverAppear();
    void refusedRuns();
};

void TestManifests::jobCarriesEverySpecField()
{
    const FunctionSpec fn = function();
    ManifestOptions options;
    options.ns = QStringLiteral("team-a");
    options.kubeContext = QStringLiteral("prod");
    const auto objects = JobManifestBuilder(fn, planFor(fn), options).manifests();
    QVERIFY2(objects, qPrintable(objects ? QString() : objects.error().message));
    QCOMPARE(objects->size(), std::size_t(2));
    const Node &job = (*objects)[1];
    QCOMPARE(textAt(job, "apiVersion"), QStringLiteral("batch/v1"));
    QCOMPARE(textAt(job, "kind"), QStringLiteral("Job"));
    QCOMPARE(textAt(job, "metadata.name"), QStringLiteral("train-model-train-01234567"));
    QCOMPARE(textAt(job, "metadata.namespace"), QStringLiteral("team-a"));
    QCOMPARE(json(*job.at("metadata.labels")),
             json(R"({"team": "vision", "mlrun/class": "job", "mlrun/project": "ml-team",
                      "mlrun/function": "Train_Model", "mlrun/tag": "v1",
                      "mlrun/uid": "0123456789abcdef0123456789abcdef",
                      "mlrun/name": "Train_Model-train",
                      "app.kubernetes.io/managed-by": "runbench"})"));
    QCOMPARE(json(*job.at("spec.template.metadata.labels")), json(*job.at("metadata.labels")));
    QCOMPARE(textAt(job, "metadata.annotations.runbench/kube-context"), QStringLiteral("prod"));
    QCOMPARE(job.at("spec.backoffLimit")->displayText(), std::string("0"));

    const Node pod = podSpecOf(job);
    QCOMPARE(textAt(pod, "restartPolicy"), QStringLiteral("Never"));
    QCOMPARE(textAt(pod, "serviceAccountName"), QStringLiteral("trainer"));
    QCOMPARE(textAt(pod, "nodeName"), QStringLiteral("node-7"));
    QCOMPARE(textAt(pod, "priorityClassName"), QStringLiteral("high"));
    QCOMPARE(json(*pod.get("nodeSelector")), json(R"({"disk": "ssd"})")); // empty values dropped
    QCOMPARE(json(*pod.get("affinity")),
             json(R"({"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution":
                 {"nodeSelectorTerms": [{"matchExpressions": [{"key": "topology.kubernetes.io/zone",
                  "operator": "In", "values": ["eu-1a"]}]}]},
                 "preferredDuringSchedulingIgnoredDuringExecution": [{"weight": 50,
                  "preference": {"matchExpressions": [{"key": "disk", "operator": "Exists"}]}}]}})"));
    QCOMPARE(json(*pod.get("tolerations")),
             json(R"([{"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}])"));
    QCOMPARE(json(*pod.get("imagePullSecrets")), json(R"([{"name": "regcred"}])"));
    QCOMPARE(
        json(*pod.get("volumes")),
        json(
            R"([{"name": "data", "persistentVolumeClaim": {"claimName": "datasets", "readOnly": true}},
                      {"name": "shm", "emptyDir": {"medium": "Memory", "sizeLimit": "1Gi"}},
                      {"name": "cfg", "configMap": {"name": "settings"}},
                      {"name": "creds", "secret": {"secretName": "creds"}},
                      {"name": "host", "hostPath": {"path": "/mnt/x", "type": "Directory"}},
                      {"name": "runbench-runner", "configMap": {"name": "train-model-train-01234567"}},
                      {"name": "runbench-output", "emptyDir": {}}])"));

    const Node container = containerOf(job);
    QCOMPARE(textAt(container, "name"), QStringLiteral("base"));
    QCOMPARE(textAt(container, "image"), QStringLiteral("ghcr.io/org/train:1.2"));
    QCOMPARE(textAt(container, "imagePullPolicy"), QStringLiteral("Always"));
    QCOMPARE(json(*container.get("command")),
             json(R"(["python3", "-u", "/runbench/runbench_run.py", "/runbench/task.json"])"));
    QCOMPARE(json(*container.get("env")),
             json(R"([{"name": "MLRUN_DEFAULT_PROJECT", "value": "ml-team"},
                      {"name": "EPOCHS", "value": "10"},
                      {"name": "HF_TOKEN", "valueFrom": {"secretKeyRef": {"name": "hf", "key": "token"}}}])"));
    QCOMPARE(json(*container.get("resources")),
             json(R"({"limits": {"nvidia.com/gpu": "1", "memory": "4Gi", "cpu": "2"},
                      "requests": {"memory": "2Gi", "cpu": "500m"}})"));
    QCOMPARE(json(*container.get("volumeMounts")),
             json(R"([{"name": "data", "mountPath": "/data", "readOnly": true},
                      {"name": "shm", "mountPath": "/dev/shm"}, {"name": "cfg", "mountPath": "/etc/cfg"},
                      {"name": "creds", "mountPath": "/etc/creds"}, {"name": "host", "mountPath": "/host"},
                      {"name": "runbench-runner", "mountPath": "/runbench", "readOnly": true},
                      {"name": "runbench-output", "mountPath": "/runbench-output"}])"));
    QCOMPARE(json(*container.get("securityContext")),
             json(R"({"runAsUser": 1000, "runAsNonRoot": true})"));
}

void TestManifests::configMapCarriesWrapperCodeAndTask()
{
    const FunctionSpec fn = function();
    RunTask task;
    task.parameters.insert("x") = Node::integer(3);
    task.labels.insert(QStringLiteral("owner"), QStringLiteral("ann"));
    task.timeoutSeconds = 60;
    const JobManifestBuilder builder(fn, planFor(fn, task), {});
    const auto map = builder.configMap(0, task.parameters);
    QVERIFY(map);
    QCOMPARE(textAt(*map, "kind"), QStringLiteral("ConfigMap"));
    QCOMPARE(textAt(*map, "metadata.name"), builder.name());
    QCOMPARE(textAt(*map, "metadata.namespace"), QStringLiteral("default"));
    QFile wrapper(QStringLiteral(":/runner/_runbench_wrapper.py"));
    QVERIFY(wrapper.open(QIODevice::ReadOnly));
    QCOMPARE(map->at("data")->get("_runbench_wrapper.py")->text(), wrapper.readAll().toStdString());
    QVERIFY(map->at("data")->get("runbench_run.py"));
    QCOMPARE(map->at("data")->get("train_model.py")->text(),
             std::string("def train(context, x=1):\n    context.log_result(\"y\", x * 2)\n"));
    const Node task0 = TestJson::parse(map->at("data")->get("task.json")->text());
    QCOMPARE(json(task0), json(R"({"uid": "0123456789abcdef0123456789abcdef", "iteration": 0,
                      "project": "ml-team", "name": "Train_Model-train", "mode": "handler",
                      "code_path": "/runbench/train_model.py", "handler": "train", "args": [],
                      "parameters": {"x": 3}, "inputs": {}, "labels": {"kind": "job", "owner": "ann"},
                      "artifact_path": "/runbench-output/artifacts", "stop_condition": null,
                      "timeout": 60, "workdir": "/runbench-output"})"));
}

void TestManifests::defaultImages()
{
    FunctionSpec fn = function();
    fn.setText(FunctionSpec::TextField::Image, QString());
    const auto image = [](const FunctionSpec &f) {
        const LaunchPlan plan = planFor(f);
        return ManifestPod(f, plan, {}).image();
    };
    QCOMPARE(image(fn), QStringLiteral("mlrun/mlrun"));
    fn.setText(FunctionSpec::TextField::BaseImage, QStringLiteral("python:3.11"));
    QCOMPARE(image(fn), QStringLiteral("python:3.11"));
    FunctionSpec dask = FunctionSpec::create(QStringLiteral("d"), QStringLiteral("dask"));
    dask.setText(FunctionSpec::TextField::Command, QStringLiteral("echo"));
    QCOMPARE(image(dask), QStringLiteral("mlrun/ml-base"));
}

void TestManifests::commandsWithoutEmbeddedCode()
{
    FunctionSpec shell = FunctionSpec::create(QStringLiteral("sh"), QStringLiteral("job"));
    shell.setText(FunctionSpec::TextField::Command, QStringLiteral("echo"));
    shell.setList(FunctionSpec::ListField::Args, {QStringLiteral("hello")});
    const Node job = JobManifestBuilder(shell, planFor(shell), {}).job(0);
    QCOMPARE(json(*containerOf(job).get("command")), json(R"(["/bin/sh", "-c", "echo hello"])"));

    FunctionSpec script = FunctionSpec::create(QStringLiteral("s"), QStringLiteral("job"));
    script.setText(FunctionSpec::TextField::Command, QStringLiteral("train.py"));
    script.root().ensure("spec.workdir") = Node::string("/app");
    const LaunchPlan plan = planFor(script);
    QCOMPARE(plan.mode, QStringLiteral("script"));
    QCOMPARE(plan.codePath, QStringLiteral("/app/train.py"));

    const FunctionSpec empty = FunctionSpec::create(QStringLiteral("e"), QStringLiteral("job"));
    QVERIFY(!ManifestPlan::plan(empty, {}));
}

void TestManifests::preemptionModes_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("clusterTolerations");
    QTest::addColumn<QString>("nodeSelector");
    QTest::addColumn<QString>("affinity");
    QTest::addColumn<QString>("tolerations");

    const QString ownSelector = json(R"({"node-lifecycle": "spot", "disk": "ssd"})");
    const QString ownAffinity =
        json(R"({"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution":
        {"nodeSelectorTerms": [{"matchExpressions": [{"key": "node-lifecycle", "operator": "In", "values": ["spot"]},
                                                     {"key": "zone", "operator": "In", "values": ["a"]}]},
                               {"matchExpressions": [{"key": "node-lifecycle", "operator": "NotIn", "values": ["spot"]}]}]}}})");
    const QString ownTolerations =
        json(R"([{"key": "spot", "operator": "Equal", "value": "true", "effect": "NoSchedule"},
                                            {"key": "gpu", "operator": "Exists"}])");
    const QString gpuOnly = json(R"([{"key": "gpu", "operator": "Exists"}])");
    const QString diskOnly = json(R"({"disk": "ssd"})");

    QTest::newRow("none") << u"none"_s << true << ownSelector << ownAffinity << ownTolerations;
    QTest::newRow("prevent")
        << u"prevent"_s << true << diskOnly
        << json(R"({"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution":
        {"nodeSelectorTerms": [{"matchExpressions": [{"key": "zone", "operator": "In", "values": ["a"]}]},
                               {"matchExpressions": [{"key": "node-lifecycle", "operator": "NotIn", "values": ["spot"]}]}]}}})")
        << gpuOnly;
    QTest::newRow("prevent, spot selector only")
        << u"prevent"_s << false << diskOnly
        << json(R"({"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution":
        {"nodeSelectorTerms": [{"matchExpressions": [{"key": "node-lifecycle", "operator": "NotIn", "values": ["spot"]}]}]}}})")
        << ownTolerations;
    QTest::newRow("default is prevent")
        << u""_s << false << diskOnly
        << json(R"({"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution":
        {"nodeSelectorTerms": [{"matchExpressions": [{"key": "node-lifecycle", "operator": "NotIn", "values": ["spot"]}]}]}}})")
        << ownTolerations;
    QTest::newRow("constrain")
        << u"constrain"_s << true << ownSelector
        << json(R"({"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution":
        {"nodeSelectorTerms": [{"matchExpressions": [{"key": "node-lifecycle", "operator": "In", "values": ["spot"]}]}]}}})")
        << ownTolerations;
    QTest::newRow("allow")
        << u"allow"_s << true << diskOnly
        << json(R"({"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution":
        {"nodeSelectorTerms": [{"matchExpressions": [{"key": "zone", "operator": "In", "values": ["a"]}]}]}}})")
        << ownTolerations;
}

void TestManifests::preemptionModes()
{
    QFETCH(QString, mode);
    QFETCH(bool, clusterTolerations);
    FunctionSpec fn = function(kSpotFunction);
    if (!mode.isEmpty())
        fn.setText(FunctionSpec::TextField::PreemptionMode, mode);
    ManifestOptions options;
    options.preemptibleNodes = spotNodes(clusterTolerations);
    const Node pod = podSpecOf(JobManifestBuilder(fn, planFor(fn), options).job(0));
    QTEST(json(*pod.get("nodeSelector")), "nodeSelector");
    QTEST(json(*pod.get("affinity")), "affinity");
    QTEST(json(*pod.get("tolerations")), "tolerations");

    // Without preemptible nodes in the cluster, every mode leaves the placement alone.
    const Node plain = podSpecOf(JobManifestBuilder(fn, planFor(fn), {}).job(0));
    QCOMPARE(json(*plain.get("tolerations")),
             json(R"([{"key": "spot", "operator": "Equal", "value": "true", "effect": "NoSchedule"},
                      {"key": "gpu", "operator": "Exists"}])"));
}

void TestManifests::iterationJobs()
{
    const FunctionSpec fn = function();
    RunTask task;
    task.hyperparams.insert("x") = TestJson::parse("[1, 2, 3]");
    task.parameters.insert("y") = Node::integer(7);
    const JobManifestBuilder builder(fn, planFor(fn, task), {});
    const auto second = builder.iteration(2, TestJson::parse(R"({"y": 7, "x": 2})"));
    QVERIFY(second);
    const Node &map = (*second)[0];
    const Node &job = (*second)[1];
    QCOMPARE(textAt(job, "metadata.name"), QStringLiteral("train-model-train-01234567-2"));
    QCOMPARE(textAt(map, "metadata.name"), textAt(job, "metadata.name"));
    QCOMPARE(textAt(job, "metadata.labels.mlrun/iteration"), QStringLiteral("2"));
    QCOMPARE(textAt(job, "spec.template.metadata.labels.mlrun/iteration"), QStringLiteral("2"));
    const Node volumes = *podSpecOf(job).get("volumes");
    QCOMPARE(QString::fromStdString(volumes.items()[5].at("configMap.name")->text()),
             textAt(job, "metadata.name"));
    const Node task2 = TestJson::parse(map.at("data")->get("task.json")->text());
    QCOMPARE(textAt(task2, "iteration"), QStringLiteral("2"));
    QCOMPARE(json(*task2.get("parameters")), json(R"({"y": 7, "x": 2})"));

    const auto all = ManifestSet::build(fn, task, kUid, QStringLiteral("r"), {}, QDir::tempPath());
    QVERIFY(all);
    QCOMPARE(all->size(), std::size_t(6));
    QStringList names;
    for (const Node &object : *all)
        names << textAt(object, "kind") + u' ' + textAt(object, "metadata.name");
    QCOMPARE(
        names,
        QStringList(
            {u"ConfigMap train-model-train-01234567-1"_s, u"Job train-model-train-01234567-1"_s,
             u"ConfigMap train-model-train-01234567-2"_s, u"Job train-model-train-01234567-2"_s,
             u"ConfigMap train-model-train-01234567-3"_s, u"Job train-model-train-01234567-3"_s}));
}

void TestManifests::crdKinds_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("objects");
    const QString name = QStringLiteral("train-model-train-01234567");
    QTest::newRow("mpijob") << u"mpijob"_s
                            << QStringList{u"v1 ConfigMap "_s + name,
                                           u"kubeflow.org/v2beta1 MPIJob "_s + name};
    QTest::newRow("spark") << u"spark"_s
                           << QStringList{u"v1 ConfigMap "_s + name,
                                          u"sparkoperator.k8s.io/v1beta2 SparkApplication "_s +
                                              name};
    QTest::newRow("dask") << u"dask"_s
                          << QStringList{u"v1 ConfigMap "_s + name,
                                         u"kubernetes.dask.org/v1 DaskJob "_s + name};
    for (const char *kind : {"nuclio", "remote", "serving"})
        QTest::newRow(kind) << QString::fromLatin1(kind)
                            << QStringList{
                                   u"nuclio.io/v1beta1 NuclioFunction ml-team-train-model"_s};
}

void TestManifests::crdKinds()
{
    QFETCH(QString, kind);
    FunctionSpec fn = function();
    fn.setKind(kind);
    const auto objects =
        ManifestSet::build(fn, {}, kUid, QStringLiteral("r"), {}, QDir::tempPath());
    QVERIFY2(objects, qPrintable(objects ? QString() : objects.error().message));
    QStringList heads;
    for (const Node &object : *objects) {
        heads << textAt(object, "apiVersion") + u' ' + textAt(object, "kind") + u' ' +
                     textAt(object, "metadata.name");
        QCOMPARE(textAt(object, "metadata.labels.mlrun/class"), kind);
    }
    QTEST(heads, "objects");
}

void TestManifests::crdDetails()
{
    FunctionSpec fn = function();
    const auto build = [&](const char *kind) {
        fn.setKind(QLatin1String(kind));
        return CrdManifestBuilder(fn, planFor(fn), {});
    };

    const Node mpi = build("mpijob").mpiJob();
    QCOMPARE(textAt(mpi, "spec.mpiReplicaSpecs.Worker.replicas"), QStringLiteral("3"));
    const Node launcher =
        mpi.at("spec.mpiReplicaSpecs.Launcher.template.spec.containers")->items()[0];
    QCOMPARE(
        json(*launcher.get("command")),
        json(
            R"(["mpirun", "-np", "3", "python3", "-u", "/runbench/runbench_run.py", "/runbench/task.json"])"));
    const Node worker = mpi.at("spec.mpiReplicaSpecs.Worker.template.spec.containers")->items()[0];
    QCOMPARE(worker.get("resources")->get("limits")->get("nvidia.com/gpu")->text(),
             std::string("1"));
    QCOMPARE(textAt(mpi, "spec.mpiReplicaSpecs.Worker.template.spec.priorityClassName"),
             QStringLiteral("high"));

    const Node spark = build("spark").sparkApplication();
    QCOMPARE(textAt(spark, "spec.type"), QStringLiteral("Python"));
    QCOMPARE(textAt(spark, "spec.mainApplicationFile"),
             QStringLiteral("local:///runbench/runbench_run.py"));
    QCOMPARE(json(*spark.at("spec.arguments")), json(R"(["/runbench/task.json"])"));
    QCOMPARE(textAt(spark, "spec.executor.instances"), QStringLiteral("3"));
    QCOMPARE(textAt(spark, "spec.driver.serviceAccount"), QStringLiteral("trainer"));
    fn.root().ensure("spec.driver_resources") =
        TestJson::parse(R"({"limits": {"memory": "2Gi", "cpu": "2", "nvidia.com/gpu": 1},
                            "requests": {"cpu": "1"}})");
    const Node sized = build("spark").sparkApplication();
    QCOMPARE(json(*sized.at("spec.driver.gpu")),
             json(R"({"name": "nvidia.com/gpu", "quantity": 1})"));
    QCOMPARE(textAt(sized, "spec.driver.memory"), QStringLiteral("2g"));
    QCOMPARE(textAt(sized, "spec.driver.coreLimit"), QStringLiteral("2"));

    const CrdManifestBuilder dask = build("dask");
    const Node job = dask.daskJob();
    QCOMPARE(json(*job.at("spec.job.spec.containers")->items()[0].get("command")),
             json(R"(["python3", "-u", "/runbench/runbench_run.py", "/runbench/task.json"])"));
    QCOMPARE(textAt(job, "spec.cluster.spec.worker.replicas"), QStringLiteral("3"));
    QCOMPARE(job.at("spec.cluster.spec.scheduler.service.selector")
                 ->get("dask.org/cluster-name")
                 ->text(),
             dask.name().toStdString());
    const Node cluster = dask.daskCluster();
    QCOMPARE(textAt(cluster, "kind"), QStringLiteral("DaskCluster"));
    QCOMPARE(json(*cluster.get("spec")), json(*job.at("spec.cluster.spec")));

    fn.setKind(QStringLiteral("nuclio"));
    const auto deployed = ManifestSet::build(fn, {}, kUid, {}, {}, QDir::tempPath());
    QVERIFY(deployed);
    QCOMPARE(textAt(deployed->front(), "spec.handler"), QStringLiteral("train_model:train"));

    // Hub functions keep nuclio's own function under spec.base_spec.
    FunctionSpec remote = function(R"(kind: remote
metadata: {name: server, project: hub}
spec:
  image: mlrun/mlrun
  base_spec:
    spec:
      handler: "server:handler"
      build: {functionSourceCode: Y29kZQ==}
)");
    const auto hub = ManifestSet::build(remote, {}, kUid, {}, {}, QDir::tempPath());
    QVERIFY2(hub, qPrintable(hub ? QString() : hub.error().message));
    QCOMPARE(textAt(hub->front(), "metadata.name"), QStringLiteral("hub-server"));
    QCOMPARE(textAt(hub->front(), "spec.handler"), QStringLiteral("server:handler"));
    QCOMPARE(textAt(hub->front(), "spec.build.functionSourceCode"), QStringLiteral("Y29kZQ=="));

    const Node nuclio = build("serving").nuclioFunction();
    QCOMPARE(textAt(nuclio, "spec.handler"), QStringLiteral("train_model:train"));
    QCOMPARE(textAt(nuclio, "spec.image"), QStringLiteral("ghcr.io/org/train:1.2"));
    QCOMPARE(textAt(nuclio, "spec.build.functionSourceCode"),
             textAt(fn.root(), "spec.build.functionSourceCode"));
    QCOMPARE(textAt(nuclio, "status.state"), QStringLiteral("waitingForResourceConfiguration"));
    QCOMPARE(nuclio.at("metadata.labels")->get("nuclio.io/project-name")->text(),
             std::string("ml-team"));
    QCOMPARE(nuclio.at("spec.volumes")->size(), std::size_t(5));
    QCOMPARE(textAt(nuclio.at("spec.volumes")->items()[0], "volumeMount.mountPath"),
             QStringLiteral("/data"));
}

void TestManifests::namesAreSanitized_data()
{
    QTest::addColumn<QString>("runName");
    QTest::addColumn<QString>("jobName");
    QTest::newRow("plain") << u"train"_s << u"train-01234567"_s;
    QTest::newRow("upper and underscores") << u"My_Train.Run"_s << u"my-train-run-01234567"_s;
    QTest::newRow("only symbols") << u"__!!__"_s << u"run-01234567"_s;
    QTest::newRow("leading digits and dashes") << u"--9lives--"_s << u"9lives-01234567"_s;
    QTest::newRow("long") << QString(100, u'a') << QString(54, u'a') + u"-01234567"_s;
    QTest::newRow("unicode") << QStringLiteral("träning") << u"tr-ning-01234567"_s;
}

void TestManifests::namesAreSanitized()
{
    QFETCH(QString, runName);
    FunctionSpec fn = function();
    RunTask task;
    task.name = runName;
    const JobManifestBuilder builder(fn, planFor(fn, task), {});
    QTEST(builder.name(), "jobName");
    QVERIFY(KubernetesNames::checkDns1123Label(builder.name(), QStringLiteral("name")).isEmpty());
    QVERIFY(
        KubernetesNames::checkDns1123Label(builder.name(12345), QStringLiteral("name")).isEmpty());
    const Node labels = *builder.job(0).at("metadata.labels");
    for (const Node::Member &m : labels.members()) {
        const QString key = QString::fromStdString(m.key.text());
        QVERIFY(KubernetesNames::checkLabelKey(key, QStringLiteral("key")).isEmpty());
        QVERIFY2(
            KubernetesNames::checkLabelValue(QString::fromStdString(m.value.text()), key).isEmpty(),
            qPrintable(key));
    }
}

void TestManifests::secretValuesNeverAppear()
{
    FunctionSpec fn = function();
    QVERIFY(fn.droppedCredentials());
    RunTask task;
    task.hyperparams.insert("x") = TestJson::parse("[1, 2]");
    std::vector<Node> everything;
    for (const char *kind : {"job", "mpijob", "spark", "dask", "nuclio"}) {
        fn.setKind(QLatin1String(kind));
        const auto objects =
            ManifestSet::build(fn, QLatin1String(kind) == QLatin1String("job") ? task : RunTask{},
                               kUid, QStringLiteral("r"), {}, QDir::tempPath());
        QVERIFY(objects);
        everything.insert(everything.end(), objects->begin(), objects->end());
    }
    const std::string text = DocumentWriter::toYaml(ManifestSet::list(everything));
    QVERIFY(text.find("LEAKED-SECRET-VALUE") == std::string::npos);
    QVERIFY(text.find("TOPSECRET-ACCESS-KEY") == std::string::npos);
    QVERIFY(text.find("secretKeyRef") != std::string::npos);
}

void TestManifests::refusedRuns()
{
    FunctionSpec local = function();
    local.setKind(QStringLiteral("local"));
    const auto refused = ManifestSet::build(local, {}, kUid, {}, {}, QDir::tempPath());
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QLatin1String("kind local")));

    FunctionSpec mpi = function();
    mpi.setKind(QStringLiteral("mpijob"));
    RunTask sweep;
    sweep.hyperparams.insert("x") = TestJson::parse("[1, 2]");
    const auto noSweep = ManifestSet::build(mpi, sweep, kUid, {}, {}, QDir::tempPath());
    QVERIFY(!noSweep);
    QVERIFY(noSweep.error().message.contains(QLatin1String("one Job per iteration")));

    FunctionSpec big = function();
    big.setSourceCode(QString(JobManifestBuilder::kMaxConfigMapBytes, u'#'));
    const auto tooBig = ManifestSet::build(big, {}, kUid, {}, {}, QDir::tempPath());
    QVERIFY(!tooBig);
    QVERIFY2(tooBig.error().message.contains(QLatin1String("ConfigMap holds")),
             qPrintable(tooBig.error().message));

    RunTask bad;
    bad.options.parallelRuns = 0;
    QVERIFY(!ManifestSet::build(function(), bad, kUid, {}, {}, QDir::tempPath()));
}

QTEST_GUILESS_MAIN(TestManifests)
#include "tst_manifests.moc"
