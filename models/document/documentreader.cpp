// SPDX-License-Identifier: Apache-2.0
#include "documentreader.h"

#include "pythonscalars.h"
#include "textcheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <cstdio>
#include <optional>

namespace Runbench::Models {

namespace {

const std::string kTagPrefix = "tag:yaml.org,2002:";

QString tr(const char *text)
{
    return QCoreApplication::translate("DocumentReader", text);
}

// Turns a yaml-cpp node graph into a Node tree, applying PyYAML's (or JSON's) scalar rules.
class TreeBuilder
{
public:
    TreeBuilder(DocumentFormat format, const QString &source, const ReadLimits &limits)
        : m_format(format), m_source(source), m_limits(limits)
    {
    }

    std::optional<Error> error() const { return m_error; }

    Node build(const YAML::Node &node, int depth)
    {
        if (m_error)
            return {};
        if (++m_nodes > m_limits.maxNodes) {
            fail(node, tr("The document expands to more than %1 values (aliases repeated too often?).")
                           .arg(m_limits.maxNodes));
            return {};
        }
        if (depth > m_limits.maxDepth) {
            fail(node, tr("The document is nested more than %1 levels deep.").arg(m_limits.maxDepth));
            return {};
        }
        switch (node.Type()) {
        case YAML::NodeType::Null:
            return nullNode(node);
        case YAML::NodeType::Scalar:
            return scalar(node);
        case YAML::NodeType::Sequence:
            return sequence(node, depth);
        case YAML::NodeType::Map:
            return mapping(node, depth);
        case YAML::NodeType::Undefined:
            break;
        }
        return {};
    }

private:
    void fail(const YAML::Node &at, const QString &message)
    {
        if (m_error)
            return;
        const YAML::Mark mark = at.Mark();
        m_error = Error{message, m_source, mark.line + 1, mark.column + 1};
    }

    bool checkCollectionTag(const YAML::Node &node, const char *expected)
    {
        const std::string &tag = node.Tag();
        if (tag.empty() || tag == "?" || tag == "!" || tag == kTagPrefix + expected)
            return true;
        fail(node, tr("The tag '%1' is not supported here.").arg(QString::fromStdString(tag)));
        return false;
    }

    Node nullNode(const YAML::Node &node)
    {
        const std::string &tag = node.Tag();
        if (tag == kTagPrefix + "str")
            return Node::string({});
        if (!tag.empty() && tag != "?" && tag != "!" && tag != kTagPrefix + "null") {
            fail(node, tr("The tag '%1' cannot be applied to an empty value.")
                           .arg(QString::fromStdString(tag)));
        }
        return Node::null();
    }

    Node scalar(const YAML::Node &node)
    {
        const std::string &tag = node.Tag();
        const std::string &text = node.Scalar();
        if (tag == "!")
            return Node::string(text);
        if (m_format == DocumentFormat::Json)
            return jsonScalar(node, text);
        if (tag == "?")
            return plainScalar(node, text);
        if (tag.rfind(kTagPrefix, 0) == 0)
            return taggedScalar(node, tag.substr(kTagPrefix.size()), text);
        fail(node, tr("The tag '%1' is not supported.").arg(QString::fromStdString(tag)));
        return {};
    }

    Node plainScalar(const YAML::Node &node, const std::string &text)
    {
        using PythonScalars::PlainType;
        switch (PythonScalars::resolvePlain(text)) {
        case PlainType::Null:
            return Node::null();
        case PlainType::Bool:
            return taggedScalar(node, "bool", text);
        case PlainType::Int:
            return taggedScalar(node, "int", text);
        case PlainType::Float:
            return taggedScalar(node, "float", text);
        case PlainType::Timestamp:
            return taggedScalar(node, "timestamp", text);
        case PlainType::Merge:
            return Node::string(text); // only meaningful as a key; mapping() handles it there
        case PlainType::Value:
            fail(node, tr("A plain '=' is not a value MLRun can read; quote it."));
            return {};
        case PlainType::String:
            break;
        }
        return Node::string(text);
    }

    Node taggedScalar(const YAML::Node &node, const std::string &type, const std::string &text)
    {
        if (type == "str")
            return Node::string(text);
        if (type == "null")
            return Node::null();
        if (type == "bool") {
            if (PythonScalars::resolvePlain(text) == PythonScalars::PlainType::Bool)
                return Node::boolean(PythonScalars::boolValue(text));
        } else if (type == "int") {
            if (PythonScalars::intDecimal(text))
                return Node::integerText(text);
        } else if (type == "float") {
            if (const auto value = PythonScalars::floatValue(text))
                return Node::realText(text, *value);
        } else if (type == "timestamp") {
            if (PythonScalars::timestampStr(text))
                return Node::timestamp(text);
            fail(node, tr("'%1' looks like a date but is not a valid one; quote it to keep it as text.")
                           .arg(QString::fromStdString(text)));
            return {};
        } else {
            fail(node, tr("The tag '!!%1' is not supported.").arg(QString::fromStdString(type)));
            return {};
        }
        fail(node, tr("'%1' is not a valid %2.").arg(QString::fromStdString(text), QString::fromStdString(type)));
        return {};
    }

    Node jsonScalar(const YAML::Node &node, const std::string &text)
    {
        if (text == "true" || text == "false")
            return Node::boolean(text == "true");
        if (text == "NaN")
            return Node::realText(text, std::nan(""));
        if (text == "Infinity" || text == "-Infinity")
            return Node::realText(text, text[0] == '-' ? -HUGE_VAL : HUGE_VAL);
        if (isJsonNumber(text)) {
            if (text.find_first_of(".eE") == std::string::npos)
                return Node::integerText(text);
            if (const auto value = PythonScalars::floatValue(text))
                return Node::realText(text, *value);
        }
        fail(node, tr("'%1' is not valid JSON: text must be in double quotes.").arg(QString::fromStdString(text)));
        return {};
    }

    static bool isJsonNumber(const std::string &s)
    {
        std::size_t i = 0;
        const auto digits = [&] {
            const std::size_t start = i;
            while (i < s.size() && s[i] >= '0' && s[i] <= '9')
                ++i;
            return i - start;
        };
        if (i < s.size() && s[i] == '-')
            ++i;
        const std::size_t intStart = i;
        const std::size_t n = digits();
        if (n == 0 || (n > 1 && s[intStart] == '0'))
            return false;
        if (i < s.size() && s[i] == '.') {
            ++i;
            if (digits() == 0)
                return false;
        }
        if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
            ++i;
            if (i < s.size() && (s[i] == '+' || s[i] == '-'))
                ++i;
            if (digits() == 0)
                return false;
        }
        return i == s.size();
    }

    Node sequence(const YAML::Node &node, int depth)
    {
        if (!checkCollectionTag(node, "seq"))
            return {};
        Node out = Node::sequence();
        out.items().reserve(node.size());
        for (const auto &item : node) {
            out.items().push_back(build(item, depth + 1));
            if (m_error)
                return {};
        }
        return out;
    }

    // Collects (key, value) pairs as PyYAML's flatten_mapping orders them: merged pairs first.
    void flatten(const YAML::Node &node, std::vector<std::pair<YAML::Node, YAML::Node>> &out, int depth)
    {
        std::vector<std::pair<YAML::Node, YAML::Node>> merged;
        std::vector<std::pair<YAML::Node, YAML::Node>> own;
        for (const auto &pair : node) {
            const YAML::Node &key = pair.first;
            if (m_format == DocumentFormat::Yaml && key.IsScalar() && key.Tag() == "?"
                && key.Scalar() == "<<") {
                const YAML::Node &value = pair.second;
                if (value.IsMap()) {
                    flatten(value, merged, depth + 1);
                } else if (value.IsSequence()) {
                    std::vector<std::vector<std::pair<YAML::Node, YAML::Node>>> parts;
                    for (const auto &sub : value) {
                        if (!sub.IsMap()) {
                            fail(sub, tr("Only mappings can be merged with '<<'."));
                            return;
                        }
                        parts.emplace_back();
                        flatten(sub, parts.back(), depth + 1);
                    }
                    for (auto it = parts.rbegin(); it != parts.rend(); ++it)
                        merged.insert(merged.end(), it->begin(), it->end());
                } else {
                    fail(value, tr("Only a mapping or a list of mappings can be merged with '<<'."));
                    return;
                }
                if (++m_nodes > m_limits.maxNodes || depth > m_limits.maxDepth) {
                    fail(node, tr("The document expands to too many values through merges."));
                    return;
                }
            } else {
                own.emplace_back(pair.first, pair.second);
            }
        }
        out.insert(out.end(), merged.begin(), merged.end());
        out.insert(out.end(), own.begin(), own.end());
    }

    static bool sameKey(const Node &a, const Node &b)
    {
        if (a.isNumber() || a.type() == Node::Type::Bool)
            return (b.isNumber() || b.type() == Node::Type::Bool) && numericValue(a) == numericValue(b);
        return a == b;
    }

    static double numericValue(const Node &n)
    {
        if (n.type() == Node::Type::Bool)
            return n.boolValue() ? 1.0 : 0.0;
        if (n.type() == Node::Type::Float)
            return n.realValue();
        return std::stod(PythonScalars::intDecimal(n.text()).value_or("0"));
    }

    Node mapping(const YAML::Node &node, int depth)
    {
        if (!checkCollectionTag(node, "map"))
            return {};
        std::vector<std::pair<YAML::Node, YAML::Node>> pairs;
        flatten(node, pairs, depth);
        Node out = Node::mapping();
        out.members().reserve(pairs.size());
        for (const auto &[keyNode, valueNode] : pairs) {
            if (!keyNode.IsScalar() && !keyNode.IsNull()) {
                fail(keyNode, tr("A key must be a plain value, not a list or mapping."));
                return {};
            }
            Node key = build(keyNode, depth + 1);
            Node value = build(valueNode, depth + 1);
            if (m_error)
                return {};
            auto &members = out.members();
            auto existing = std::find_if(members.begin(), members.end(),
                                         [&](const Node::Member &m) { return sameKey(m.key, key); });
            if (existing != members.end())
                existing->value = std::move(value); // a Python dict keeps the first position
            else
                members.push_back({std::move(key), std::move(value)});
        }
        return out;
    }

    DocumentFormat m_format;
    QString m_source;
    ReadLimits m_limits;
    std::size_t m_nodes = 0;
    std::optional<Error> m_error;
};

// JSON writes characters above U+FFFF as surrogate-pair escapes ("\ud83d\ude00"), which YAML's
// parser rejects; rewrite each pair as YAML's single 8-digit escape.
std::string joinSurrogateEscapes(std::string_view json)
{
    std::string out;
    out.reserve(json.size());
    auto hexAt = [&](std::size_t pos) -> std::optional<unsigned> {
        if (pos + 6 > json.size() || json[pos] != '\\' || json[pos + 1] != 'u')
            return std::nullopt;
        unsigned v = 0;
        for (std::size_t k = pos + 2; k < pos + 6; ++k) {
            const char c = json[k];
            if (!std::isxdigit(static_cast<unsigned char>(c)))
                return std::nullopt;
            v = v * 16 + unsigned(std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : (c | 0x20) - 'a' + 10);
        }
        return v;
    };
    for (std::size_t i = 0; i < json.size(); ++i) {
        if (json[i] != '\\') {
            out += json[i];
            continue;
        }
        const auto high = hexAt(i);
        const auto low = high ? hexAt(i + 6) : std::nullopt;
        if (high && *high >= 0xD800 && *high <= 0xDBFF && low && *low >= 0xDC00 && *low <= 0xDFFF) {
            const unsigned cp = 0x10000 + ((*high - 0xD800) << 10) + (*low - 0xDC00);
            char buf[11];
            std::snprintf(buf, sizeof buf, "\\U%08X", cp);
            out += buf;
            i += 11;
        } else if (i + 1 < json.size()) {
            out += json[i];
            out += json[++i];
        } else {
            out += json[i];
        }
    }
    return out;
}

// YAML's parser is more lenient than JSON (trailing commas, comments, bare words), so JSON is
// checked by Qt's strict parser first. Python's NaN/Infinity extensions are not standard JSON;
// text that mentions them is left to the lenient path, which understands them.
std::optional<Error> strictJsonError(std::string_view bytes, const QString &source)
{
    if (bytes.find("NaN") != std::string_view::npos || bytes.find("Infinity") != std::string_view::npos)
        return std::nullopt;
    QJsonParseError parseError;
    QJsonDocument::fromJson(QByteArray::fromRawData(bytes.data(), qsizetype(bytes.size())), &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return std::nullopt;
    int line = 1, column = 1;
    for (qsizetype i = 0; i < parseError.offset && i < qsizetype(bytes.size()); ++i) {
        if (bytes[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return Error{tr("Malformed JSON: %1.").arg(parseError.errorString()), source, line, column};
}

} // namespace

Result<Node> DocumentReader::read(std::string_view bytes, DocumentFormat format,
                                  const QString &source, const ReadLimits &limits)
{
    if (qint64(bytes.size()) > limits.maxBytes) {
        return Error{tr("The file is %1 MB; documents larger than %2 MB are not read.")
                         .arg(double(bytes.size()) / (1024 * 1024), 0, 'f', 1)
                         .arg(limits.maxBytes / (1024 * 1024)),
                     source};
    }
    if (const auto bad = TextCheck::findUnreadable(bytes)) {
        return Error{bad->message, source, bad->line, bad->column};
    }
    if (format == DocumentFormat::Json) {
        if (auto error = strictJsonError(bytes, source))
            return *error;
    }
    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(format == DocumentFormat::Json ? joinSurrogateEscapes(bytes)
                                                                 : std::string(bytes));
    } catch (const YAML::Exception &e) {
        const QString what = QString::fromStdString(e.msg);
        const QString kind = format == DocumentFormat::Json ? tr("Malformed JSON") : tr("Malformed YAML");
        return Error{kind + QStringLiteral(": ") + what + QLatin1Char('.'), source, e.mark.line + 1,
                     e.mark.column + 1};
    }
    if (documents.size() > 1) {
        const YAML::Mark mark = documents[1].Mark();
        return Error{tr("The file holds more than one document; expected a single one."), source,
                     mark.line + 1, mark.column + 1};
    }
    if (documents.empty())
        return Node::null();
    TreeBuilder builder(format, source, limits);
    Node root = builder.build(documents.front(), 0);
    if (const auto error = builder.error())
        return *error;
    return root;
}

DocumentFormat DocumentReader::guessFormat(const QString &path, std::string_view bytes)
{
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return DocumentFormat::Json;
    if (path.endsWith(QLatin1String(".yaml"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".yml"), Qt::CaseInsensitive))
        return DocumentFormat::Yaml;
    const auto first = bytes.find_first_not_of(" \t\r\n");
    return first != std::string_view::npos && bytes[first] == '{' ? DocumentFormat::Json
                                                                   : DocumentFormat::Yaml;
}

Result<Node> DocumentReader::readFile(const QString &path, const ReadLimits &limits)
{
    QFile file(path);
    const QString &name = path;
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot open the file: %1.").arg(file.errorString()), name};
    if (file.size() > limits.maxBytes) {
        return Error{tr("The file is %1 MB; documents larger than %2 MB are not read.")
                         .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1)
                         .arg(limits.maxBytes / (1024 * 1024)),
                     name};
    }
    const QByteArray data = file.readAll();
    const std::string_view bytes(data.constData(), std::size_t(data.size()));
    return read(bytes, guessFormat(path, bytes), name, limits);
}

} // namespace Runbench::Models
