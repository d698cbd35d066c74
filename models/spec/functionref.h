// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

namespace Runbench::Models {

// A reference to a stored function version as users write it: [project/]name[:tag|@hash].
struct FunctionRef
{
    QString project; // empty when not given
    QString name;
    QString tag;  // empty when not given
    QString hash; // full or prefix; empty when not given

    // nullopt when the text is not a reference (empty name, both tag and hash, ...).
    static std::optional<FunctionRef> parse(const QString &text);
    // The tag or hash to look up: the hash if given, else the tag, else "latest".
    QString version() const;
    QString toString() const;
};

} // namespace Runbench::Models
