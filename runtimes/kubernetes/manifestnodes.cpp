// SPDX-License-Identifier: Apache-2.0
#include "manifestnodes.h"

namespace Runbench::Runtimes::ManifestNodes {

using Models::Node;

Node text(const QString &value)
{
    return Node::string(value.toStdString());
}

Node texts(const QStringList &values)
{
    Node list = Node::sequence();
    for (const QString &value : values)
        list.items().push_back(text(value));
    return list;
}

Node stringMap(const QMap<QString, QString> &values)
{
    Node map = Node::mapping();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        map.insert(it.key().toStdString()) = text(it.value());
    return map;
}

Node stringified(const Node &node)
{
    if (node.isScalar())
        return node.isNull() ? node : Node::string(node.displayText());
    Node copy = node;
    for (Node &item : copy.items())
        item = stringified(item);
    for (Node::Member &member : copy.members())
        member.value = stringified(member.value);
    return copy;
}

bool sameValue(const Node &a, const Node &b)
{
    if (a.isMapping() && b.isMapping()) {
        if (a.size() != b.size())
            return false;
        for (const Node::Member &member : a.members()) {
            const Node *other = member.key.isString() ? b.get(member.key.text()) : nullptr;
            if (!other || !sameValue(member.value, *other))
                return false;
        }
        return true;
    }
    if (a.isSequence() && b.isSequence()) {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (!sameValue(a.items()[i], b.items()[i]))
                return false;
        }
        return true;
    }
    if (a.isScalar() && b.isScalar() && !a.isNull() && !b.isNull())
        return a.displayText() == b.displayText();
    return a == b;
}

bool isEmpty(const Node *node)
{
    return !node || node->isNull() || (!node->isScalar() && node->size() == 0);
}

} // namespace Runbench::Runtimes::ManifestNodes
