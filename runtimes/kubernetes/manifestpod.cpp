// SPDX-License-Identifier: Apache-2.0
#include "manifestpod.h"

#include "manifestnames.h"
#include "manifestnodes.h"
#include "manifestplan.h"

namespace Runbench::Runtimes {

using namespace Models;
using ManifestNodes::text;
using T = FunctionSpec::TextField;

namespace {

std::string ss(const QString &s)
{
    return s.toStdString();
}

void putText(Node &map, std::string_view key, const QString &value)
{
    if (!value.isEmpty())
        map.insert(key) = text(value);
}

void putNode(Node &map, std::string_view key, const Node &value)
{
    if (!ManifestNodes::isEmpty(&value))
        map.insert(key) = value;
}

} // namespace

ManifestPod::ManifestPod(const FunctionSpec &function, const LaunchPlan &plan,
                         ManifestOptions options)
    : m_function(function)
    , m_plan(plan)
    , m_options(std::move(options))
{}

const Node *ManifestPod::specField(std::string_view key) const
{
    const Node *spec = m_function.root().get("spec");
    return spec && spec->isMapping() ? spec->get(key) : nullptr;
}

QString ManifestPod::defaultImage(const QString &kind)
{
    return kind == QLatin1String("dask") ? QStringLiteral("mlrun/ml-base")
                                         : QStringLiteral("mlrun/mlrun");
}

QString ManifestPod::image() const
{
    const QString image = m_function.text(T::Image);
    if (!image.isEmpty())
        return image;
    const QString base = m_function.text(T::BaseImage);
    return base.isEmpty() ? defaultImage(m_function.kind()) : base;
}

Node ManifestPod::labels(int iteration) const
{
    Node labels = Node::mapping();
    const auto own = m_function.map(FunctionSpec::MapField::Labels);
    for (auto it = own.cbegin(); it != own.cend(); ++it)
        labels.insert(ss(it.key())) = text(ManifestNames::labelValue(it.value()));
    const QString tag = m_function.tag().isEmpty() ? QStringLiteral("latest") : m_function.tag();
    const std::pair<const char *, QString> mlrun[] = {
        {"mlrun/class", m_function.kind()},
        {"mlrun/project", m_plan.project},
        {"mlrun/function", m_function.name()},
        {"mlrun/tag", tag},
        {"mlrun/uid", m_plan.uid},
        {"mlrun/name", m_plan.name},
    };
    for (const auto &[key, value] : mlrun)
        labels.insert(key) = text(ManifestNames::labelValue(value));
    if (iteration > 0)
        labels.insert("mlrun/iteration") = text(QString::number(iteration));
    labels.insert("app.kubernetes.io/managed-by") = Node::string("runbench");
    return labels;
}

Node ManifestPod::annotations() const
{
    Node annotations = Node::mapping();
    putText(annotations, "runbench/function-ref", m_plan.functionRef);
    putText(annotations, "runbench/kube-context", m_options.kubeContext);
    putText(annotations, "runbench/preemption-mode", m_function.text(T::PreemptionMode));
    return annotations;
}

Node ManifestPod::metadata(const QString &name, int iteration) const
{
    Node metadata = Node::mapping();
    metadata.insert("name") = text(name);
    metadata.insert("namespace") = text(m_options.ns);
    metadata.insert("labels") = labels(iteration);
    putNode(metadata, "annotations", annotations());
    return metadata;
}

QStringList ManifestPod::runnerCommand() const
{
    if (m_plan.mode == QLatin1String("shell")) {
        QString line = m_plan.shellCommand;
        for (const QString &arg : m_plan.args)
            line += QLatin1Char(' ') + arg;
        return {QStringLiteral("/bin/sh"), QStringLiteral("-c"), line};
    }
    const QString dir = QLatin1String(ManifestPlan::kRunnerDir);
    return {QStringLiteral("python3"), QStringLiteral("-u"),
            dir + QStringLiteral("/runbench_run.py"), dir + QStringLiteral("/task.json")};
}

Node ManifestPod::env() const
{
    Node env = Node::sequence();
    Node project = Node::mapping();
    project.insert("name") = Node::string("MLRUN_DEFAULT_PROJECT");
    project.insert("value") = text(m_plan.project);
    env.items().push_back(std::move(project));
    const Node *list = specField("env");
    if (!list || !list->isSequence())
        return env;
    for (const Node &item : list->items()) {
        const Node *name = item.isMapping() ? item.get("name") : nullptr;
        if (!name || name->displayText().empty())
            continue;
        Node var = Node::mapping();
        var.insert("name") = Node::string(name->displayText());
        if (const Node *from = item.get("valueFrom"); !ManifestNodes::isEmpty(from))
            var.insert("valueFrom") = *from;
        else if (const Node *value = item.get("value"))
            var.insert("value") = Node::string(value->displayText());
        env.items().push_back(std::move(var));
    }
    return env;
}

Node ManifestPod::resources() const
{
    Node resources = Node::mapping();
    const Node *spec = specField("resources");
    for (const char *section : {"limits", "requests"}) {
        const Node *values = spec && spec->isMapping() ? spec->get(section) : nullptr;
        if (values && values->isMapping()) {
            Node clean = Node::mapping();
            for (const Node::Member &m : values->members()) {
                if (!m.value.isNull() && !m.value.displayText().empty())
                    clean.insert(m.key.displayText()) = Node::string(m.value.displayText());
            }
            putNode(resources, section, clean);
        }
    }
    return resources;
}

Node ManifestPod::volumes() const
{
    const Node *volumes = specField("volumes");
    return volumes && volumes->isSequence() ? *volumes : Node::sequence();
}

Node ManifestPod::volumeMounts() const
{
    const Node *mounts = specField("volume_mounts");
    return mounts && mounts->isSequence() ? *mounts : Node::sequence();
}

Node ManifestPod::container(const QString &name, const QStringList &command, bool withRunner) const
{
    Node c = Node::mapping();
    c.insert("name") = text(name);
    c.insert("image") = text(image());
    putText(c, "imagePullPolicy", m_function.text(T::ImagePullPolicy));
    if (!command.isEmpty())
        c.insert("command") = ManifestNodes::texts(command);
    if (withRunner && m_plan.mode == QLatin1String("shell"))
        putText(c, "workingDir", m_plan.workdir);
    c.insert("env") = env();
    putNode(c, "resources", resources());
    Node mounts = volumeMounts();
    if (withRunner) {
        Node runner = Node::mapping();
        runner.insert("name") = Node::string(kRunnerVolume);
        runner.insert("mountPath") = Node::string(ManifestPlan::kRunnerDir);
        runner.insert("readOnly") = Node::boolean(true);
        mounts.items().push_back(std::move(runner));
        Node output = Node::mapping();
        output.insert("name") = Node::string(kOutputVolume);
        output.insert("mountPath") = Node::string(ManifestPlan::kOutputDir);
        mounts.items().push_back(std::move(output));
    }
    putNode(c, "volumeMounts", mounts);
    if (const Node *security = specField("security_context"); !ManifestNodes::isEmpty(security))
        c.insert("securityContext") = *security;
    return c;
}

Placement ManifestPod::placement() const
{
    Placement placement;
    // In document order; an empty value cancels a selector, as in MLRun.
    if (const Node *selector = specField("node_selector"); selector && selector->isMapping()) {
        for (const Node::Member &m : selector->members()) {
            if (!m.value.isNull() && !m.value.displayText().empty())
                placement.nodeSelector.insert(m.key.displayText()) =
                    Node::string(m.value.displayText());
        }
    }
    if (const Node *affinity = specField("affinity"); !ManifestNodes::isEmpty(affinity))
        placement.affinity = *affinity;
    if (const Node *tolerations = specField("tolerations"); !ManifestNodes::isEmpty(tolerations))
        placement.tolerations = *tolerations;
    ManifestPreemption::apply(m_function.text(T::PreemptionMode), m_options.preemptibleNodes,
                              placement);
    return placement;
}

Node ManifestPod::podSpec(std::vector<Node> containers, const QString &configMapName,
                          bool withRunner) const
{
    Node spec = Node::mapping();
    spec.insert("restartPolicy") = Node::string("Never");
    putText(spec, "serviceAccountName", m_function.text(T::ServiceAccount));
    putText(spec, "nodeName", m_function.text(T::NodeName));
    const Placement place = placement();
    putNode(spec, "nodeSelector", place.nodeSelector);
    putNode(spec, "affinity", place.affinity);
    putNode(spec, "tolerations", place.tolerations);
    putText(spec, "priorityClassName", m_function.text(T::PriorityClassName));
    if (const QString secret = m_function.text(T::ImagePullSecret); !secret.isEmpty()) {
        Node secrets = Node::sequence();
        Node ref = Node::mapping();
        ref.insert("name") = text(secret);
        secrets.items().push_back(std::move(ref));
        spec.insert("imagePullSecrets") = std::move(secrets);
    }
    Node &list = spec.insert("containers") = Node::sequence();
    list.items() = std::move(containers);
    Node volumes = this->volumes();
    if (withRunner) {
        Node runner = Node::mapping();
        runner.insert("name") = Node::string(kRunnerVolume);
        runner.insert("configMap").insert("name") = text(configMapName);
        volumes.items().push_back(std::move(runner));
        Node output = Node::mapping();
        output.insert("name") = Node::string(kOutputVolume);
        output.insert("emptyDir") = Node::mapping();
        volumes.items().push_back(std::move(output));
    }
    putNode(spec, "volumes", volumes);
    return spec;
}

} // namespace Runbench::Runtimes
