// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "spec/functionspec.h"
#include "store/store.h"

#include <QString>

#include <optional>
#include <vector>

namespace Runbench::Ui {

// The store work of the function editor. Each call opens its own Store, so it runs on a
// worker thread (QtConcurrent) and never on the GUI thread.
class EditorStoreTasks
{
    Q_DECLARE_TR_FUNCTIONS(EditorStoreTasks)

public:
    struct Saved
    {
        QString error; // empty on success
        QString project;
        QString name;
        QString hash;
        QString tag;
        bool created = false;
        int problems = 0; // validation problems of the stored version
    };
    struct Loaded
    {
        QString error;
        std::optional<Models::FunctionSpec> spec;
        QString hash;
    };
    struct History
    {
        QString error;
        std::vector<Models::FunctionVersion> versions; // newest first, with documents
    };

    // Stores the function as a new version of project (created when missing).
    static Saved save(const QString &storePath, Models::FunctionSpec spec, const QString &project);
    static Loaded load(const QString &storePath, const QString &project, const QString &name,
                       const QString &tagOrHash);
    static History history(const QString &storePath, const QString &project, const QString &name);
};

} // namespace Runbench::Ui
