// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "error.h"
#include "node.h"

#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace Runbench::Models {

enum class DocumentFormat { Yaml, Json };

// Limits that keep hostile input (alias bombs, huge blobs, deep nesting) from hurting the app.
struct ReadLimits
{
    qint64 maxBytes = 16 * 1024 * 1024;
    std::size_t maxNodes = 1'000'000; // after alias expansion
    int maxDepth = 200;
};

// Reads YAML (as MLRun's PyYAML safe loader resolves it) or JSON (as Python's json module does)
// into an ordered Node tree. Every failure is an Error with file, line and column.
class DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(DocumentReader)

public:
    static Result<Node> read(std::string_view bytes, DocumentFormat format, const QString &source,
                             const ReadLimits &limits = {});
    // Reads a file; the format comes from the extension (.json) or, failing that, the content.
    static Result<Node> readFile(const QString &path, const ReadLimits &limits = {});
    static DocumentFormat guessFormat(const QString &path, std::string_view bytes);
};

} // namespace Runbench::Models
