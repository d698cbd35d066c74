// SPDX-License-Identifier: Apache-2.0
#include "output.h"

#include "document/documentwriter.h"

#include <QTextStream>

#include <cstdio>

namespace Runbench::App {

using Models::DocumentWriter;
using Models::JsonStyle;
using Models::Node;

namespace {

void writeStdout(const std::string &text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

} // namespace

void Output::document(const Node &node) const
{
    if (m_format == OutputFormat::Json) {
        const auto json = DocumentWriter::toJson(node, JsonStyle{false, 2, false});
        if (json)
            writeStdout(*json + "\n");
        else
            error(json.error().message);
        return;
    }
    writeStdout(DocumentWriter::toYaml(node));
}

void Output::table(const QStringList &headers, const std::vector<QStringList> &rows) const
{
    std::vector<qsizetype> widths(headers.size());
    for (qsizetype c = 0; c < headers.size(); ++c) {
        widths[c] = headers[c].size();
        for (const QStringList &row : rows)
            widths[c] = std::max(widths[c], row.value(c).size());
    }
    QString out;
    auto appendRow = [&](const QStringList &cells) {
        QString line;
        for (qsizetype c = 0; c < headers.size(); ++c) {
            if (c + 1 < headers.size())
                line += cells.value(c).leftJustified(widths[c]) + QStringLiteral("  ");
            else
                line += cells.value(c);
        }
        out += line.trimmed() + QLatin1Char('\n');
    };
    appendRow(headers);
    for (const QStringList &row : rows)
        appendRow(row);
    writeStdout(out.toStdString());
}

void Output::line(const QString &text) const
{
    writeStdout((text + QLatin1Char('\n')).toStdString());
}

void Output::records(const QStringList &headers, const std::vector<QStringList> &rows) const
{
    if (!isStructured()) {
        table(headers, rows);
        return;
    }
    Node list = Node::sequence();
    for (const QStringList &row : rows) {
        Node item = Node::mapping();
        for (qsizetype c = 0; c < headers.size(); ++c)
            item.insert(headers[c].toLower().toStdString()) =
                Node::string(row.value(c).toStdString());
        list.items().push_back(std::move(item));
    }
    document(list);
}

void Output::error(const QString &message)
{
    QTextStream(stderr) << "runbench: " << message << Qt::endl;
}

void Output::warning(const QString &message)
{
    QTextStream(stderr) << "runbench: warning: " << message << Qt::endl;
}

} // namespace Runbench::App
