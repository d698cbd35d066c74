// SPDX-License-Identifier: Apache-2.0
#include "launchervalues.h"

#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "run/runtask.h"

#include <cmath>

namespace Runbench::Ui {

using namespace Models;

namespace {

// More values than this in one hyperparameter is a typing mistake.
constexpr int kMaxValues = 10000;

QString jsonText(const Node &value)
{
    JsonStyle style;
    style.ensureAscii = false;
    const auto json = DocumentWriter::toJson(value, style);
    return json ? QString::fromStdString(*json) : QString::fromStdString(value.displayText());
}

bool isWhole(const QString &text)
{
    bool ok = false;
    text.trimmed().toLongLong(&ok);
    return ok;
}

Node numberNode(double value, bool whole)
{
    return whole ? Node::integer(std::llround(value)) : Node::real(value);
}

} // namespace

const QStringList &LauncherValues::types()
{
    static const QStringList list = {QStringLiteral("str"),   QStringLiteral("int"),
                                     QStringLiteral("float"), QStringLiteral("bool"),
                                     QStringLiteral("list"),  QStringLiteral("dict")};
    return list;
}

Result<Node> LauncherValues::typed(const QString &name, const QString &type, const QString &text)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    if (type == QLatin1String("int")) {
        const qlonglong value = trimmed.toLongLong(&ok);
        if (ok)
            return Node::integer(value);
        return Error{tr("The parameter %1 needs a whole number, not '%2'.").arg(name, text)};
    }
    if (type == QLatin1String("float")) {
        const double value = trimmed.toDouble(&ok);
        if (ok)
            return Node::real(value);
        return Error{tr("The parameter %1 needs a number, not '%2'.").arg(name, text)};
    }
    if (type == QLatin1String("bool")) {
        const QString lower = trimmed.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("false"))
            return Node::boolean(lower == QLatin1String("true"));
        return Error{tr("The parameter %1 needs true or false, not '%2'.").arg(name, text)};
    }
    if (type == QLatin1String("list") || type == QLatin1String("dict")) {
        const bool list = type == QLatin1String("list");
        const auto document =
            DocumentReader::read(trimmed.toStdString(), DocumentFormat::Json, name);
        if (document && (list ? document->isSequence() : document->isMapping()))
            return *document;
        return Error{
            list ? tr("The parameter %1 needs a JSON list like [1, 2], not '%2'.").arg(name, text)
                 : tr("The parameter %1 needs a JSON object like {\"a\": 1}, not '%2'.")
                       .arg(name, text)};
    }
    return Node::string(text.toStdString());
}

QString LauncherValues::typeOf(const Node &value)
{
    switch (value.type()) {
    case Node::Type::Int:
        return QStringLiteral("int");
    case Node::Type::Float:
        return QStringLiteral("float");
    case Node::Type::Bool:
        return QStringLiteral("bool");
    case Node::Type::Sequence:
        return QStringLiteral("list");
    case Node::Type::Mapping:
        return QStringLiteral("dict");
    default:
        return QStringLiteral("str");
    }
}

QString LauncherValues::textOf(const Node &value)
{
    return value.isString() ? QString::fromStdString(value.text()) : jsonText(value);
}

Result<Node> LauncherValues::values(const HyperRow &row, std::mt19937 &random)
{
    if (row.mode == HyperRow::Mode::List) {
        const QString text = row.values.trimmed();
        const Node list = RunTask::parseValue(
            text.startsWith(QLatin1Char('[')) ? text : QLatin1Char('[') + text + QLatin1Char(']'));
        if (list.isSequence() && list.size() > 0)
            return list;
        // Not JSON: comma-separated words, each read as the command line reads a value.
        Node words = Node::sequence();
        for (const QString &word : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            words.items().push_back(RunTask::parseValue(word.trimmed()));
        if (words.size() == 0)
            return Error{tr("The hyperparameter %1 needs at least one value.").arg(row.name)};
        return words;
    }
    bool startOk = false, stopOk = false, stepOk = false;
    const double start = row.start.trimmed().toDouble(&startOk);
    const double stop = row.stop.trimmed().toDouble(&stopOk);
    const double step = row.step.trimmed().toDouble(&stepOk);
    if (!startOk || !stopOk || !stepOk)
        return Error{tr("The hyperparameter %1 needs numbers for start, stop and step or count.")
                         .arg(row.name)};
    Node list = Node::sequence();
    if (row.mode == HyperRow::Mode::Range) {
        if (step == 0 || (stop - start) / step < 0)
            return Error{
                tr("The step of hyperparameter %1 must lead from start to stop.").arg(row.name)};
        const double count = std::floor((stop - start) / step + 1e-9) + 1;
        if (count > kMaxValues)
            return Error{tr("The range of hyperparameter %1 has more than %2 values.")
                             .arg(row.name)
                             .arg(kMaxValues)};
        const bool whole = isWhole(row.start) && isWhole(row.step);
        for (int i = 0; i < int(count); ++i)
            list.items().push_back(numberNode(start + i * step, whole));
        return list;
    }
    const int count = int(step);
    if (count < 1 || count > kMaxValues || double(count) != step)
        return Error{tr("The count of hyperparameter %1 must be a whole number from 1 to %2.")
                         .arg(row.name)
                         .arg(kMaxValues)};
    if (row.mode == HyperRow::Mode::Random) {
        if (stop < start)
            return Error{
                tr("The stop of hyperparameter %1 must not be below its start.").arg(row.name)};
        const bool whole = isWhole(row.start) && isWhole(row.stop);
        for (int i = 0; i < count; ++i) {
            if (whole) {
                list.items().push_back(Node::integer(std::uniform_int_distribution<qlonglong>(
                    qlonglong(start), qlonglong(stop))(random)));
            } else {
                list.items().push_back(
                    Node::real(std::uniform_real_distribution<double>(start, stop)(random)));
            }
        }
        return list;
    }
    if (start <= 0 || stop <= 0)
        return Error{
            tr("A log scale needs start and stop above zero (hyperparameter %1).").arg(row.name)};
    for (int i = 0; i < count; ++i) {
        const double exponent =
            count == 1
                ? std::log10(start)
                : std::log10(start) + (std::log10(stop) - std::log10(start)) * i / (count - 1);
        list.items().push_back(Node::real(std::pow(10.0, exponent)));
    }
    return list;
}

HyperRow LauncherValues::listRow(const QString &name, const Node &values)
{
    HyperRow row;
    row.name = name;
    QStringList texts;
    for (const Node &value : values.items())
        texts << jsonText(value);
    row.values = texts.join(QStringLiteral(", "));
    return row;
}

} // namespace Runbench::Ui
