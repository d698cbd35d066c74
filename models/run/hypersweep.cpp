// SPDX-License-Identifier: Apache-2.0
#include "hypersweep.h"

#include "document/documentreader.h"
#include "document/pythonscalars.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <charconv>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;

namespace Runbench::Models {

namespace {

// More children than this is a mistake in the sweep, not a plan.
constexpr std::size_t maxChildren = 1'000'000;
constexpr qint64 maxParamFileBytes = 16 * 1024 * 1024;

// One swept parameter and the values it takes (all values, or one per row for list sweeps).
struct Column
{
    std::string name;
    std::vector<Node> values;
};

Result<std::vector<Column>> columnsOf(const Node &mapping, const QString &source)
{
    std::vector<Column> columns;
    for (const Node::Member &member : mapping.members()) {
        if (!member.value.isSequence() || member.value.size() == 0) {
            return Error{QCoreApplication::translate(
                             "HyperSweep", "The parameter %1 must have a non-empty list of values.")
                             .arg(QString::fromStdString(member.key.displayText())),
                         source};
        }
        columns.push_back({member.key.displayText(), member.value.items()});
    }
    return columns;
}

// RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks; blank lines
// are skipped as pandas does.
Result<std::vector<QStringList>> csvRecords(const QString &text, const QString &source)
{
    std::vector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    const auto endRecord = [&] {
        if (fieldStarted || !record.isEmpty()) {
            record.append(field);
            records.push_back(record);
        }
        record.clear();
        field.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
            quoteLine = line;
            fieldStarted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == u'\n') {
            ++line;
            endRecord();
        } else if (c != u'\r') {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted) {
        return Error{QCoreApplication::translate("HyperSweep",
                                                 "A quoted value in the CSV file is not closed."),
                     source, quoteLine};
    }
    endRecord();
    return records;
}

Result<std::vector<Column>> csvColumns(const QString &text, const QString &source)
{
    auto records = csvRecords(text, source);
    if (!records)
        return records.error();
    if (records->size() < 2) {
        return Error{QCoreApplication::translate(
                         "HyperSweep", "The CSV parameter file needs a header row and at least "
                                       "one row of values."),
                     source};
    }
    std::vector<Column> columns;
    for (const QString &name : records->front()) {
        if (name.trimmed().isEmpty()) {
            return Error{QCoreApplication::translate(
                             "HyperSweep", "Every column of the CSV parameter file needs a name."),
                         source, 1};
        }
        columns.push_back({name.toStdString(), {}});
    }
    for (std::size_t row = 1; row < records->size(); ++row) {
        const QStringList &fields = (*records)[row];
        if (std::size_t(fields.size()) != columns.size()) {
            return Error{QCoreApplication::translate(
                             "HyperSweep", "Row %1 of the CSV parameter file has %2 values but "
                                           "the header names %3 parameters.")
                             .arg(row + 1)
                             .arg(fields.size())
                             .arg(columns.size()),
                         source};
        }
        for (std::size_t column = 0; column < columns.size(); ++column) {
            const QString &field = fields.at(qsizetype(column));
            columns[column].values.push_back(field.isEmpty() ? Node::null()
                                                             : RunTask::parseValue(field));
        }
    }
    return columns;
}

Result<std::vector<Column>> paramFileColumns(const QString &paramFile, const QString &baseDir)
{
    const QString path = QDir(baseDir).absoluteFilePath(paramFile);
    const QFileInfo info(path);
    if (!info.exists() || info.isDir()) {
        return Error{
            QCoreApplication::translate("HyperSweep", "The parameter file %1 does not exist.")
                .arg(QDir::toNativeSeparators(path))};
    }
    if (info.size() > maxParamFileBytes) {
        return Error{
            QCoreApplication::translate("HyperSweep", "The parameter file %1 is larger than %2 MB.")
                .arg(QDir::toNativeSeparators(path))
                .arg(maxParamFileBytes / (1024 * 1024))};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{
            QCoreApplication::translate("HyperSweep", "The parameter file %1 cannot be read: %2.")
                .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    const QByteArray bytes = file.readAll();
    if (paramFile.endsWith(".csv"_L1))
        return csvColumns(QString::fromUtf8(bytes), path);
    const auto document = DocumentReader::read(std::string_view(bytes.data(), bytes.size()),
                                               DocumentFormat::Json, path);
    if (!document)
        return document.error();
    if (!document->isMapping()) {
        return Error{QCoreApplication::translate("HyperSweep",
                                                 "The parameter file must hold a JSON object of "
                                                 "{name: [values]}."),
                     path};
    }
    return columnsOf(*document, path);
}

Error tooManyChildren(std::size_t count)
{
    return Error{QCoreApplication::translate(
                     "HyperSweep", "The sweep would run %1 iterations; at most %2 are allowed.")
                     .arg(count)
                     .arg(maxChildren)};
}

// A decimal text as a double, independent of the C locale; beyond the double range it is
// infinity or zero, as Python's float() gives.
std::optional<double> decimalValue(std::string_view text)
{
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (end != text.data() + text.size())
        return std::nullopt;
    if (error != std::errc::result_out_of_range)
        return value;
    // The order of magnitude decides between overflow and underflow.
    const auto e = text.find_first_of("eE");
    const std::string_view mantissa = text.substr(0, e);
    long long exponent = 0;
    if (e != std::string_view::npos) {
        std::string_view digits = text.substr(e + 1);
        const bool negativeExponent = digits.starts_with('-');
        if (digits.starts_with('-') || digits.starts_with('+'))
            digits.remove_prefix(1);
        for (const char c : digits)
            exponent = std::min(exponent * 10 + (c - '0'), 1'000'000LL);
        exponent = negativeExponent ? -exponent : exponent;
    }
    const std::string_view whole = mantissa.substr(0, mantissa.find('.'));
    const auto firstSignificant = whole.find_first_not_of('0');
    long long order = 0;
    if (firstSignificant != std::string_view::npos) {
        order = static_cast<long long>(whole.size() - firstSignificant);
    } else if (const auto dot = mantissa.find('.'); dot != std::string_view::npos) {
        const std::string_view fraction = mantissa.substr(dot + 1);
        order = -static_cast<long long>(std::min(fraction.find_first_not_of('0'), fraction.size()));
    }
    return order + exponent > 0 ? std::numeric_limits<double>::infinity() : 0.0;
}

// Python's float() of a string: surrounding whitespace, a sign, digits with single
// underscores between them, inf/infinity/nan in any case.
std::optional<double> pythonFloat(std::string text)
{
    const auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    while (!text.empty() && space(text.back()))
        text.pop_back();
    std::size_t start = 0;
    while (start < text.size() && space(text[start]))
        ++start;
    text.erase(0, start);
    bool negative = false;
    if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
        negative = text[0] == '-';
        text.erase(0, 1);
    }
    if (text.empty() || text[0] == '+' || text[0] == '-')
        return std::nullopt;
    std::string digits;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '_') {
            digits += text[i];
            continue;
        }
        const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
        if (i == 0 || i + 1 == text.size() || !isDigit(text[i - 1]) || !isDigit(text[i + 1]))
            return std::nullopt;
    }
    if (digits.find('(') != std::string::npos)
        return std::nullopt;
    const auto value = decimalValue(digits);
    return value && negative ? std::optional(-*value) : value;
}

// The number Python compares for a result value; nullopt for values MLRun would skip.
std::optional<double> comparable(const Node &value)
{
    switch (value.type()) {
    case Node::Type::Bool:
        return value.boolValue() ? 1.0 : 0.0;
    case Node::Type::Int: {
        const auto decimal = PythonScalars::intDecimal(value.text());
        return decimal ? decimalValue(*decimal) : std::nullopt;
    }
    case Node::Type::Float:
        return value.realValue();
    case Node::Type::String:
        return pythonFloat(value.text());
    default:
        return std::nullopt;
    }
}

// json_normalize's flattening: nested mappings become dotted names, empty ones vanish.
void flatten(const std::string &prefix, const Node &mapping,
             std::vector<std::pair<std::string, const Node *>> &cells)
{
    for (const Node::Member &member : mapping.members()) {
        const std::string name = prefix + "." + member.key.displayText();
        if (member.value.isMapping())
            flatten(name, member.value, cells);
        else
            cells.emplace_back(name, &member.value);
    }
}

void addColumn(std::vector<std::string> &columns, const std::string &name)
{
    if (std::find(columns.begin(), columns.end(), name) == columns.end())
        columns.push_back(name);
}

} // namespace

Result<HyperSweep::Selector> HyperSweep::Selector::parse(const QString &text)
{
    Selector selector;
    const qsizetype dot = text.indexOf(u'.');
    selector.key = dot < 0 ? text : text.mid(dot + 1);
    const QString op = dot < 0 ? u"max"_s : text.left(dot);
    selector.maximize = op == "max"_L1;
    if (selector.key.isEmpty() || (op != "max"_L1 && op != "min"_L1)) {
        return Error{QCoreApplication::translate("HyperSweep",
                                                 "illegal iteration selector %1, selector format "
                                                 "[min|max.]<result-name> e.g. max.accuracy")
                         .arg(text)};
    }
    return selector;
}

Result<std::vector<Node>> HyperSweep::expand(const RunTask &task, const QString &baseDir,
                                             std::mt19937 &random)
{
    if (const Status status = task.validate(); !status)
        return status.error();
    if (!task.isSweep())
        return std::vector<Node>{};

    QString strategy = task.options.strategy.isEmpty() ? u"grid"_s : task.options.strategy;
    auto columns = task.options.paramFile.isEmpty()
                       ? columnsOf(task.hyperparams, QString())
                       : paramFileColumns(task.options.paramFile, baseDir);
    if (!columns)
        return columns.error();
    if (task.options.paramFile.endsWith(".csv"_L1))
        strategy = u"list"_s;

    std::size_t count = 1;
    if (strategy == "grid"_L1) {
        for (const Column &column : *columns) {
            if (count > maxChildren / column.values.size())
                return tooManyChildren(count * column.values.size());
            count *= column.values.size();
        }
    } else if (strategy == "list"_L1) {
        count = columns->empty() ? 0 : columns->front().values.size();
        for (const Column &column : *columns) {
            if (column.values.size() != count) {
                return Error{QCoreApplication::translate(
                    "HyperSweep", "The list strategy needs the same number of values for "
                                  "every parameter.")};
            }
        }
    } else {
        count = std::size_t(task.options.maxIterations.value_or(10));
        if (count > maxChildren)
            return tooManyChildren(count);
    }

    const Node base = task.parameters.isMapping() ? task.parameters : Node::mapping();
    std::vector<Node> children;
    children.reserve(count);
    for (std::size_t iteration = 0; iteration < count; ++iteration) {
        Node child = base;
        // Grid: the iteration number in mixed radix, the first parameter as lowest digit.
        std::size_t rest = iteration;
        for (const Column &column : *columns) {
            std::size_t index = iteration;
            if (strategy == "grid"_L1) {
                index = rest % column.values.size();
                rest /= column.values.size();
            } else if (strategy == "random"_L1) {
                index =
                    std::uniform_int_distribution<std::size_t>(0, column.values.size() - 1)(random);
            }
            child.insert(column.name) = column.values[index];
        }
        children.push_back(std::move(child));
    }
    return children;
}

std::optional<int> HyperSweep::best(const std::vector<Child> &children, const Selector &selector)
{
    double bestValue =
        selector.maximize ? std::numeric_limits<double>::min() : std::numeric_limits<double>::max();
    std::optional<int> bestIteration;
    const std::string key = selector.key.toStdString();
    for (const Child &child : children) {
        if (child.state == "error"_L1)
            continue;
        const Node *result = child.results.get(key);
        const auto value = result ? comparable(*result) : std::nullopt;
        if (!value)
            continue;
        if (selector.maximize ? *value > bestValue : *value < bestValue) {
            bestValue = *value;
            bestIteration = child.iteration;
        }
    }
    return bestIteration;
}

Node HyperSweep::iterationTable(const std::vector<Child> &children)
{
    Node table = Node::sequence();
    if (children.empty())
        return table;

    std::vector<std::string> paramColumns;
    std::vector<std::string> outputColumns;
    std::vector<std::map<std::string, const Node *>> cellsByChild;
    for (const Child &child : children) {
        std::vector<std::pair<std::string, const Node *>> params;
        std::vector<std::pair<std::string, const Node *>> outputs;
        flatten("param", child.parameters, params);
        flatten("output", child.results, outputs);
        std::map<std::string, const Node *> cells;
        for (const auto &[name, value] : params) {
            addColumn(paramColumns, name);
            cells[name] = value;
        }
        for (const auto &[name, value] : outputs) {
            addColumn(outputColumns, name);
            cells[name] = value;
        }
        cellsByChild.push_back(std::move(cells));
    }

    Node header = Node::sequence();
    for (const auto *group : {&paramColumns, &outputColumns}) {
        for (const std::string &name : *group)
            header.items().push_back(Node::string(name));
    }
    header.items().push_back(Node::string("state"));
    header.items().push_back(Node::string("iter"));
    table.items().push_back(std::move(header));

    std::vector<std::size_t> order(children.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return children[a].iteration < children[b].iteration;
    });
    for (const std::size_t index : order) {
        const auto &cells = cellsByChild[index];
        Node row = Node::sequence();
        for (const auto *group : {&paramColumns, &outputColumns}) {
            for (const std::string &name : *group) {
                const auto cell = cells.find(name);
                row.items().push_back(cell == cells.end() ? Node::null() : *cell->second);
            }
        }
        row.items().push_back(Node::string(children[index].state.toStdString()));
        row.items().push_back(Node::integer(children[index].iteration));
        table.items().push_back(std::move(row));
    }
    return table;
}

} // namespace Runbench::Models
