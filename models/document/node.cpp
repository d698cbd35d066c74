// SPDX-License-Identifier: Apache-2.0
#include "node.h"

#include "pythonscalars.h"

namespace Runbench::Models {

Node Node::boolean(bool value)
{
    Node n;
    n.m_type = Type::Bool;
    n.m_bool = value;
    n.m_text = value ? "true" : "false";
    return n;
}

Node Node::integer(std::int64_t value)
{
    return integerText(std::to_string(value));
}

Node Node::integerText(std::string decimalOrSource)
{
    Node n;
    n.m_type = Type::Int;
    n.m_text = std::move(decimalOrSource);
    return n;
}

Node Node::real(double value)
{
    return realText(PythonScalars::floatRepr(value), value);
}

Node Node::realText(std::string source, double value)
{
    Node n;
    n.m_type = Type::Float;
    n.m_real = value;
    n.m_text = std::move(source);
    return n;
}

Node Node::string(std::string value)
{
    Node n;
    n.m_type = Type::String;
    n.m_text = std::move(value);
    return n;
}

Node Node::timestamp(std::string source)
{
    Node n;
    n.m_type = Type::Timestamp;
    n.m_text = std::move(source);
    return n;
}

Node Node::sequence()
{
    Node n;
    n.m_type = Type::Sequence;
    return n;
}

Node Node::mapping()
{
    Node n;
    n.m_type = Type::Mapping;
    return n;
}

std::string Node::displayText() const
{
    switch (m_type) {
    case Type::Null:
    case Type::Sequence:
    case Type::Mapping:
        return {};
    default:
        return m_text;
    }
}

std::size_t Node::size() const
{
    if (m_type == Type::Sequence)
        return m_items.size();
    if (m_type == Type::Mapping)
        return m_members.size();
    return 0;
}

const Node *Node::get(std::string_view key) const
{
    if (m_type != Type::Mapping)
        return nullptr;
    // The last duplicate wins, as in a Python dict built from the document.
    for (auto it = m_members.rbegin(); it != m_members.rend(); ++it) {
        if (it->key.m_type == Type::String && it->key.m_text == key)
            return &it->value;
    }
    return nullptr;
}

Node *Node::get(std::string_view key)
{
    return const_cast<Node *>(static_cast<const Node *>(this)->get(key));
}

const Node *Node::at(std::string_view dottedPath) const
{
    const Node *node = this;
    while (node && !dottedPath.empty()) {
        const auto dot = dottedPath.find('.');
        node = node->get(dottedPath.substr(0, dot));
        dottedPath =
            dot == std::string_view::npos ? std::string_view() : dottedPath.substr(dot + 1);
    }
    return node;
}

Node &Node::insert(std::string_view key)
{
    if (m_type == Type::Null)
        m_type = Type::Mapping;
    if (Node *existing = get(key))
        return *existing;
    m_members.push_back({Node::string(std::string(key)), Node()});
    return m_members.back().value;
}

Node &Node::ensure(std::string_view dottedPath)
{
    Node *node = this;
    while (true) {
        const auto dot = dottedPath.find('.');
        Node &child = node->insert(dottedPath.substr(0, dot));
        if (dot == std::string_view::npos)
            return child;
        if (!child.isMapping())
            child = Node::mapping();
        node = &child;
        dottedPath = dottedPath.substr(dot + 1);
    }
}

bool Node::remove(std::string_view key)
{
    if (m_type != Type::Mapping)
        return false;
    const auto before = m_members.size();
    std::erase_if(m_members, [key](const Member &m) {
        return m.key.m_type == Type::String && m.key.m_text == key;
    });
    return m_members.size() != before;
}

bool Node::operator==(const Node &other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == other.m_bool;
    case Type::Int:
        return PythonScalars::intDecimal(m_text) == PythonScalars::intDecimal(other.m_text);
    case Type::Float:
        return m_real == other.m_real || (m_real != m_real && other.m_real != other.m_real);
    case Type::String:
    case Type::Timestamp:
        return m_text == other.m_text;
    case Type::Sequence:
        return m_items == other.m_items;
    case Type::Mapping:
        if (m_members.size() != other.m_members.size())
            return false;
        for (std::size_t i = 0; i < m_members.size(); ++i) {
            if (!(m_members[i].key == other.m_members[i].key) ||
                !(m_members[i].value == other.m_members[i].value))
                return false;
        }
        return true;
    }
    return false;
}

} // namespace Runbench::Models
