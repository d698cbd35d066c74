// SPDX-License-Identifier: Apache-2.0
#include "document/documentwriter.h"
#include "spec/functionspec.h"
#include "spec/functionvalidator.h"
#include "spec/placementspec.h"
#include "spec/storagespec.h"

#include <QTest>

using namespace Runbench::Models;

// Checks the typed editors of affinity, tolerations, volumes, mounts and GPU limits: they
// read what MLRun writes, write what the validator accepts and keep fields they do not know.
class TestSpecSections : public QObject
{
    Q_OBJECT

private slots:
    void affinityRoundTripKeepsPodAffinity();
    void emptyAffinityLeavesOtherAffinities();
    void tolerationsKeepUnknownKeys();
    void volumesAndMounts();
    void gpuLimit();
    void clearTextRemovesTheKey();

private:
    static FunctionSpec parse(const char *yaml);
};

FunctionSpec TestSpecSections::parse(const char *yaml)
{
    auto spec = FunctionSpec::parse(yaml, DocumentFormat::Yaml, QStringLiteral("test"));
    if (!spec)
        qFatal("%s", qPrintable(spec.error().message));
    return std::move(*spec);
}

void TestSpecSections::affinityRoundTripKeepsPodAffinity()
{
    FunctionSpec spec = parse(R"(kind: job
metadata: {name: trainer}
spec:
  affinity:
    podAffinity: {x: 1}
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
        - matchExpressions:
          - {key: zone, operator: In, values: [a, b]}
          matchFields:
          - {key: metadata.name, operator: In, values: [n1]}
)");
    NodeAffinity affinity = PlacementSpec::nodeAffinity(spec);
    QCOMPARE(affinity.required.size(), 1);
    QCOMPARE(affinity.required[0].size(), 1);
    QCOMPARE(affinity.required[0][0],
             (MatchExpression{QStringLiteral("zone"),
                              QStringLiteral("In"),
                              {QStringLiteral("a"), QStringLiteral("b")}}));
    QVERIFY(affinity.preferred.isEmpty());

    affinity.required[0] << MatchExpression{QStringLiteral("gpu"), QStringLiteral("Exists"), {}};
    affinity.preferred << PreferredTerm{
        20, {MatchExpression{QStringLiteral("size"), QStringLiteral("Gt"), {QStringLiteral("4")}}}};
    PlacementSpec::setNodeAffinity(spec, affinity);
    QCOMPARE(PlacementSpec::nodeAffinity(spec), affinity);
    QVERIFY(spec.root().at("spec.affinity.podAffinity"));
    const Node *terms =
        spec.root().at("spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution."
                       "nodeSelectorTerms");
    QVERIFY(terms->items()[0].get("matchFields")); // kept in its term
    QVERIFY(!terms->items()[0].get("matchExpressions")->items()[1].get("values"));
    QCOMPARE(FunctionValidator::validate(spec.root()).size(), std::size_t(0));
}

void TestSpecSections::emptyAffinityLeavesOtherAffinities()
{
    FunctionSpec spec = parse(R"(kind: job
metadata: {name: trainer}
spec:
  affinity: null
)");
    PlacementSpec::setNodeAffinity(spec, {});
    QVERIFY(spec.root().at("spec.affinity")->isNull());
    NodeAffinity affinity;
    affinity.required << QList<MatchExpression>{
        {QStringLiteral("zone"), QStringLiteral("In"), {QStringLiteral("a")}}};
    PlacementSpec::setNodeAffinity(spec, affinity);
    QCOMPARE(PlacementSpec::nodeAffinity(spec), affinity);
    PlacementSpec::setNodeAffinity(spec, {});
    QVERIFY(spec.root().at("spec.affinity")->isNull());

    FunctionSpec withPods = parse(R"(kind: job
metadata: {name: trainer}
spec:
  affinity:
    podAntiAffinity: {}
    nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: []}}
)");
    PlacementSpec::setNodeAffinity(withPods, {});
    QVERIFY(withPods.root().at("spec.affinity.podAntiAffinity"));
    QVERIFY(!withPods.root().at("spec.affinity.nodeAffinity"));
}

void TestSpecSections::tolerationsKeepUnknownKeys()
{
    FunctionSpec spec = parse(R"(kind: job
metadata: {name: trainer}
spec:
  tolerations:
  - {key: dedicated, operator: Equal, value: ml, effect: NoSchedule, extra: keep}
  - {operator: Exists, effect: NoExecute, tolerationSeconds: 30}
)");
    QList<Toleration> tolerations = PlacementSpec::tolerations(spec);
    QCOMPARE(tolerations.size(), 2);
    QCOMPARE(tolerations[1].seconds, std::optional<qint64>(30));
    QCOMPARE(tolerations[0].value, QStringLiteral("ml"));
    tolerations[0].value = QStringLiteral("gpu");
    tolerations.removeLast();
    PlacementSpec::setTolerations(spec, tolerations);
    QCOMPARE(PlacementSpec::tolerations(spec), tolerations);
    QCOMPARE(spec.root().at("spec.tolerations")->items()[0].get("extra")->text(),
             std::string("keep"));
    PlacementSpec::setTolerations(spec, {});
    QVERIFY(spec.root().at("spec.tolerations")->isNull());
}

void TestSpecSections::volumesAndMounts()
{
    FunctionSpec spec = parse(R"(kind: job
metadata: {name: trainer}
spec:
  volumes:
  - name: config
    configMap: {name: settings, defaultMode: 420}
  volume_mounts:
  - {name: config, mountPath: /etc/app, readOnly: true}
)");
    QList<Volume> volumes = StorageSpec::volumes(spec);
    QCOMPARE(volumes.size(), 1);
    QCOMPARE(volumes[0], (Volume{QStringLiteral("config"), QStringLiteral("configMap"),
                                 QStringLiteral("settings")}));
    QList<VolumeMount> mounts = StorageSpec::volumeMounts(spec);
    QCOMPARE(mounts[0],
             (VolumeMount{QStringLiteral("config"), QStringLiteral("/etc/app"), {}, true}));

    volumes[0].source = QStringLiteral("other");
    volumes << Volume{QStringLiteral("data"), QStringLiteral("persistentVolumeClaim"),
                      QStringLiteral("data-claim")};
    mounts << VolumeMount{QStringLiteral("data"), QStringLiteral("/data"), QStringLiteral("run"),
                          false};
    StorageSpec::setVolumes(spec, volumes);
    StorageSpec::setVolumeMounts(spec, mounts);
    QCOMPARE(StorageSpec::volumes(spec), volumes);
    QCOMPARE(StorageSpec::volumeMounts(spec), mounts);
    QCOMPARE(spec.root().at("spec.volumes")->items()[0].at("configMap.defaultMode")->text(),
             std::string("420"));
    QCOMPARE(
        spec.root().at("spec.volumes")->items()[1].at("persistentVolumeClaim.claimName")->text(),
        std::string("data-claim"));
    QCOMPARE(FunctionValidator::validate(spec.root()).size(), std::size_t(0));

    // Changing the type drops the old source.
    volumes[0].type = QStringLiteral("emptyDir");
    volumes[0].source.clear();
    StorageSpec::setVolumes(spec, volumes);
    QVERIFY(!spec.root().at("spec.volumes")->items()[0].get("configMap"));
    QVERIFY(spec.root().at("spec.volumes")->items()[0].get("emptyDir")->isMapping());
}

void TestSpecSections::gpuLimit()
{
    FunctionSpec spec = FunctionSpec::create(QStringLiteral("trainer"), QStringLiteral("job"));
    QCOMPARE(GpuSpec::gpu(spec).count, QString());
    GpuSpec::setGpu(spec, {});
    QVERIFY(!spec.root().at("spec.resources")); // clearing nothing adds nothing
    spec.setResourceLimit(QStringLiteral("cpu"), QStringLiteral("2"));
    GpuSpec::setGpu(spec, {QStringLiteral("nvidia.com/gpu"), QStringLiteral("2")});
    const Node *limits = spec.root().at("spec.resources.limits");
    QCOMPARE(limits->get("nvidia.com/gpu")->type(), Node::Type::Int);
    QCOMPARE(GpuSpec::gpu(spec).type, QStringLiteral("nvidia.com/gpu"));
    GpuSpec::setGpu(spec, {QStringLiteral("amd.com/gpu"), QStringLiteral("1")});
    QVERIFY(!limits->get("nvidia.com/gpu"));
    QCOMPARE(GpuSpec::gpu(spec).count, QStringLiteral("1"));
    QCOMPARE(FunctionValidator::validate(spec.root()).size(), std::size_t(0));
    GpuSpec::setGpu(spec, {QStringLiteral("amd.com/gpu"), QString()});
    QCOMPARE(limits->size(), std::size_t(1));
    QCOMPARE(spec.resourceLimit(QStringLiteral("cpu")), QStringLiteral("2"));
}

void TestSpecSections::clearTextRemovesTheKey()
{
    FunctionSpec spec = FunctionSpec::create(QStringLiteral("trainer"), QStringLiteral("job"));
    spec.setText(FunctionSpec::TextField::PreemptionMode, QStringLiteral("allow"));
    spec.setText(FunctionSpec::TextField::BaseImage, QStringLiteral("python:3.11"));
    spec.clearText(FunctionSpec::TextField::PreemptionMode);
    spec.clearText(FunctionSpec::TextField::BaseImage);
    spec.clearText(FunctionSpec::TextField::ServiceAccount); // absent: nothing happens
    QVERIFY(!spec.root().at("spec.preemption_mode"));
    QVERIFY(!spec.root().at("spec.build.base_image"));
    QVERIFY(spec.root().at("spec.build")); // the parent stays
    QVERIFY(!spec.root().at("spec.service_account"));
}

QTEST_GUILESS_MAIN(TestSpecSections)
#include "tst_specsections.moc"
