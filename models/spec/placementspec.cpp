// SPDX-License-Identifier: Apache-2.0
#include "placementspec.h"

namespace Runbench::Models {

namespace {

constexpr std::string_view kRequired = "requiredDuringSchedulingIgnoredDuringExecution";
constexpr std::string_view kPreferred = "preferredDuringSchedulingIgnoredDuringExecution";

QString textOf(const Node &map, std::string_view key)
{
    const Node *value = map.get(key);
    return value ? QString::fromStdString(value->displayText()) : QString();
}

Node stringNode(const QString &text)
{
    return Node::string(text.toStdString());
}

QList<MatchExpression> readExpressions(const Node *term)
{
    QList<MatchExpression> out;
    const Node *list = term ? term->get("matchExpressions") : nullptr;
    if (!list || !list->isSequence())
        return out;
    for (const Node &item : list->items()) {
        if (!item.isMapping())
            continue;
        MatchExpression expression{textOf(item, "key"), textOf(item, "operator"), {}};
        if (const Node *values = item.get("values"); values && values->isSequence()) {
            for (const Node &value : values->items())
                expression.values << QString::fromStdString(value.displayText());
        }
        out << expression;
    }
    return out;
}

// Writes the expressions into an existing term, keeping its other keys (matchFields).
void writeExpressions(Node &term, const QList<MatchExpression> &expressions)
{
    if (!term.isMapping())
        term = Node::mapping();
    Node list = Node::sequence();
    for (const MatchExpression &expression : expressions) {
        Node item = Node::mapping();
        item.insert("key") = stringNode(expression.key);
        item.insert("operator") = stringNode(expression.op);
        if (!expression.values.isEmpty()) {
            Node values = Node::sequence();
            for (const QString &value : expression.values)
                values.items().push_back(stringNode(value));
            item.insert("values") = std::move(values);
        }
        list.items().push_back(std::move(item));
    }
    term.insert("matchExpressions") = std::move(list);
}

// The item at index of an existing list, so rewritten items keep keys Runbench does not edit.
Node previousItem(const Node *list, std::size_t index)
{
    if (list && list->isSequence() && index < list->items().size() &&
        list->items()[index].isMapping())
        return list->items()[index];
    return Node::mapping();
}

} // namespace

const QStringList &PlacementSpec::operators()
{
    static const QStringList all{QStringLiteral("In"),     QStringLiteral("NotIn"),
                                 QStringLiteral("Exists"), QStringLiteral("DoesNotExist"),
                                 QStringLiteral("Gt"),     QStringLiteral("Lt")};
    return all;
}

NodeAffinity PlacementSpec::nodeAffinity(const FunctionSpec &spec)
{
    NodeAffinity out;
    const Node *node = spec.root().at("spec.affinity.nodeAffinity");
    if (!node || !node->isMapping())
        return out;
    if (const Node *required = node->get(kRequired); required && required->isMapping()) {
        if (const Node *terms = required->get("nodeSelectorTerms"); terms && terms->isSequence()) {
            for (const Node &term : terms->items())
                out.required << readExpressions(&term);
        }
    }
    if (const Node *preferred = node->get(kPreferred); preferred && preferred->isSequence()) {
        for (const Node &item : preferred->items()) {
            if (!item.isMapping())
                continue;
            PreferredTerm term;
            term.weight = textOf(item, "weight").toLongLong();
            term.expressions = readExpressions(item.get("preference"));
            out.preferred << term;
        }
    }
    return out;
}

void PlacementSpec::setNodeAffinity(FunctionSpec &spec, const NodeAffinity &affinity)
{
    Node &specNode = spec.root().ensure("spec");
    Node *affinityNode = specNode.get("affinity");
    if (affinity.isEmpty()) {
        if (!affinityNode || !affinityNode->isMapping())
            return;
        affinityNode->remove("nodeAffinity");
        if (affinityNode->size() == 0)
            *affinityNode = Node::null();
        return;
    }
    Node &nodeAffinity = specNode.ensure("affinity.nodeAffinity");
    if (!nodeAffinity.isMapping())
        nodeAffinity = Node::mapping();
    if (affinity.required.isEmpty()) {
        nodeAffinity.remove(kRequired);
    } else {
        Node &required = nodeAffinity.insert(kRequired);
        if (!required.isMapping())
            required = Node::mapping();
        const Node *oldTerms = required.get("nodeSelectorTerms");
        Node terms = Node::sequence();
        for (qsizetype i = 0; i < affinity.required.size(); ++i) {
            Node term = previousItem(oldTerms, std::size_t(i));
            writeExpressions(term, affinity.required[i]);
            terms.items().push_back(std::move(term));
        }
        required.insert("nodeSelectorTerms") = std::move(terms);
    }
    if (affinity.preferred.isEmpty()) {
        nodeAffinity.remove(kPreferred);
    } else {
        const Node *old = nodeAffinity.get(kPreferred);
        Node list = Node::sequence();
        for (qsizetype i = 0; i < affinity.preferred.size(); ++i) {
            Node item = previousItem(old, std::size_t(i));
            item.insert("weight") = Node::integer(affinity.preferred[i].weight);
            writeExpressions(item.insert("preference"), affinity.preferred[i].expressions);
            list.items().push_back(std::move(item));
        }
        nodeAffinity.insert(kPreferred) = std::move(list);
    }
}

QList<Toleration> PlacementSpec::tolerations(const FunctionSpec &spec)
{
    QList<Toleration> out;
    const Node *list = spec.root().at("spec.tolerations");
    if (!list || !list->isSequence())
        return out;
    for (const Node &item : list->items()) {
        if (!item.isMapping())
            continue;
        Toleration toleration{textOf(item, "key"), textOf(item, "operator"), textOf(item, "value"),
                              textOf(item, "effect"), std::nullopt};
        if (const Node *seconds = item.get("tolerationSeconds");
            seconds && seconds->type() == Node::Type::Int)
            toleration.seconds = QString::fromStdString(seconds->text()).toLongLong();
        out << toleration;
    }
    return out;
}

void PlacementSpec::setTolerations(FunctionSpec &spec, const QList<Toleration> &tolerations)
{
    Node &target = spec.root().ensure("spec.tolerations");
    if (tolerations.isEmpty()) {
        target = Node::null();
        return;
    }
    Node list = Node::sequence();
    for (qsizetype i = 0; i < tolerations.size(); ++i) {
        const Toleration &toleration = tolerations[i];
        Node item = previousItem(&target, std::size_t(i));
        auto setOrRemove = [&item](std::string_view key, const QString &value) {
            if (value.isEmpty())
                item.remove(key);
            else
                item.insert(key) = stringNode(value);
        };
        setOrRemove("key", toleration.key);
        setOrRemove("operator", toleration.op);
        setOrRemove("value", toleration.value);
        setOrRemove("effect", toleration.effect);
        if (toleration.seconds)
            item.insert("tolerationSeconds") = Node::integer(*toleration.seconds);
        else
            item.remove("tolerationSeconds");
        list.items().push_back(std::move(item));
    }
    target = std::move(list);
}

} // namespace Runbench::Models
