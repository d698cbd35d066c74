// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/node.h"

#include <QMap>
#include <QString>

namespace Runbench::Runtimes {

// The cluster's preemptible (spot) nodes, as MLRun's config.preemptible_nodes describes them.
struct PreemptibleNodes
{
    QMap<QString, QString> nodeSelector;
    Models::Node tolerations = Models::Node::sequence(); // k8s Toleration mappings

    bool isEmpty() const { return nodeSelector.isEmpty() && tolerations.size() == 0; }
};

// Where a pod may be scheduled: node selector (mapping), affinity and tolerations (null when
// unset), as the pod spec carries them.
struct Placement
{
    Models::Node nodeSelector = Models::Node::mapping();
    Models::Node affinity;
    Models::Node tolerations;
};

// Applies a preemption mode (allow, constrain, prevent, none) to a placement the way MLRun's
// enrich_function_preemption_spec does (reference/mlrun.md §3.5); nothing changes while the
// cluster has no preemptible nodes configured.
class ManifestPreemption
{
public:
    static void apply(const QString &mode, const PreemptibleNodes &nodes, Placement &placement);

private:
    static void prevent(const PreemptibleNodes &nodes, Placement &placement);
    static void constrain(const PreemptibleNodes &nodes, Placement &placement);
    static void allow(const PreemptibleNodes &nodes, Placement &placement);
    static void finish(Placement &placement);
};

} // namespace Runbench::Runtimes
