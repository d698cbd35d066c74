// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Runbench::Runtimes {

// Which engine runs a function of a given MLRun kind, as a user should read it before a run.
struct RuntimeKindInfo
{
    QString engine;   // e.g. "local process", "Kubernetes Job", "Dask cluster"
    bool runsLocally; // can run on this machine without a cluster
};

// Looks up how Runbench runs each MLRun function kind.
class RuntimeKinds
{
public:
    // nullptr for a kind no runtime knows.
    static const RuntimeKindInfo *find(const QString &kind);
};

} // namespace Runbench::Runtimes
