// SPDX-License-Identifier: Apache-2.0
#include "fakekubeobjects.h"

#include "document/documentreader.h"
#include "document/documentwriter.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace FakeKube {

using Runbench::Models::DocumentFormat;
using Runbench::Models::DocumentReader;
using Runbench::Models::DocumentWriter;
using Runbench::Models::Node;

QString text(const Node *node)
{
    return node ? QString::fromStdString(node->displayText()) : QString();
}

Node str(const QString &value)
{
    return Node::string(value.toStdString());
}

QByteArray toJson(const Node &node)
{
    return QByteArray::fromStdString(DocumentWriter::toJson(node).valueOr("null"));
}

Node parse(const QByteArray &json)
{
    const auto node = DocumentReader::read(std::string_view(json.constData(), json.size()),
                                           DocumentFormat::Json, QStringLiteral("fake"));
    return node ? *node : Node();
}

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString nanoStamp(const QDateTime &time)
{
    QString fraction =
        QStringLiteral("%1").arg(time.time().msec() * 1000000, 9, 10, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    const QString seconds = time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    return fraction.isEmpty() ? seconds + QLatin1Char('Z')
                              : seconds + QLatin1Char('.') + fraction + QLatin1Char('Z');
}

QString randomSuffix()
{
    static const char letters[] = "bcdfghjklmnpqrstvwxz2456789";
    QString suffix;
    for (int i = 0; i < 5; ++i)
        suffix += QLatin1Char(letters[QRandomGenerator::global()->bounded(27)]);
    return suffix;
}

bool labelsMatch(const Node &object, const QString &selector)
{
    const Node *labels = object.at("metadata.labels");
    for (const QString &rawTerm : selector.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString term = rawTerm.trimmed();
        const qsizetype notEqual = term.indexOf(QLatin1String("!="));
        const qsizetype equal = term.indexOf(QLatin1Char('='));
        if (notEqual > 0) {
            const Node *value = labels ? labels->get(term.left(notEqual).toStdString()) : nullptr;
            if (value && text(value) == term.mid(notEqual + 2))
                return false;
        } else if (equal > 0) {
            const QString key = term.left(equal);
            const QString wanted =
                term.mid(term.mid(equal).startsWith(QLatin1String("==")) ? equal + 2 : equal + 1);
            const Node *value = labels ? labels->get(key.toStdString()) : nullptr;
            if (!value || text(value) != wanted)
                return false;
        } else if (term.startsWith(QLatin1Char('!'))) {
            if (labels && labels->get(term.mid(1).toStdString()))
                return false;
        } else if (!labels || !labels->get(term.toStdString())) {
            return false;
        }
    }
    return true;
}

bool fieldsMatch(const Node &object, const QString &selector)
{
    for (const QString &term : selector.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const bool negated = term.contains(QLatin1String("!="));
        const QStringList parts =
            term.split(QRegularExpression(QStringLiteral("!=|==|=")), Qt::KeepEmptyParts);
        if (parts.size() != 2)
            return false;
        const bool same = text(object.at(parts[0].trimmed().toStdString())) == parts[1].trimmed();
        if (same == negated)
            return false;
    }
    return true;
}

Node podForJob(const Node &job)
{
    const QString jobName = text(job.at("metadata.name"));
    const QString uid = text(job.at("metadata.uid"));
    Node pod = Node::mapping();
    pod.insert("kind") = str(Pods.kind);
    pod.insert("apiVersion") = str(Pods.apiVersion);
    Node &metadata = pod.insert("metadata");
    metadata = Node::mapping();
    metadata.insert("name") = str(jobName + QLatin1Char('-') + randomSuffix());
    metadata.insert("namespace") = str(text(job.at("metadata.namespace")));
    metadata.insert("uid") = str(QUuid::createUuid().toString(QUuid::WithoutBraces));
    metadata.insert("creationTimestamp") = str(timestamp(QDateTime::currentDateTimeUtc()));
    Node &labels = metadata.insert("labels");
    if (const Node *templateLabels = job.at("spec.template.metadata.labels"))
        labels = *templateLabels;
    else
        labels = Node::mapping();
    labels.insert("batch.kubernetes.io/controller-uid") = str(uid);
    labels.insert("batch.kubernetes.io/job-name") = str(jobName);
    labels.insert("controller-uid") = str(uid);
    labels.insert("job-name") = str(jobName);
    Node owner = Node::mapping();
    owner.insert("apiVersion") = Node::string("batch/v1");
    owner.insert("kind") = Node::string("Job");
    owner.insert("name") = str(jobName);
    owner.insert("uid") = str(uid);
    owner.insert("controller") = Node::boolean(true);
    Node &owners = metadata.insert("ownerReferences");
    owners = Node::sequence();
    owners.items().push_back(owner);
    const Node *spec = job.at("spec.template.spec");
    pod.insert("spec") = spec ? *spec : Node::mapping();
    pod.insert("status") = parse(R"({"phase":"Pending","qosClass":"BestEffort"})");
    return pod;
}

QString applyPodState(Node &pod, FakeKubeServer::PodState state, int exitCode)
{
    Node &status = pod.insert("status");
    status = Node::mapping();
    const Node *containers = pod.at("spec.containers");
    const QString container = containers && !containers->items().empty()
                                  ? text(containers->items()[0].get("name"))
                                  : QString();
    Node containerStatus =
        parse(R"({"name":"main","ready":false,"restartCount":0,"image":"img","state":{}})");
    containerStatus.insert("name") = str(container.isEmpty() ? QStringLiteral("main") : container);
    const QString now = timestamp(QDateTime::currentDateTimeUtc());
    using State = FakeKubeServer::PodState;
    const auto waiting = [&](const char *reason, const char *message) {
        Node &value = containerStatus.ensure("state.waiting");
        value.insert("reason") = Node::string(reason);
        value.insert("message") = Node::string(message);
    };
    const auto terminated = [&](int code, const char *reason) {
        Node &value = containerStatus.ensure("state.terminated");
        value.insert("exitCode") = Node::integer(code);
        value.insert("reason") = Node::string(reason);
        value.insert("startedAt") = str(now);
        value.insert("finishedAt") = str(now);
    };
    QString phase = QStringLiteral("Pending");
    switch (state) {
    case State::Pending:
        waiting("ContainerCreating", "");
        break;
    case State::ErrImagePull:
        waiting("ErrImagePull", "failed to pull image: not found");
        break;
    case State::ImagePullBackOff:
        waiting("ImagePullBackOff", "Back-off pulling image");
        break;
    case State::Running:
        phase = QStringLiteral("Running");
        containerStatus.insert("ready") = Node::boolean(true);
        containerStatus.ensure("state.running").insert("startedAt") = str(now);
        break;
    case State::OOMKilled:
        phase = QStringLiteral("Failed");
        terminated(137, "OOMKilled");
        break;
    case State::Succeeded:
        phase = QStringLiteral("Succeeded");
        terminated(0, "Completed");
        break;
    case State::Failed:
        phase = QStringLiteral("Failed");
        terminated(exitCode, "Error");
        break;
    }
    status.insert("phase") = str(phase);
    status.insert("startTime") = str(now);
    Node &statuses = status.insert("containerStatuses");
    statuses = Node::sequence();
    statuses.items().push_back(containerStatus);
    return phase;
}

} // namespace FakeKube
