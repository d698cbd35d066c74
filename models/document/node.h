// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace Runbench::Models {

// One node of a loaded YAML or JSON document. Scalars carry the type PyYAML's safe loader (or
// Python's json module) would construct, together with their source text; mappings keep their
// keys in document order. The tree is the source of truth for every Runbench document, so
// fields Runbench does not know survive a load/save unchanged.
class Node
{
public:
    enum class Type { Null, Bool, Int, Float, String, Timestamp, Sequence, Mapping };
    struct Member;

    Node() = default;

    static Node null() { return {}; }
    static Node boolean(bool value);
    static Node integer(std::int64_t value);
    static Node integerText(std::string decimalOrSource);
    static Node real(double value);
    static Node realText(std::string source, double value);
    static Node string(std::string value);
    static Node timestamp(std::string source);
    static Node sequence();
    static Node mapping();

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isString() const { return m_type == Type::String; }
    bool isMapping() const { return m_type == Type::Mapping; }
    bool isSequence() const { return m_type == Type::Sequence; }
    bool isScalar() const { return m_type != Type::Sequence && m_type != Type::Mapping; }
    bool isNumber() const { return m_type == Type::Int || m_type == Type::Float; }

    // Scalar text: the value of a string, the source text of a number, bool or timestamp.
    const std::string &text() const { return m_text; }
    bool boolValue() const { return m_bool; }
    double realValue() const { return m_real; }
    // The value as a user would type it into a form: strings as they are, other scalars as
    // their text, null as empty.
    std::string displayText() const;

    const std::vector<Node> &items() const { return m_items; }
    std::vector<Node> &items() { return m_items; }
    const std::vector<Member> &members() const { return m_members; }
    std::vector<Member> &members() { return m_members; }
    std::size_t size() const;

    // Mapping access by string key (keys of other types never match).
    const Node *get(std::string_view key) const;
    Node *get(std::string_view key);
    // Follows a dotted path of string keys, e.g. "spec.build.image".
    const Node *at(std::string_view dottedPath) const;
    // Returns the value for key, appending a null member at the end when it is missing. The
    // node becomes a mapping when it was null.
    Node &insert(std::string_view key);
    // Like insert, but creates every missing mapping along a dotted path.
    Node &ensure(std::string_view dottedPath);
    bool remove(std::string_view key);

    // Semantic equality: same type and value (ints and floats by value, not by spelling),
    // mappings compared member by member in order.
    bool operator==(const Node &other) const;

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    double m_real = 0.0;
    std::string m_text;
    std::vector<Node> m_items;
    std::vector<Member> m_members;
};

// One key/value pair of a mapping node.
struct Node::Member
{
    Node key;
    Node value;
};

} // namespace Runbench::Models
