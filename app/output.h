// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/node.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Runbench::App {

enum class OutputFormat { Table, Json, Yaml };

// Prints command results: aligned tables for people, JSON or YAML for scripts. Messages go to
// stderr so stdout stays parseable.
class Output
{
public:
    explicit Output(OutputFormat format)
        : m_format(format)
    {}

    OutputFormat format() const { return m_format; }
    bool isStructured() const { return m_format != OutputFormat::Table; }

    // Writes a Node as JSON or YAML (the Table format prints YAML, the most readable form).
    void document(const Models::Node &node) const;
    void table(const QStringList &headers, const std::vector<QStringList> &rows) const;
    void line(const QString &text) const;
    // Prints rows as a table, or as a list of mappings keyed by the lower-cased headers.
    void records(const QStringList &headers, const std::vector<QStringList> &rows) const;

    static void error(const QString &message);
    static void warning(const QString &message);

private:
    OutputFormat m_format;
};

} // namespace Runbench::App
