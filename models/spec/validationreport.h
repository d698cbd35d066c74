// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "functionvalidator.h"

#include <QString>

#include <optional>
#include <string_view>

namespace Runbench::Models {

// Collects validation problems and offers the type checks and paths every rule needs.
class ValidationReport
{
public:
    void add(const QString &path, const QString &message);
    // Adds the message unless it is empty (the convention of the KubernetesNames checks).
    void addIfAny(const QString &path, const QString &message);
    std::vector<ValidationProblem> takeProblems() { return std::move(m_problems); }

    // The node when it is a mapping; nullptr when it is null (absent) or, after reporting
    // that `what` must be a mapping, of another type.
    const Node *mapping(const Node &node, const QString &path, const QString &what);
    // Like mapping(), for lists.
    const Node *sequence(const Node &node, const QString &path, const QString &what);
    // The text of a string (empty for null); nullopt after reporting another type.
    std::optional<QString> text(const Node &node, const QString &path, const QString &what);
    // The value of an integer; nullopt after reporting anything else.
    std::optional<long long> integer(const Node &node, const QString &path, const QString &what);

    static QString child(const QString &path, std::string_view key);
    static QString item(const QString &path, std::size_t index);
    // A short phrase for the kind of node: "a list", "a mapping", "the number 3", ...
    static QString describe(const Node &node);
    // The text of a scalar, empty for other nodes.
    static QString scalarText(const Node &node);

private:
    std::vector<ValidationProblem> m_problems;
};

} // namespace Runbench::Models
