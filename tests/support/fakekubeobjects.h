// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/node.h"
#include "fakekubeserver.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// What the fake Kubernetes API server's objects look like: JSON helpers, selectors, the pods a
// Job makes and the status of each scripted pod state.
namespace FakeKube {

struct Resource
{
    QString plural;
    QString kind;
    QString apiVersion;
};

inline const Resource Pods{QStringLiteral("pods"), QStringLiteral("Pod"), QStringLiteral("v1")};
inline const Resource Jobs{QStringLiteral("jobs"), QStringLiteral("Job"),
                           QStringLiteral("batch/v1")};

QString text(const Runbench::Models::Node *node);
Runbench::Models::Node str(const QString &value);
QByteArray toJson(const Runbench::Models::Node &node);
Runbench::Models::Node parse(const QByteArray &json);
QString timestamp(const QDateTime &time);
// RFC 3339 with nanoseconds and trailing zeros dropped, as the kubelet writes log stamps.
QString nanoStamp(const QDateTime &time);
QString randomSuffix();
// k=v, k==v, k!=v, k and !k terms joined by commas (all must hold).
bool labelsMatch(const Runbench::Models::Node &object, const QString &selector);
bool fieldsMatch(const Runbench::Models::Node &object, const QString &selector);
// The pod a Job's controller would make for it (pending).
Runbench::Models::Node podForJob(const Runbench::Models::Node &job);
// Sets the pod's status to a scripted state; returns its phase.
QString applyPodState(Runbench::Models::Node &pod, FakeKubeServer::PodState state, int exitCode);

} // namespace FakeKube
