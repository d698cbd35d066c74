// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"
#include "spec/functionspec.h"
#include "store/store.h"

#include <functional>

namespace Runbench::Models {

// Turns a FunctionSpec into a stored version: fixes its project and name, moves its tag into
// the store's tag table and keys the version by MLRun's hash, so an unchanged save adds nothing.
class FunctionImporter
{
public:
    struct Request
    {
        QString project; // empty: the function's own, else "default"
        QString tag;     // empty: the function's own, else "latest"
        QString name;    // empty: metadata.name
        QString origin;  // file path or URL it came from
    };
    struct Prepared
    {
        FunctionVersion version;
        QString tag;
        int problems = 0; // validation problems found (the version is stored anyway)
    };
    struct Imported
    {
        SavedFunction saved;
        QString tag;
        int problems = 0;
    };
    using ProjectCheck = std::function<Status(const QString &project)>;

    explicit FunctionImporter(Store &store)
        : m_store(store)
    {}

    // Everything import() would store, without writing.
    static Result<Prepared> prepare(FunctionSpec spec, const Request &request);
    Result<Imported> import(FunctionSpec spec, const Request &request,
                            const ProjectCheck &ensureProject);

private:
    Store &m_store;
};

} // namespace Runbench::Models
