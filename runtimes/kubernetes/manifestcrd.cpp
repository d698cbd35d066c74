// SPDX-License-Identifier: Apache-2.0
#include "manifestcrd.h"

#include "manifestjob.h"
#include "manifestnames.h"
#include "manifestnodes.h"
#include "manifestplan.h"

#include <QRegularExpression>

namespace Runbench::Runtimes {

using namespace Models;
using ManifestNodes::text;
using T = FunctionSpec::TextField;

namespace {

const QString kDefaultSparkVersion = QStringLiteral("3.5.0");

const Node *specField(const FunctionSpec &function, std::string_view key)
{
    const Node *spec = function.root().get("spec");
    const Node *value = spec && spec->isMapping() ? spec->get(key) : nullptr;
    return ManifestNodes::isEmpty(value) ? nullptr : value;
}

QString specText(const FunctionSpec &function, std::string_view key)
{
    const Node *value = specField(function, key);
    return value && value->isScalar() ? QString::fromStdString(value->displayText()) : QString();
}

qint64 replicas(const FunctionSpec &function, std::string_view fallbackKey)
{
    if (const auto r = function.replicas(); r && *r > 0)
        return *r;
    const qint64 fallback = specText(function, fallbackKey).toLongLong();
    return fallback > 0 ? fallback : 1;
}

Node port(const char *name, int number)
{
    Node p = Node::mapping();
    p.insert("name") = Node::string(name);
    p.insert("containerPort") = Node::integer(number);
    p.insert("protocol") = Node::string("TCP");
    return p;
}

// The container's resources replaced by the spec's `key` section (dask and spark roles).
void useResources(Node &container, const FunctionSpec &function, std::string_view key)
{
    container.remove("resources");
    if (const Node *resources = specField(function, key); resources && resources->isMapping()) {
        Node clean = Node::mapping();
        for (const char *section : {"limits", "requests"}) {
            if (const Node *values = resources->get(section); !ManifestNodes::isEmpty(values))
                clean.insert(section) = ManifestNodes::stringified(*values);
        }
        if (clean.size() > 0)
            container.insert("resources") = std::move(clean);
    }
}

// A Kubernetes memory quantity in Spark's JVM notation (512Mi -> 512m); empty when it has none.
QString sparkMemory(const QString &quantity)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]+)(Ki|Mi|Gi|Ti|k|M|G|T)$"));
    const auto match = re.match(quantity);
    if (!match.hasMatch())
        return {};
    return match.captured(1) + match.captured(2).left(1).toLower();
}

// cores, coreLimit, coreRequest, memory (JVM notation) and gpu of a Spark driver or executor
// from Kubernetes resources.
Node sparkSizing(const Node *resources)
{
    const Node *limits = resources ? resources->get("limits") : nullptr;
    const Node *requests = resources ? resources->get("requests") : nullptr;
    auto value = [](const Node *section, const char *key) {
        const Node *v = section ? section->get(key) : nullptr;
        return v ? QString::fromStdString(v->displayText()) : QString();
    };
    Node role = Node::mapping();
    const int cores = value(requests, "cpu").toInt();
    role.insert("cores") = Node::integer(cores > 0 ? cores : 1);
    if (const QString limit = value(limits, "cpu"); !limit.isEmpty())
        role.insert("coreLimit") = text(limit);
    if (const QString request = value(requests, "cpu"); !request.isEmpty())
        role.insert("coreRequest") = text(request);
    QString memory = sparkMemory(value(limits, "memory"));
    if (memory.isEmpty())
        memory = sparkMemory(value(requests, "memory"));
    if (!memory.isEmpty())
        role.insert("memory") = text(memory);
    if (!limits)
        return role;
    for (const Node::Member &m : limits->members()) {
        const std::string &key = m.key.text();
        if (key == "cpu" || key == "memory")
            continue;
        Node &gpu = role.insert("gpu") = Node::mapping();
        gpu.insert("name") = Node::string(key);
        gpu.insert("quantity") =
            Node::integer(QString::fromStdString(m.value.displayText()).toLongLong());
    }
    return role;
}

} // namespace

CrdManifestBuilder::CrdManifestBuilder(FunctionSpec function, LaunchPlan plan,
                                       ManifestOptions options)
    : m_function(std::move(function))
    , m_plan(std::move(plan))
    , m_options(std::move(options))
{}

bool CrdManifestBuilder::isNuclio(const QString &kind)
{
    return kind == QLatin1String("nuclio") || kind == QLatin1String("remote") ||
           kind == QLatin1String("serving") || kind.startsWith(QLatin1String("nuclio:"));
}

bool CrdManifestBuilder::handles(const QString &kind)
{
    return isNuclio(kind) || kind == QLatin1String("mpijob") || kind == QLatin1String("spark") ||
           kind == QLatin1String("dask");
}

QString CrdManifestBuilder::name() const
{
    return ManifestNames::objectName(m_plan.name, m_plan.uid, m_plan.iteration);
}

Node CrdManifestBuilder::objectHead(const char *apiVersion, const char *kind,
                                    const QString &name) const
{
    const ManifestPod pod(m_function, m_plan, m_options);
    Node object = Node::mapping();
    object.insert("apiVersion") = Node::string(apiVersion);
    object.insert("kind") = Node::string(kind);
    object.insert("metadata") = pod.metadata(name, m_plan.iteration);
    return object;
}

Node CrdManifestBuilder::podTemplate(Node container, bool withRunner) const
{
    const ManifestPod pod(m_function, m_plan, m_options);
    Node templ = Node::mapping();
    templ.insert("metadata").insert("labels") = pod.labels(m_plan.iteration);
    std::vector<Node> containers;
    containers.push_back(std::move(container));
    templ.insert("spec") = pod.podSpec(std::move(containers), name(), withRunner);
    return templ;
}

Result<std::vector<Node>> CrdManifestBuilder::manifests() const
{
    const QString kind = m_function.kind();
    std::vector<Node> out;
    if (isNuclio(kind)) {
        out.push_back(nuclioFunction());
        return out;
    }
    const JobManifestBuilder runner(m_function, m_plan, m_options);
    auto map = runner.configMap(m_plan.iteration, m_plan.parameters);
    if (!map)
        return map.error();
    out.push_back(std::move(*map));
    out.push_back(kind == QLatin1String("mpijob")  ? mpiJob()
                  : kind == QLatin1String("spark") ? sparkApplication()
                                                   : daskJob());
    return out;
}

Node CrdManifestBuilder::mpiJob() const
{
    const ManifestPod pod(m_function, m_plan, m_options);
    const qint64 workers = replicas(m_function, "replicas");
    QStringList command = {QStringLiteral("mpirun")};
    if (const Node *args = specField(m_function, "mpi_args"); args && args->isSequence()) {
        for (const Node &arg : args->items())
            command << QString::fromStdString(arg.displayText());
    }
    command << QStringLiteral("-np") << QString::number(workers);
    command << pod.runnerCommand();
    Node launcher = pod.container(QStringLiteral("launcher"), command, true);
    launcher.remove("resources"); // the work happens on the workers
    Node worker = pod.container(QStringLiteral("worker"), {}, true);

    Node job = objectHead("kubeflow.org/v2beta1", "MPIJob", name());
    Node &spec = job.insert("spec") = Node::mapping();
    spec.insert("slotsPerWorker") = Node::integer(1);
    Node &policy = spec.insert("runPolicy") = Node::mapping();
    policy.insert("cleanPodPolicy") = Node::string("Running");
    policy.insert("backoffLimit") = Node::integer(0);
    spec.insert("mpiImplementation") = Node::string("OpenMPI");
    Node &replicaSpecs = spec.insert("mpiReplicaSpecs") = Node::mapping();
    Node &launcherSpec = replicaSpecs.insert("Launcher") = Node::mapping();
    launcherSpec.insert("replicas") = Node::integer(1);
    launcherSpec.insert("restartPolicy") = Node::string("Never");
    launcherSpec.insert("template") = podTemplate(std::move(launcher), true);
    Node &workerSpec = replicaSpecs.insert("Worker") = Node::mapping();
    workerSpec.insert("replicas") = Node::integer(workers);
    workerSpec.insert("restartPolicy") = Node::string("Never");
    workerSpec.insert("template") = podTemplate(std::move(worker), true);
    return job;
}

Node CrdManifestBuilder::sparkApplication() const
{
    const ManifestPod pod(m_function, m_plan, m_options);
    QString version = specText(m_function, "spark_version");
    if (version.isEmpty())
        version = kDefaultSparkVersion;
    const QString image = m_function.text(T::Image).isEmpty()
                              ? QStringLiteral("spark:%1-python3").arg(version)
                              : m_function.text(T::Image);
    const QString runner = QLatin1String(ManifestPlan::kRunnerDir);
    const Node container = pod.container(QLatin1String(ManifestPod::kContainerName), {}, true);
    const Node podSpec = pod.podSpec({}, name(), true);

    Node app = objectHead("sparkoperator.k8s.io/v1beta2", "SparkApplication", name());
    Node &spec = app.insert("spec") = Node::mapping();
    spec.insert("type") = Node::string("Python");
    spec.insert("pythonVersion") = Node::string("3");
    spec.insert("mode") = Node::string("cluster");
    spec.insert("image") = text(image);
    if (const Node *policy = container.get("imagePullPolicy"))
        spec.insert("imagePullPolicy") = *policy;
    if (const Node *secrets = podSpec.get("imagePullSecrets")) {
        Node names = Node::sequence();
        for (const Node &s : secrets->items())
            names.items().push_back(*s.get("name"));
        spec.insert("imagePullSecrets") = std::move(names);
    }
    spec.insert("mainApplicationFile") =
        text(QStringLiteral("local://") + runner + QStringLiteral("/runbench_run.py"));
    spec.insert("arguments") = ManifestNodes::texts({runner + QStringLiteral("/task.json")});
    spec.insert("sparkVersion") = text(version);
    Node &restart = spec.insert("restartPolicy") = Node::mapping();
    restart.insert("type") = Node::string("Never");
    if (const Node *volumes = podSpec.get("volumes"))
        spec.insert("volumes") = *volumes;

    auto role = [&](const char *resourcesKey, bool driver) {
        Node sized = container;
        useResources(sized, m_function, resourcesKey);
        Node role = sparkSizing(sized.get("resources"));
        if (!driver)
            role.insert("instances") = Node::integer(replicas(m_function, "replicas"));
        role.insert("labels") = pod.labels(m_plan.iteration);
        for (const char *key : {"env", "volumeMounts", "securityContext"}) {
            if (const Node *v = sized.get(key))
                role.insert(key) = *v;
        }
        for (const char *key : {"nodeSelector", "affinity", "tolerations", "priorityClassName"}) {
            if (const Node *v = podSpec.get(key))
                role.insert(key) = *v;
        }
        if (const Node *account = podSpec.get("serviceAccountName"))
            role.insert("serviceAccount") = *account;
        return role;
    };
    spec.insert("driver") = role("driver_resources", true);
    spec.insert("executor") = role("executor_resources", false);
    return app;
}

Node CrdManifestBuilder::daskClusterSpec(const QString &clusterName) const
{
    const ManifestPod pod(m_function, m_plan, m_options);
    auto clusterPod = [&](Node container) {
        Node templ = podTemplate(std::move(container), false);
        Node spec = *templ.get("spec");
        spec.remove("restartPolicy"); // the operator runs these pods as Deployments
        return spec;
    };
    Node scheduler = pod.container(QStringLiteral("scheduler"), {}, false);
    useResources(scheduler, m_function, "scheduler_resources");
    scheduler.insert("args") = ManifestNodes::texts({QStringLiteral("dask-scheduler")});
    Node &schedulerPorts = scheduler.insert("ports") = Node::sequence();
    schedulerPorts.items().push_back(port("tcp-comm", 8786));
    schedulerPorts.items().push_back(port("http-dashboard", 8787));

    Node worker = pod.container(QStringLiteral("worker"), {}, false);
    if (specField(m_function, "worker_resources"))
        useResources(worker, m_function, "worker_resources");
    worker.insert("args") =
        ManifestNodes::texts({QStringLiteral("dask-worker"), QStringLiteral("--name"),
                              QStringLiteral("$(DASK_WORKER_NAME)"), QStringLiteral("--dashboard"),
                              QStringLiteral("--dashboard-address"), QStringLiteral("8788")});
    Node &workerPorts = worker.insert("ports") = Node::sequence();
    workerPorts.items().push_back(port("http-dashboard", 8788));

    Node spec = Node::mapping();
    Node &workerSpec = spec.insert("worker") = Node::mapping();
    workerSpec.insert("replicas") = Node::integer(replicas(m_function, "min_replicas"));
    workerSpec.insert("spec") = clusterPod(std::move(worker));
    Node &schedulerSpec = spec.insert("scheduler") = Node::mapping();
    schedulerSpec.insert("spec") = clusterPod(std::move(scheduler));
    Node &service = schedulerSpec.insert("service") = Node::mapping();
    service.insert("type") = Node::string("ClusterIP");
    Node &selector = service.insert("selector") = Node::mapping();
    selector.insert("dask.org/cluster-name") = text(clusterName);
    selector.insert("dask.org/component") = Node::string("scheduler");
    Node &ports = service.insert("ports") = Node::sequence();
    for (const auto &[portName, number] :
         {std::pair{"tcp-comm", 8786}, std::pair{"http-dashboard", 8787}}) {
        Node p = Node::mapping();
        p.insert("name") = Node::string(portName);
        p.insert("protocol") = Node::string("TCP");
        p.insert("port") = Node::integer(number);
        p.insert("targetPort") = Node::string(portName);
        ports.items().push_back(std::move(p));
    }
    return spec;
}

Node CrdManifestBuilder::daskCluster() const
{
    Node cluster = objectHead("kubernetes.dask.org/v1", "DaskCluster", name());
    cluster.insert("spec") = daskClusterSpec(name());
    return cluster;
}

Node CrdManifestBuilder::daskJob() const
{
    const ManifestPod pod(m_function, m_plan, m_options);
    Node runner = pod.container(QStringLiteral("job"), pod.runnerCommand(), true);
    runner.remove("resources"); // the work happens on the workers
    Node job = objectHead("kubernetes.dask.org/v1", "DaskJob", name());
    Node &spec = job.insert("spec") = Node::mapping();
    spec.insert("job") = podTemplate(std::move(runner), true);
    // The operator names the job's cluster after the job.
    spec.insert("cluster").insert("spec") = daskClusterSpec(name());
    return job;
}

Node CrdManifestBuilder::nuclioFunction() const
{
    const ManifestPod pod(m_function, m_plan, m_options);
    const QString functionName =
        ManifestNames::label(m_plan.project + QLatin1Char('-') + m_function.name());
    Node function = objectHead("nuclio.io/v1beta1", "NuclioFunction", functionName);
    function.get("metadata")->get("labels")->insert("nuclio.io/project-name") =
        text(ManifestNames::labelValue(m_plan.project));
    const Node container = pod.container(QLatin1String(ManifestPod::kContainerName), {}, false);
    const Node podSpec = pod.podSpec({}, {}, false);

    Node &spec = function.insert("spec") = Node::mapping();
    if (!m_function.description().isEmpty())
        spec.insert("description") = text(m_function.description());
    const Node *baseSpec = m_function.root().at("spec.base_spec.spec");
    const Node *baseHandler =
        baseSpec && baseSpec->isMapping() ? baseSpec->get("handler") : nullptr;
    QString handler = specText(m_function, "function_handler");
    if (handler.isEmpty() && baseHandler && baseHandler->isString())
        handler = QString::fromStdString(baseHandler->text());
    if (handler.isEmpty()) {
        const QString module = ManifestPlan::codeKey(m_function).chopped(3);
        handler = module + QLatin1Char(':') +
                  (m_plan.handler.isEmpty() ? QStringLiteral("handler") : m_plan.handler);
    }
    spec.insert("handler") = text(handler);
    const QString runtime = specText(m_function, "nuclio_runtime");
    spec.insert("runtime") = text(runtime.isEmpty() ? QStringLiteral("python:3.9") : runtime);
    spec.insert("image") = text(pod.image());
    for (const char *key : {"imagePullPolicy", "env", "resources"}) {
        if (const Node *v = container.get(key))
            spec.insert(key) = *v;
    }
    if (const Node *secrets = podSpec.get("imagePullSecrets"))
        spec.insert("imagePullSecrets") = *secrets->items().front().get("name");
    const QString minReplicas = specText(m_function, "min_replicas");
    const QString maxReplicas = specText(m_function, "max_replicas");
    spec.insert("minReplicas") =
        Node::integer(minReplicas.isEmpty() ? 1 : minReplicas.toLongLong());
    spec.insert("maxReplicas") =
        Node::integer(maxReplicas.isEmpty() ? 4 : maxReplicas.toLongLong());
    const Node *noHttp = specField(m_function, "disable_default_http_trigger");
    if (!noHttp || !noHttp->boolValue()) {
        Node &http = spec.insert("triggers").insert("http") = Node::mapping();
        http.insert("kind") = Node::string("http");
        http.insert("maxWorkers") = Node::integer(1);
        http.insert("attributes").insert("serviceType") = Node::string("ClusterIP");
    }
    // Nuclio pairs every volume with its mount.
    const Node mounts = pod.volumeMounts();
    const Node declared = pod.volumes();
    Node volumes = Node::sequence();
    for (const Node &volume : declared.items()) {
        const Node *volumeName = volume.isMapping() ? volume.get("name") : nullptr;
        for (const Node &mount : mounts.items()) {
            const Node *mountName = mount.isMapping() ? mount.get("name") : nullptr;
            if (volumeName && mountName && *volumeName == *mountName) {
                Node pair = Node::mapping();
                pair.insert("volume") = volume;
                pair.insert("volumeMount") = mount;
                volumes.items().push_back(std::move(pair));
            }
        }
    }
    if (volumes.size() > 0)
        spec.insert("volumes") = std::move(volumes);
    for (const char *key : {"nodeSelector", "affinity", "tolerations", "priorityClassName"}) {
        if (const Node *v = podSpec.get(key))
            spec.insert(key) = *v;
    }
    if (const Node *account = podSpec.get("serviceAccountName"))
        spec.insert("serviceAccount") = *account;
    const Node *code = m_function.root().at("spec.build.functionSourceCode");
    if (!code || !code->isString() || code->text().empty())
        code =
            baseSpec && baseSpec->isMapping() ? baseSpec->at("build.functionSourceCode") : nullptr;
    if (code && code->isString() && !code->text().empty()) {
        Node &build = spec.insert("build") = Node::mapping();
        build.insert("functionSourceCode") = *code;
        build.insert("codeEntryType") = Node::string("sourceCode");
    }
    // The controller deploys only functions waiting for their resources (it never builds).
    function.insert("status").insert("state") = Node::string("waitingForResourceConfiguration");
    return function;
}

} // namespace Runbench::Runtimes
