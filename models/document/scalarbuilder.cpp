// SPDX-License-Identifier: Apache-2.0
#include "scalarbuilder.h"

#include "pythonscalars.h"

#include <QCoreApplication>

#include <cmath>

namespace Runbench::Models {

namespace {

const std::string kTagPrefix = "tag:yaml.org,2002:";

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

bool isJsonNumber(const std::string &s)
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

} // namespace

bool ScalarBuilder::isMergeKey(const std::string &tag, const std::string &text) const
{
    return m_format == DocumentFormat::Yaml && tag == "?" && text == "<<";
}

Result<Node> ScalarBuilder::null(const std::string &tag) const
{
    if (tag.empty() || tag == "?" || tag == "!" || tag == kTagPrefix + "null")
        return Node::null();
    if (tag == kTagPrefix + "str")
        return Node::string({});
    return Error{
        ScalarBuilder::tr("The tag '%1' cannot be applied to an empty value.").arg(q(tag))};
}

Result<Node> ScalarBuilder::scalar(const std::string &tag, const std::string &text) const
{
    if (tag == "!")
        return Node::string(text);
    if (m_format == DocumentFormat::Json)
        return json(text);
    if (tag == "?")
        return plain(text);
    if (tag.rfind(kTagPrefix, 0) == 0)
        return tagged(tag.substr(kTagPrefix.size()), text);
    return Error{ScalarBuilder::tr("The tag '%1' is not supported.").arg(q(tag))};
}

Result<Node> ScalarBuilder::plain(const std::string &text) const
{
    using PythonScalars::PlainType;
    switch (PythonScalars::resolvePlain(text)) {
    case PlainType::Null:
        return Node::null();
    case PlainType::Bool:
        return tagged("bool", text);
    case PlainType::Int:
        return tagged("int", text);
    case PlainType::Float:
        return tagged("float", text);
    case PlainType::Timestamp:
        return tagged("timestamp", text);
    case PlainType::Value:
        return Error{ScalarBuilder::tr("A plain '=' is not a value MLRun can read; quote it.")};
    case PlainType::Merge: // a merge key outside a key position is just text
    case PlainType::String:
        break;
    }
    return Node::string(text);
}

Result<Node> ScalarBuilder::tagged(const std::string &type, const std::string &text) const
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
        return Error{
            ScalarBuilder::tr(
                "'%1' looks like a date but is not a valid one; quote it to keep it as text.")
                .arg(q(text))};
    } else {
        return Error{ScalarBuilder::tr("The tag '!!%1' is not supported.").arg(q(type))};
    }
    return Error{ScalarBuilder::tr("'%1' is not a valid %2.").arg(q(text), q(type))};
}

Result<Node> ScalarBuilder::json(const std::string &text) const
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
    return Error{
        ScalarBuilder::tr("'%1' is not valid JSON: text must be in double quotes.").arg(q(text))};
}

} // namespace Runbench::Models
