// SPDX-License-Identifier: Apache-2.0
#include "validationreport.h"

#include "document/node.h"
#include "document/pythonscalars.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Runbench::Models {

void ValidationReport::add(const QString &path, const QString &message)
{
    m_problems.push_back({path, message});
}

void ValidationReport::addIfAny(const QString &path, const QString &message)
{
    if (!message.isEmpty())
        add(path, message);
}

const Node *ValidationReport::mapping(const Node &node, const QString &path, const QString &what)
{
    if (node.isMapping())
        return &node;
    if (!node.isNull())
        add(path, u"%1 must be a mapping of keys to values, not %2."_s.arg(what, describe(node)));
    return nullptr;
}

const Node *ValidationReport::sequence(const Node &node, const QString &path, const QString &what)
{
    if (node.isSequence())
        return &node;
    if (!node.isNull())
        add(path, u"%1 must be a list, not %2."_s.arg(what, describe(node)));
    return nullptr;
}

std::optional<QString> ValidationReport::text(const Node &node, const QString &path,
                                              const QString &what)
{
    if (node.isString() || node.isNull())
        return QString::fromStdString(node.text());
    add(path, u"%1 must be text, not %2; quote it."_s.arg(what, describe(node)));
    return std::nullopt;
}

std::optional<long long> ValidationReport::integer(const Node &node, const QString &path,
                                                   const QString &what)
{
    if (node.type() == Node::Type::Int) {
        if (const auto decimal = PythonScalars::intDecimal(node.text())) {
            bool ok = false;
            const long long value = QString::fromStdString(*decimal).toLongLong(&ok);
            if (ok)
                return value;
        }
    }
    add(path, u"%1 must be a whole number, not %2."_s.arg(what, describe(node)));
    return std::nullopt;
}

QString ValidationReport::child(const QString &path, std::string_view key)
{
    const QString name = QString::fromUtf8(key.data(), qsizetype(key.size()));
    const bool plain = !name.isEmpty() && std::all_of(name.begin(), name.end(), [](QChar c) {
        return c.isLetterOrNumber() || c == u'_' || c == u'-';
    });
    if (!plain)
        return u"%1[\"%2\"]"_s.arg(path, name);
    return path.isEmpty() ? name : path + u'.' + name;
}

QString ValidationReport::item(const QString &path, std::size_t index)
{
    return u"%1[%2]"_s.arg(path).arg(index);
}

QString ValidationReport::describe(const Node &node)
{
    switch (node.type()) {
    case Node::Type::Null:
        return u"empty"_s;
    case Node::Type::Bool:
        return u"the boolean %1"_s.arg(QString::fromStdString(node.text()));
    case Node::Type::Int:
    case Node::Type::Float:
        return u"the number %1"_s.arg(QString::fromStdString(node.text()));
    case Node::Type::String:
        return u"the text '%1'"_s.arg(QString::fromStdString(node.text()));
    case Node::Type::Timestamp:
        return u"the timestamp %1"_s.arg(QString::fromStdString(node.text()));
    case Node::Type::Sequence:
        return u"a list"_s;
    case Node::Type::Mapping:
        return u"a mapping"_s;
    }
    return {};
}

QString ValidationReport::scalarText(const Node &node)
{
    return node.isScalar() ? QString::fromStdString(node.text()) : QString();
}

} // namespace Runbench::Models
