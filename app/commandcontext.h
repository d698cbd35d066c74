// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"
#include "output.h"
#include "spec/functionref.h"
#include "spec/functionspec.h"
#include "store/store.h"

#include <QCommandLineParser>

#include <memory>

namespace Runbench::App {

// What every command gets: its parsed arguments, the output format and the store, opened on
// first use so commands that work on files alone never touch it.
class CommandContext
{
public:
    CommandContext(const QCommandLineParser &parser, OutputFormat format, QString dbPath);

    const QCommandLineParser &args() const { return m_parser; }
    const Output &out() const { return m_out; }
    Models::Result<Models::Store *> store();

    // A function given as a file path or as a stored [project/]name[:tag|@hash].
    struct LoadedFunction
    {
        Models::FunctionSpec spec;
        std::optional<Models::FunctionVersion> stored;
    };
    Models::Result<LoadedFunction> loadFunction(const QString &fileOrRef);
    Models::Result<Models::FunctionVersion> findStored(const Models::FunctionRef &ref);
    // The project, created on the fly when it is MLRun's "default" project.
    Models::Status ensureProject(const QString &name);

    // The --output-file option of commands that write a document.
    static const QCommandLineOption &outputFileOption();
    // Writes a document to stdout or, atomically, to --output-file; returns the exit code.
    int writeDocument(const std::string &text) const;

    // Prints the error and returns the exit code for failures.
    static int fail(const Models::Error &error);
    static int fail(const QString &message);

private:
    const QCommandLineParser &m_parser;
    Output m_out;
    QString m_dbPath;
    std::unique_ptr<Models::Store> m_store;
};

} // namespace Runbench::App
