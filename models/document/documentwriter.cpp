// SPDX-License-Identifier: Apache-2.0
#include "documentwriter.h"

#include "pythonscalars.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>

namespace Runbench::Models {

namespace {

using PythonScalars::PlainType;

void emitScalar(YAML::Emitter &out, const Node &node)
{
    switch (node.type()) {
    case Node::Type::Null:
        out << YAML::Null;
        break;
    case Node::Type::Bool:
        out << node.boolValue();
        break;
    case Node::Type::Int:
        if (PythonScalars::resolvePlain(node.text()) == PlainType::Int)
            out << node.text();
        else
            out << PythonScalars::intDecimal(node.text()).value_or("0");
        break;
    case Node::Type::Float:
        if (PythonScalars::resolvePlain(node.text()) == PlainType::Float)
            out << node.text();
        else
            out << PythonScalars::yamlFloat(node.realValue());
        break;
    case Node::Type::Timestamp:
        out << node.text();
        break;
    case Node::Type::String:
        // Quote whatever PyYAML would otherwise read as something other than a string.
        if (PythonScalars::resolvePlain(node.text()) != PlainType::String)
            out << YAML::SingleQuoted << node.text();
        else
            out << node.text();
        break;
    case Node::Type::Sequence:
    case Node::Type::Mapping:
        break;
    }
}

void emitNode(YAML::Emitter &out, const Node &node)
{
    if (node.isMapping()) {
        if (node.members().empty()) {
            out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
            return;
        }
        out << YAML::BeginMap;
        for (const auto &member : node.members()) {
            out << YAML::Key;
            emitScalar(out, member.key);
            out << YAML::Value;
            emitNode(out, member.value);
        }
        out << YAML::EndMap;
    } else if (node.isSequence()) {
        if (node.items().empty()) {
            out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
            return;
        }
        out << YAML::BeginSeq;
        for (const auto &item : node.items())
            emitNode(out, item);
        out << YAML::EndSeq;
    } else {
        emitScalar(out, node);
    }
}

// Python json's string encoder (py_encode_basestring_ascii / py_encode_basestring).
void appendJsonString(std::string &out, std::string_view text, bool ensureAscii)
{
    static const char hex[] = "0123456789abcdef";
    auto appendEscape = [&](unsigned v) {
        out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4)
            out += hex[(v >> shift) & 0xF];
    };
    out += '"';
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            default:
                if (c < 0x20 || (ensureAscii && c == 0x7F))
                    appendEscape(c);
                else
                    out += char(c);
            }
            ++i;
            continue;
        }
        const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        if (!ensureAscii) {
            out.append(text.substr(i, length));
            i += length;
            continue;
        }
        char32_t cp = c & (0xFF >> (length + 1));
        for (int k = 1; k < length && i + k < text.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        if (cp >= 0x10000) {
            cp -= 0x10000;
            appendEscape(0xD800 | (cp >> 10));
            appendEscape(0xDC00 | (cp & 0x3FF));
        } else {
            appendEscape(cp);
        }
        i += length;
    }
    out += '"';
}

std::string jsonFloat(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value < 0 ? "-Infinity" : "Infinity";
    return PythonScalars::floatRepr(value);
}

std::string decimalOf(const Node &node)
{
    return PythonScalars::intDecimal(node.text()).value_or("0");
}

// Key order of Python's sorted() over dict keys; nullopt where Python raises TypeError.
class PythonKeyOrder
{
public:
    static std::optional<std::vector<const Node::Member *>> sorted(const Node &mapping)
    {
        std::vector<const Node::Member *> members;
        for (const auto &m : mapping.members())
            members.push_back(&m);
        if (members.size() < 2)
            return members;
        const int group = groupOf(members.front()->key);
        for (const auto *m : members) {
            if (groupOf(m->key) != group || group == kUnorderable)
                return std::nullopt;
        }
        std::stable_sort(members.begin(), members.end(), [group](const auto *a, const auto *b) {
            return group == kText ? a->key.text() < b->key.text() : lessNumber(a->key, b->key);
        });
        return members;
    }

private:
    static constexpr int kNumber = 0, kText = 1, kUnorderable = 2;

    static int groupOf(const Node &key)
    {
        switch (key.type()) {
        case Node::Type::Bool:
        case Node::Type::Int:
        case Node::Type::Float:
            return kNumber;
        case Node::Type::String:
            return kText;
        default:
            return kUnorderable;
        }
    }

    static bool lessNumber(const Node &a, const Node &b)
    {
        if (a.type() == Node::Type::Int && b.type() == Node::Type::Int)
            return lessDecimal(decimalOf(a), decimalOf(b));
        return asDouble(a) < asDouble(b);
    }

    static double asDouble(const Node &n)
    {
        if (n.type() == Node::Type::Bool)
            return n.boolValue() ? 1 : 0;
        if (n.type() == Node::Type::Float)
            return n.realValue();
        return std::stod(decimalOf(n));
    }

    static bool lessDecimal(const std::string &a, const std::string &b)
    {
        const bool negA = a.starts_with('-'), negB = b.starts_with('-');
        if (negA != negB)
            return negA;
        const std::string_view ma = negA ? std::string_view(a).substr(1) : a;
        const std::string_view mb = negB ? std::string_view(b).substr(1) : b;
        const bool absLess = ma.size() != mb.size() ? ma.size() < mb.size() : ma < mb;
        const bool absEqual = ma == mb;
        return negA ? (!absLess && !absEqual) : absLess;
    }
};

// json.dumps with Python's exact formatting rules.
class PythonJsonEncoder
{
public:
    explicit PythonJsonEncoder(const JsonStyle &style)
        : m_style(style)
    {}

    std::optional<Error> encode(const Node &node, std::string &out, int level)
    {
        switch (node.type()) {
        case Node::Type::Null:
            out += "null";
            return {};
        case Node::Type::Bool:
            out += node.boolValue() ? "true" : "false";
            return {};
        case Node::Type::Int:
            out += decimalOf(node);
            return {};
        case Node::Type::Float:
            out += jsonFloat(node.realValue());
            return {};
        case Node::Type::String:
            appendJsonString(out, node.text(), m_style.ensureAscii);
            return {};
        case Node::Type::Timestamp:
            appendJsonString(out, PythonScalars::timestampStr(node.text()).value_or(node.text()),
                             m_style.ensureAscii);
            return {};
        case Node::Type::Sequence:
            return encodeSequence(node, out, level);
        case Node::Type::Mapping:
            return encodeMapping(node, out, level);
        }
        return {};
    }

private:
    void newline(std::string &out, int level) const
    {
        if (m_style.indent >= 0) {
            out += '\n';
            out.append(std::size_t(level * m_style.indent), ' ');
        }
    }

    const char *itemSeparator() const { return m_style.indent >= 0 ? "," : ", "; }

    std::optional<Error> encodeSequence(const Node &node, std::string &out, int level)
    {
        if (node.items().empty()) {
            out += "[]";
            return {};
        }
        out += '[';
        bool first = true;
        for (const auto &item : node.items()) {
            if (!first)
                out += itemSeparator();
            first = false;
            newline(out, level + 1);
            if (auto error = encode(item, out, level + 1))
                return error;
        }
        newline(out, level);
        out += ']';
        return {};
    }

    std::optional<Error> encodeMapping(const Node &node, std::string &out, int level)
    {
        if (node.members().empty()) {
            out += "{}";
            return {};
        }
        std::vector<const Node::Member *> members;
        if (m_style.sortKeys) {
            auto sorted = PythonKeyOrder::sorted(node);
            if (!sorted)
                return Error{DocumentWriter::tr(
                    "The keys of a mapping mix types that cannot be sorted for hashing.")};
            members = std::move(*sorted);
        } else {
            for (const auto &m : node.members())
                members.push_back(&m);
        }
        out += '{';
        bool first = true;
        for (const auto *member : members) {
            if (!first)
                out += itemSeparator();
            first = false;
            newline(out, level + 1);
            const Node &key = member->key;
            switch (key.type()) {
            case Node::Type::String:
                appendJsonString(out, key.text(), m_style.ensureAscii);
                break;
            case Node::Type::Null:
                out += "\"null\"";
                break;
            case Node::Type::Bool:
                out += key.boolValue() ? "\"true\"" : "\"false\"";
                break;
            case Node::Type::Int:
                out += '"' + decimalOf(key) + '"';
                break;
            case Node::Type::Float:
                out += '"' + jsonFloat(key.realValue()) + '"';
                break;
            default:
                return Error{DocumentWriter::tr("A date cannot be used as a key in JSON.")};
            }
            out += ": ";
            if (auto error = encode(member->value, out, level + 1))
                return error;
        }
        newline(out, level);
        out += '}';
        return {};
    }

    JsonStyle m_style;
};

} // namespace

std::string DocumentWriter::toYaml(const Node &root)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out.SetNullFormat(YAML::LowerNull);
    out.SetBoolFormat(YAML::TrueFalseBool);
    out.SetBoolFormat(YAML::LowerCase);
    emitNode(out, root);
    std::string text = out.c_str();
    text += '\n';
    return text;
}

Result<std::string> DocumentWriter::toJson(const Node &root, const JsonStyle &style)
{
    std::string out;
    PythonJsonEncoder encoder(style);
    if (auto error = encoder.encode(root, out, 0))
        return *error;
    return out;
}

} // namespace Runbench::Models
