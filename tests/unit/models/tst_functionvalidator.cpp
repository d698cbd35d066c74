// SPDX-License-Identifier: Apache-2.0
#include "document/node.h"
#include "spec/functionvalidator.h"

#include <QTest>

#include <initializer_list>
#include <utility>

using namespace Qt::StringLiterals;
using Runbench::Models::FunctionValidator;
using Runbench::Models::Node;
using Runbench::Models::ValidationProblem;

Q_DECLARE_METATYPE(Node)

namespace {

Node str(const char *text)
{
    return Node::string(text);
}

Node num(std::int64_t value)
{
    return Node::integer(value);
}

Node map(std::initializer_list<std::pair<const char *, Node>> members)
{
    Node node = Node::mapping();
    for (const auto &[key, value] : members)
        node.insert(key) = value;
    return node;
}

Node list(std::initializer_list<Node> items)
{
    Node node = Node::sequence();
    for (const Node &item : items)
        node.items().push_back(item);
    return node;
}

// Replaces the value at a dotted path of mapping keys, creating missing mappings.
Node with(Node root, const char *dottedPath, const Node &value)
{
    const std::string path = dottedPath;
    const auto dot = path.rfind('.');
    Node &parent = dot == std::string::npos ? root : root.ensure(path.substr(0, dot));
    parent.insert(dot == std::string::npos ? path : path.substr(dot + 1)) = value;
    return root;
}

Node without(Node root, const char *parentPath, const char *key)
{
    Node *parent = parentPath[0] ? &root.ensure(parentPath) : &root;
    parent->remove(key);
    return root;
}

Node validFunction()
{
    const Node term =
        map({{"matchExpressions", list({map({{"key", str("topology.kubernetes.io/zone")},
                                             {"operator", str("In")},
                                             {"values", list({str("eu-1a"), str("eu-1b")})}}),
                                        map({{"key", str("gpu-count")},
                                             {"operator", str("Gt")},
                                             {"values", list({str("2")})}})})},
             {"matchFields", list({map({{"key", str("metadata.name")},
                                        {"operator", str("NotIn")},
                                        {"values", list({str("node-1")})}})})}});
    return map(
        {{"kind", str("job")},
         {"metadata", map({{"name", str("trainer")},
                           {"tag", str("")},
                           {"project", str("my-project")},
                           {"labels", map({{"app.kubernetes.io/name", str("trainer")},
                                           {"owner", str("Data_Team")},
                                           {"version", num(3)}})}})},
         {"spec",
          map({{"command", str("train.py")},
               {"image", str("mlrun/mlrun")},
               {"resources",
                map({{"limits",
                      map({{"cpu", str("2")}, {"memory", str("4Gi")}, {"nvidia.com/gpu", num(1)}})},
                     {"requests", map({{"cpu", str("500m")}, {"memory", str("4096Mi")}})}})},
               {"node_name", str("node-1.example.com")},
               {"node_selector", map({{"kubernetes.io/arch", str("amd64")}, {"pool", str("")}})},
               {"affinity",
                map({{"nodeAffinity",
                      map({{"requiredDuringSchedulingIgnoredDuringExecution",
                            map({{"nodeSelectorTerms", list({term})}})},
                           {"preferredDuringSchedulingIgnoredDuringExecution",
                            list({map(
                                {{"weight", num(50)},
                                 {"preference",
                                  map({{"matchExpressions",
                                        list({map({{"key", str("disk")},
                                                   {"operator", str("Exists")}})})}})}})})}})}})},
               {"tolerations", list({map({{"key", str("nvidia.com/gpu")},
                                          {"operator", str("Exists")},
                                          {"effect", str("NoSchedule")}}),
                                     map({{"key", str("spot")},
                                          {"value", str("true")},
                                          {"effect", str("NoExecute")},
                                          {"tolerationSeconds", num(300)}}),
                                     map({{"operator", str("Exists")}})})},
               {"preemption_mode", str("prevent")},
               {"priority_class_name", str("")},
               {"image_pull_policy", str("IfNotPresent")},
               {"service_account", str("runner")},
               {"image_pull_secret", str("registry-creds")},
               {"replicas", num(1)},
               {"env",
                list({map({{"name", str("EPOCHS")}, {"value", str("10")}}),
                      map({{"name", str("TOKEN")},
                           {"valueFrom", map({{"secretKeyRef", map({{"name", str("hf")},
                                                                    {"key", str("token")}})}})}}),
                      map({{"name", str("EMPTY")}, {"value", str("")}})})},
               {"volumes",
                list(
                    {map({{"name", str("data")},
                          {"persistentVolumeClaim", map({{"claimName", str("datasets")}})}}),
                     map({{"name", str("shm")}, {"emptyDir", map({{"medium", str("Memory")}})}})})},
               {"volume_mounts",
                list({map({{"name", str("data")}, {"mountPath", str("/data")}}),
                      map({{"name", str("shm")}, {"mountPath", str("/dev/shm")}})})}})},
         {"verbose", Node::boolean(false)}});
}

QStringList pathsOf(const std::vector<ValidationProblem> &problems)
{
    QStringList paths;
    for (const auto &problem : problems)
        paths.append(problem.path);
    return paths;
}

QString describe(const std::vector<ValidationProblem> &problems)
{
    QStringList lines;
    for (const auto &problem : problems)
        lines.append(problem.path + u": "_s + problem.message);
    return lines.join(u'\n');
}

} // namespace

// Checks that FunctionValidator reports every problem with its path, and none when valid.
class TestFunctionValidator : public QObject
{
    Q_OBJECT

private slots:
    void validFunctionHasNoProblems();
    void validKinds_data();
    void validKinds();
    void badField_data();
    void badField();
    void reportsEveryProblemInDocumentOrder();
    void wrongTypesDoNotCrash_data();
    void wrongTypesDoNotCrash();
    void messagesNameTheValue();
};

void TestFunctionValidator::validFunctionHasNoProblems()
{
    const auto problems = FunctionValidator::validate(validFunction());
    QVERIFY2(problems.empty(), qPrintable(describe(problems)));
    const auto minimal = map({{"metadata", map({{"name", str("f")}})}});
    QVERIFY(FunctionValidator::validate(minimal).empty());
    // Numbers are quantities too, as Python turns them into text before Kubernetes reads them.
    const auto numbers =
        with(with(validFunction(), "spec.resources.requests.cpu", Node::realText("0.5", 0.5)),
             "spec.resources.limits.cpu", num(2));
    QVERIFY(FunctionValidator::validate(numbers).empty());
}

void TestFunctionValidator::validKinds_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind :
         {"job", "local", "handler", "dask", "mpijob", "spark", "remote-spark", "nuclio",
          "nuclio:mlrun", "remote", "serving", "application", "databricks"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestFunctionValidator::validKinds()
{
    QFETCH(QString, kind);
    const auto problems = FunctionValidator::validate(
        with(validFunction(), "kind", Node::string(kind.toStdString())));
    QVERIFY2(problems.empty(), qPrintable(describe(problems)));
}

void TestFunctionValidator::badField_data()
{
    QTest::addColumn<Node>("function");
    QTest::addColumn<QStringList>("paths");
    const Node f = validFunction();
    auto row = [](const char *name, const Node &function, QStringList paths) {
        QTest::newRow(name) << function << paths;
    };

    // top level and metadata
    row("unknown kind", with(f, "kind", str("lambda")), {u"kind"_s});
    row("empty nuclio subkind", with(f, "kind", str("nuclio:")), {u"kind"_s});
    row("kind case", with(f, "kind", str("Job")), {u"kind"_s});
    row("missing name", without(f, "metadata", "name"), {u"metadata.name"_s});
    row("missing metadata", without(f, "", "metadata"), {u"metadata.name"_s});
    row("empty name", with(f, "metadata.name", str("")), {u"metadata.name"_s});
    row("name needs normalizing", with(f, "metadata.name", str("My_Trainer")),
        {u"metadata.name"_s});
    row("name with dot", with(f, "metadata.name", str("a.b")), {u"metadata.name"_s});
    row("bad project", with(f, "metadata.project", str("My Project")), {u"metadata.project"_s});
    row("bad label key", with(f, "metadata.labels", map({{"-bad", str("x")}})),
        {u"metadata.labels.-bad"_s});
    row("bad label value", with(f, "metadata.labels", map({{"team", str("a b")}})),
        {u"metadata.labels.team"_s});
    row("prefixed label key", with(f, "metadata.labels", map({{"Example.com/a", str("x")}})),
        {u"metadata.labels[\"Example.com/a\"]"_s});

    // resources
    row("cpu limit", with(f, "spec.resources.limits.cpu", str("2x")),
        {u"spec.resources.limits.cpu"_s});
    row("memory limit", with(f, "spec.resources.limits.memory", str("1MiB")),
        {u"spec.resources.limits.memory"_s});
    row("negative cpu", with(f, "spec.resources.limits.cpu", str("-1")),
        {u"spec.resources.limits.cpu"_s});
    row("bool cpu", with(f, "spec.resources.limits.cpu", Node::boolean(true)),
        {u"spec.resources.limits.cpu"_s});
    row("cpu request above limit", with(f, "spec.resources.requests.cpu", str("2.5")),
        {u"spec.resources.requests.cpu"_s});
    row("memory request above limit", with(f, "spec.resources.requests.memory", str("5G")),
        {u"spec.resources.requests.memory"_s});
    row("bad request", with(f, "spec.resources.requests.memory", str("lots")),
        {u"spec.resources.requests.memory"_s});
    row("fractional gpu",
        with(f, "spec.resources.limits", map({{"nvidia.com/gpu", Node::realText("0.5", 0.5)}})),
        {u"spec.resources.limits[\"nvidia.com/gpu\"]"_s});
    row("gpu text", with(f, "spec.resources.limits", map({{"nvidia.com/gpu", str("two")}})),
        {u"spec.resources.limits[\"nvidia.com/gpu\"]"_s});
    row("two gpu types",
        with(f, "spec.resources.limits",
             map({{"nvidia.com/gpu", num(1)}, {"amd.com/gpu", num(1)}})),
        {u"spec.resources.limits[\"amd.com/gpu\"]"_s});
    row("gpu request", with(f, "spec.resources.requests", map({{"nvidia.com/gpu", num(1)}})),
        {u"spec.resources.requests[\"nvidia.com/gpu\"]"_s});
    row("resources list", with(f, "spec.resources", list({str("cpu")})), {u"spec.resources"_s});
    row("limits text", with(f, "spec.resources.limits", str("2")), {u"spec.resources.limits"_s});
    row("dask worker resources",
        with(with(f, "kind", str("dask")), "spec.worker_resources.limits.cpu", str("x")),
        {u"spec.worker_resources.limits.cpu"_s});
    row("dask scheduler request above limit",
        with(with(f, "kind", str("dask")), "spec.scheduler_resources",
             map({{"limits", map({{"memory", str("1Gi")}})},
                  {"requests", map({{"memory", str("2Gi")}})}})),
        {u"spec.scheduler_resources.requests.memory"_s});
    row("spark driver resources",
        with(with(f, "kind", str("spark")), "spec.driver_resources.requests.cpu", str("1 cpu")),
        {u"spec.driver_resources.requests.cpu"_s});
    row("spark executor resources",
        with(with(f, "kind", str("spark")), "spec.executor_resources.limits.memory", str("-1Gi")),
        {u"spec.executor_resources.limits.memory"_s});

    // node placement
    row("node selector key", with(f, "spec.node_selector", map({{"a/b/c", str("x")}})),
        {u"spec.node_selector[\"a/b/c\"]"_s});
    row("node selector value", with(f, "spec.node_selector", map({{"disk", str("-ssd")}})),
        {u"spec.node_selector.disk"_s});
    row("node selector bool", with(f, "spec.node_selector", map({{"gpu", Node::boolean(true)}})),
        {u"spec.node_selector.gpu"_s});
    row("node name", with(f, "spec.node_name", str("Node_1")), {u"spec.node_name"_s});

    const char *required =
        "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution";
    auto requirement = [](Node expression) {
        return map(
            {{"nodeSelectorTerms", list({map({{"matchExpressions", list({expression})}})})}});
    };
    const QString expression = u"spec.affinity.nodeAffinity."
                               "requiredDuringSchedulingIgnoredDuringExecution."
                               "nodeSelectorTerms[0].matchExpressions[0]"_s;
    row("expression without key",
        with(f, required, requirement(map({{"operator", str("Exists")}}))),
        {expression + u".key"_s});
    row("expression bad key",
        with(f, required, requirement(map({{"key", str("bad key")}, {"operator", str("Exists")}}))),
        {expression + u".key"_s});
    row("expression bad operator",
        with(f, required,
             requirement(
                 map({{"key", str("a")}, {"operator", str("in")}, {"values", list({str("x")})}}))),
        {expression + u".operator"_s});
    row("expression without operator", with(f, required, requirement(map({{"key", str("a")}}))),
        {expression + u".operator"_s});
    row("In without values",
        with(f, required, requirement(map({{"key", str("a")}, {"operator", str("In")}}))),
        {expression + u".values"_s});
    row("NotIn with empty values",
        with(f, required,
             requirement(
                 map({{"key", str("a")}, {"operator", str("NotIn")}, {"values", list({})}}))),
        {expression + u".values"_s});
    row("Exists with values",
        with(f, required,
             requirement(map(
                 {{"key", str("a")}, {"operator", str("Exists")}, {"values", list({str("x")})}}))),
        {expression + u".values"_s});
    row("Gt with two values",
        with(f, required,
             requirement(map({{"key", str("a")},
                              {"operator", str("Gt")},
                              {"values", list({str("1"), str("2")})}}))),
        {expression + u".values"_s});
    row("Lt with text",
        with(f, required,
             requirement(map(
                 {{"key", str("a")}, {"operator", str("Lt")}, {"values", list({str("ten")})}}))),
        {expression + u".values[0]"_s});
    row("empty term",
        with(f, required,
             map({{"nodeSelectorTerms", list({map({{"matchExpressions", list({})}})})}})),
        {u"spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution."
         "nodeSelectorTerms[0]"_s});
    row("no terms", with(f, required, map({{"nodeSelectorTerms", list({})}})),
        {u"spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution."
         "nodeSelectorTerms"_s});
    row("match field key",
        with(f, required,
             map({{"nodeSelectorTerms",
                   list({map({{"matchFields", list({map({{"key", str("metadata.uid")},
                                                         {"operator", str("In")},
                                                         {"values", list({str("x")})}})})}})})}})),
        {u"spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution."
         "nodeSelectorTerms[0].matchFields[0].key"_s});
    const char *preferred =
        "spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution";
    const Node preference = map(
        {{"matchExpressions", list({map({{"key", str("disk")}, {"operator", str("Exists")}})})}});
    row("weight too high",
        with(f, preferred, list({map({{"weight", num(101)}, {"preference", preference}})})),
        {u"spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight"_s});
    row("weight zero",
        with(f, preferred, list({map({{"weight", num(0)}, {"preference", preference}})})),
        {u"spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight"_s});
    row("weight missing, preference missing", with(f, preferred, list({map({{"weight", Node()}})})),
        {u"spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight"_s,
         u"spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].preference"_s});
    row("snake case affinity", with(f, "spec.affinity", map({{"node_affinity", map({})}})),
        {u"spec.affinity.node_affinity"_s});
    row("snake case inside node affinity",
        with(f, "spec.affinity.nodeAffinity",
             map({{"required_during_scheduling_ignored_during_execution", map({})}})),
        {u"spec.affinity.nodeAffinity.required_during_scheduling_ignored_during_execution"_s});

    auto toleration = [](std::initializer_list<std::pair<const char *, Node>> members) {
        return list({map(members)});
    };
    row("toleration operator",
        with(f, "spec.tolerations", toleration({{"key", str("a")}, {"operator", str("Gt")}})),
        {u"spec.tolerations[0].operator"_s});
    row("toleration Exists with value",
        with(f, "spec.tolerations",
             toleration({{"key", str("a")}, {"operator", str("Exists")}, {"value", str("x")}})),
        {u"spec.tolerations[0].value"_s});
    row("toleration empty key with Equal",
        with(f, "spec.tolerations", toleration({{"value", str("x")}})),
        {u"spec.tolerations[0].operator"_s});
    row("toleration effect",
        with(f, "spec.tolerations", toleration({{"key", str("a")}, {"effect", str("NoRun")}})),
        {u"spec.tolerations[0].effect"_s});
    row("tolerationSeconds without NoExecute",
        with(
            f, "spec.tolerations",
            toleration(
                {{"key", str("a")}, {"effect", str("NoSchedule")}, {"tolerationSeconds", num(5)}})),
        {u"spec.tolerations[0].tolerationSeconds"_s});
    row("tolerationSeconds not integer",
        with(f, "spec.tolerations",
             toleration({{"key", str("a")},
                         {"effect", str("NoExecute")},
                         {"tolerationSeconds", str("5s")}})),
        {u"spec.tolerations[0].tolerationSeconds"_s});
    row("second toleration",
        with(f, "spec.tolerations",
             list({map({{"operator", str("Exists")}}),
                   map({{"key", str("a")}, {"operator", str("exists")}})})),
        {u"spec.tolerations[1].operator"_s});
    row("preemption mode", with(f, "spec.preemption_mode", str("always")),
        {u"spec.preemption_mode"_s});
    row("priority class", with(f, "spec.priority_class_name", str("High")),
        {u"spec.priority_class_name"_s});

    // pod settings
    row("image pull policy", with(f, "spec.image_pull_policy", str("always")),
        {u"spec.image_pull_policy"_s});
    row("service account", with(f, "spec.service_account", str("my_sa")),
        {u"spec.service_account"_s});
    row("image pull secret", with(f, "spec.image_pull_secret", str("Creds")),
        {u"spec.image_pull_secret"_s});
    row("negative replicas", with(f, "spec.replicas", num(-1)), {u"spec.replicas"_s});
    row("replicas text", with(f, "spec.replicas", str("two")), {u"spec.replicas"_s});

    // env
    row("env name", with(f, "spec.env", list({map({{"name", str("1ABC")}, {"value", str("x")}})})),
        {u"spec.env[0].name"_s});
    row("env duplicate",
        with(f, "spec.env",
             list({map({{"name", str("A")}, {"value", str("1")}}),
                   map({{"name", str("A")}, {"value", str("2")}})})),
        {u"spec.env[1].name"_s});
    row("env neither value", with(f, "spec.env", list({map({{"name", str("A")}})})),
        {u"spec.env[0]"_s});
    row("env both values",
        with(f, "spec.env",
             list({map({{"name", str("A")},
                        {"value", str("1")},
                        {"valueFrom",
                         map({{"fieldRef", map({{"fieldPath", str("spec.nodeName")}})}})}})})),
        {u"spec.env[0]"_s});
    row("env secret without key",
        with(f, "spec.env",
             list({map({{"name", str("A")},
                        {"valueFrom", map({{"secretKeyRef", map({{"name", str("s")}})}})}})})),
        {u"spec.env[0].valueFrom.secretKeyRef.key"_s});
    row("env secret without name and key",
        with(f, "spec.env",
             list({map({{"name", str("A")}, {"valueFrom", map({{"secretKeyRef", map({})}})}})})),
        {u"spec.env[0].valueFrom.secretKeyRef.name"_s,
         u"spec.env[0].valueFrom.secretKeyRef.key"_s});
    row("env unknown valueFrom",
        with(f, "spec.env",
             list({map({{"name", str("A")}, {"valueFrom", map({{"vault", map({})}})}})})),
        {u"spec.env[0].valueFrom"_s});
    row("env missing name", with(f, "spec.env", list({map({{"value", str("1")}})})),
        {u"spec.env[0].name"_s});

    // volumes and mounts
    row("volume name",
        with(f, "spec.volumes", list({map({{"name", str("Data")}, {"emptyDir", map({})}})})),
        {u"spec.volumes[0].name"_s, u"spec.volume_mounts[0].name"_s,
         u"spec.volume_mounts[1].name"_s});
    row("volume without source",
        with(f, "spec.volumes",
             list({map({{"name", str("data")}}),
                   map({{"name", str("shm")}, {"emptyDir", map({})}})})),
        {u"spec.volumes[0]"_s});
    row("volume with two sources",
        with(f, "spec.volumes",
             list({map({{"name", str("data")},
                        {"emptyDir", map({})},
                        {"hostPath", map({{"path", str("/x")}})}}),
                   map({{"name", str("shm")}, {"emptyDir", map({})}})})),
        {u"spec.volumes[0]"_s});
    row("duplicate volume",
        with(f, "spec.volumes",
             list({map({{"name", str("data")}, {"emptyDir", map({})}}),
                   map({{"name", str("shm")}, {"emptyDir", map({})}}),
                   map({{"name", str("data")}, {"emptyDir", map({})}})})),
        {u"spec.volumes[2].name"_s});
    row("mount unknown volume",
        with(f, "spec.volume_mounts",
             list({map({{"name", str("cache")}, {"mountPath", str("/c")}})})),
        {u"spec.volume_mounts[0].name"_s});
    row("mount relative path",
        with(f, "spec.volume_mounts",
             list({map({{"name", str("data")}, {"mountPath", str("data")}})})),
        {u"spec.volume_mounts[0].mountPath"_s});
    row("mount missing path", with(f, "spec.volume_mounts", list({map({{"name", str("data")}})})),
        {u"spec.volume_mounts[0].mountPath"_s});
    row("mount snake case path",
        with(f, "spec.volume_mounts",
             list({map({{"name", str("data")}, {"mount_path", str("/d")}})})),
        {u"spec.volume_mounts[0].mount_path"_s});
    row("duplicate mount path",
        with(f, "spec.volume_mounts",
             list({map({{"name", str("data")}, {"mountPath", str("/d")}}),
                   map({{"name", str("shm")}, {"mountPath", str("/d")}})})),
        {u"spec.volume_mounts[1].mountPath"_s});
}

void TestFunctionValidator::badField()
{
    QFETCH(Node, function);
    QFETCH(QStringList, paths);
    const auto problems = FunctionValidator::validate(function);
    QCOMPARE(pathsOf(problems), paths);
    for (const auto &problem : problems) {
        QVERIFY2(problem.message.size() > 10, qPrintable(problem.message));
        QVERIFY2(problem.message.endsWith(u'.') || problem.message.contains(u"got"_s),
                 qPrintable(problem.message));
    }
}

void TestFunctionValidator::reportsEveryProblemInDocumentOrder()
{
    Node f = validFunction();
    f = with(f, "spec.env", list({map({{"name", str("1X")}})}));
    f = with(f, "spec.resources.limits.cpu", str("lots"));
    f = with(f, "metadata.name", str("Bad_Name"));
    f = with(f, "kind", str("lambda"));
    f = with(f, "spec.preemption_mode", str("sometimes"));
    const auto problems = FunctionValidator::validate(f);
    const QStringList expected{u"kind"_s,
                               u"metadata.name"_s,
                               u"spec.resources.limits.cpu"_s,
                               u"spec.preemption_mode"_s,
                               u"spec.env[0].name"_s,
                               u"spec.env[0]"_s};
    QCOMPARE(pathsOf(problems), expected);

    // Document order follows the keys as written, not a fixed order.
    const Node reversed = map({{"spec", map({{"replicas", num(-2)}})},
                               {"metadata", map({{"name", str("ok")}, {"project", str("A")}})},
                               {"kind", str("x")}});
    QCOMPARE(pathsOf(FunctionValidator::validate(reversed)),
             (QStringList{u"spec.replicas"_s, u"metadata.project"_s, u"kind"_s}));
}

void TestFunctionValidator::wrongTypesDoNotCrash_data()
{
    QTest::addColumn<Node>("function");
    QTest::addColumn<QString>("path");
    const Node f = validFunction();
    QTest::newRow("root list") << list({str("a")}) << QString();
    QTest::newRow("root scalar") << str("function") << QString();
    QTest::newRow("kind number") << with(f, "kind", num(1)) << u"kind"_s;
    QTest::newRow("metadata list") << with(f, "metadata", list({})) << u"metadata"_s;
    QTest::newRow("name mapping") << with(f, "metadata.name", map({})) << u"metadata.name"_s;
    QTest::newRow("labels list") << with(f, "metadata.labels", list({})) << u"metadata.labels"_s;
    QTest::newRow("spec text") << with(f, "spec", str("x")) << u"spec"_s;
    QTest::newRow("env mapping") << with(f, "spec.env", map({{"A", str("1")}})) << u"spec.env"_s;
    QTest::newRow("env item text") << with(f, "spec.env", list({str("A=1")})) << u"spec.env[0]"_s;
    QTest::newRow("env value list")
        << with(f, "spec.env", list({map({{"name", str("A")}, {"value", list({})}})}))
        << u"spec.env[0].value"_s;
    QTest::newRow("volumes mapping") << with(f, "spec.volumes", map({})) << u"spec.volumes"_s;
    QTest::newRow("mounts text") << with(f, "spec.volume_mounts", str("/x"))
                                 << u"spec.volume_mounts"_s;
    QTest::newRow("tolerations mapping")
        << with(f, "spec.tolerations", map({{"key", str("a")}})) << u"spec.tolerations"_s;
    QTest::newRow("toleration key number")
        << with(f, "spec.tolerations", list({map({{"key", num(1)}, {"operator", str("Exists")}})}))
        << u"spec.tolerations[0].key"_s;
    QTest::newRow("affinity list") << with(f, "spec.affinity", list({})) << u"spec.affinity"_s;
    QTest::newRow("node affinity text")
        << with(f, "spec.affinity.nodeAffinity", str("x")) << u"spec.affinity.nodeAffinity"_s;
    QTest::newRow("terms mapping")
        << with(f,
                "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution."
                "nodeSelectorTerms",
                map({}))
        << u"spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution."
           "nodeSelectorTerms"_s;
    QTest::newRow("preferred mapping")
        << with(f, "spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution",
                map({}))
        << u"spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution"_s;
    QTest::newRow("node selector list")
        << with(f, "spec.node_selector", list({})) << u"spec.node_selector"_s;
    QTest::newRow("node name number") << with(f, "spec.node_name", num(5)) << u"spec.node_name"_s;
    QTest::newRow("requests list")
        << with(f, "spec.resources.requests", list({})) << u"spec.resources.requests"_s;
    QTest::newRow("cpu mapping") << with(f, "spec.resources.limits.cpu", map({}))
                                 << u"spec.resources.limits.cpu"_s;
    QTest::newRow("replicas float")
        << with(f, "spec.replicas", Node::realText("1.5", 1.5)) << u"spec.replicas"_s;
    QTest::newRow("pull policy list")
        << with(f, "spec.image_pull_policy", list({})) << u"spec.image_pull_policy"_s;
    QTest::newRow("valueFrom list")
        << with(f, "spec.env", list({map({{"name", str("A")}, {"valueFrom", list({})}})}))
        << u"spec.env[0].valueFrom"_s;
}

void TestFunctionValidator::wrongTypesDoNotCrash()
{
    QFETCH(Node, function);
    QFETCH(QString, path);
    const auto problems = FunctionValidator::validate(function);
    QVERIFY2(pathsOf(problems).contains(path), qPrintable(describe(problems)));
}

void TestFunctionValidator::messagesNameTheValue()
{
    auto messageFor = [](const Node &function) {
        const auto problems = FunctionValidator::validate(function);
        return problems.empty() ? QString() : problems.front().message;
    };
    const Node f = validFunction();
    QCOMPARE(messageFor(with(f, "spec.resources.limits.cpu", str("2x"))),
             u"CPU limit '2x' is not a Kubernetes quantity (like 500m, 2 or 1.5)."_s);
    QCOMPARE(messageFor(with(f, "spec.image_pull_policy", str("Sometimes"))),
             u"Image pull policy must be one of ['Always', 'IfNotPresent', 'Never'], got "
             "Sometimes"_s);
    QVERIFY(messageFor(with(f, "metadata.name", str("My_Trainer"))).contains(u"'my-trainer'"_s));
    QVERIFY(messageFor(with(f, "spec.affinity", map({{"node_affinity", map({})}})))
                .contains(u"'nodeAffinity'"_s));
    QVERIFY(messageFor(with(with(f, "kind", str("dask")), "spec.worker_resources.limits.memory",
                            str("1 Gi")))
                .startsWith(u"Worker memory limit '1 Gi'"_s));
    QCOMPARE(messageFor(with(f, "spec.resources.requests.cpu", str("3"))),
             u"CPU request '3' is above the CPU limit '2'."_s);
}

QTEST_GUILESS_MAIN(TestFunctionValidator)
#include "tst_functionvalidator.moc"
