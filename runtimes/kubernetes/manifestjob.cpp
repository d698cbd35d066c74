// SPDX-License-Identifier: Apache-2.0
#include "manifestjob.h"

#include "document/documentwriter.h"
#include "manifestnames.h"
#include "manifestnodes.h"
#include "manifestplan.h"

#include <QFile>

namespace Runbench::Runtimes {

using namespace Models;
using ManifestNodes::text;

JobManifestBuilder::JobManifestBuilder(FunctionSpec function, LaunchPlan plan,
                                       ManifestOptions options)
    : m_function(std::move(function))
    , m_plan(std::move(plan))
    , m_options(std::move(options))
{}

QString JobManifestBuilder::name(int iteration) const
{
    return ManifestNames::objectName(m_plan.name, m_plan.uid, iteration);
}

Node JobManifestBuilder::task(int iteration, const Node &parameters) const
{
    const QString output = QLatin1String(ManifestPlan::kOutputDir);
    Node task = Node::mapping();
    task.insert("uid") = text(m_plan.uid);
    task.insert("iteration") = Node::integer(iteration);
    task.insert("project") = text(m_plan.project);
    task.insert("name") = text(m_plan.name);
    task.insert("mode") = text(m_plan.mode);
    task.insert("code_path") = text(m_plan.codePath);
    task.insert("handler") = m_plan.handler.isEmpty() ? Node::null() : text(m_plan.handler);
    task.insert("args") = ManifestNodes::texts(m_plan.args);
    task.insert("parameters") = parameters;
    task.insert("inputs") = ManifestNodes::stringMap(m_plan.inputs);
    task.insert("labels") = ManifestNodes::stringMap(m_plan.labels);
    task.insert("artifact_path") =
        text(m_plan.artifactPath.isEmpty() ? output + QStringLiteral("/artifacts")
                                           : m_plan.artifactPath);
    task.insert("stop_condition") =
        m_plan.stopCondition.isEmpty() ? Node::null() : text(m_plan.stopCondition);
    task.insert("timeout") =
        m_plan.timeoutSeconds ? Node::integer(*m_plan.timeoutSeconds) : Node::null();
    task.insert("workdir") = text(m_plan.workdir.isEmpty() ? output : m_plan.workdir);
    return task;
}

Result<Node> JobManifestBuilder::configMap(int iteration, const Node &parameters) const
{
    const ManifestPod pod(m_function, m_plan, m_options);
    Node map = Node::mapping();
    map.insert("apiVersion") = Node::string("v1");
    map.insert("kind") = Node::string("ConfigMap");
    map.insert("metadata") = pod.metadata(name(iteration), iteration);
    Node &data = map.insert("data") = Node::mapping();
    for (const char *file : {"runbench_run.py", "_runbench_wrapper.py"}) {
        QFile resource(QStringLiteral(":/runner/") + QLatin1String(file));
        if (!resource.open(QIODevice::ReadOnly))
            return Error{tr("The run wrapper is missing from this build of Runbench.")};
        data.insert(file) = Node::string(resource.readAll().toStdString());
    }
    if (const auto code = m_function.sourceCode())
        data.insert(ManifestPlan::codeKey(m_function).toStdString()) = text(*code);
    const auto json =
        DocumentWriter::toJson(task(iteration, parameters), JsonStyle{false, 1, false});
    if (!json)
        return json.error();
    data.insert("task.json") = Node::string(*json);
    qint64 bytes = 0;
    for (const Node::Member &m : data.members())
        bytes += qint64(m.value.text().size());
    if (bytes > kMaxConfigMapBytes)
        return Error{tr("The run wrapper, the function's code and the task come to %1 KiB, more "
                        "than the %2 KiB a Kubernetes ConfigMap holds.")
                         .arg(bytes / 1024)
                         .arg(kMaxConfigMapBytes / 1024)};
    return map;
}

Node JobManifestBuilder::job(int iteration) const
{
    const ManifestPod pod(m_function, m_plan, m_options);
    Node job = Node::mapping();
    job.insert("apiVersion") = Node::string("batch/v1");
    job.insert("kind") = Node::string("Job");
    job.insert("metadata") = pod.metadata(name(iteration), iteration);
    Node &spec = job.insert("spec") = Node::mapping();
    spec.insert("backoffLimit") = Node::integer(0);
    Node &templ = spec.insert("template") = Node::mapping();
    Node &podMeta = templ.insert("metadata") = Node::mapping();
    podMeta.insert("labels") = pod.labels(iteration);
    std::vector<Node> containers;
    containers.push_back(
        pod.container(QLatin1String(ManifestPod::kContainerName), pod.runnerCommand(), true));
    templ.insert("spec") = pod.podSpec(std::move(containers), name(iteration), true);
    return job;
}

Result<std::vector<Node>> JobManifestBuilder::manifests() const
{
    return iteration(m_plan.iteration, m_plan.parameters);
}

Result<std::vector<Node>> JobManifestBuilder::iteration(int iteration, const Node &parameters) const
{
    auto map = configMap(iteration, parameters);
    if (!map)
        return map.error();
    std::vector<Node> out;
    out.push_back(std::move(*map));
    out.push_back(job(iteration));
    return out;
}

} // namespace Runbench::Runtimes
