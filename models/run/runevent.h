// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/node.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <string_view>

namespace Runbench::Models {

// One structured event a run writes as a single marker-prefixed JSON line on stdout; every
// other line is the user's log. The same protocol runs locally and inside Kubernetes pods, so
// this one parser serves both.
struct RunEvent
{
    enum class Type { Started, Result, Artifact, Label, StopCondition, Error, End };

    // A line is an event when it starts with this marker, followed by one JSON object.
    static constexpr std::string_view kMarker = "@@runbench@@ ";

    Type type = Type::Started;
    QString key;                 // Result, Artifact, Label
    Node value;                  // Result: any JSON value; Label: a string
    QString path;                // Artifact: absolute path of the file
    QString kind;                // Artifact: "file", "model", "dataset", ...
    qint64 size = -1;            // Artifact: bytes
    QString hash;                // Artifact: SHA-1 hex of the file
    QString message;             // Error: one sentence; End: a note
    QStringList traceback;       // Error: the last lines of the Python traceback
    QString state;               // End: completed, error or aborted
    std::optional<int> exitCode; // End
    qint64 pid = 0;              // Started
    bool met = false;            // StopCondition: the expression was true

    // nullopt for a line that is not an event (no marker) or whose JSON is not a known event.
    static std::optional<RunEvent> parse(std::string_view line);
    // The line (without the trailing newline) that parse() reads back.
    std::string toLine() const;
};

} // namespace Runbench::Models
