// SPDX-License-Identifier: Apache-2.0
#include "manifestpreemption.h"

#include "manifestnodes.h"

#include <functional>

namespace Runbench::Runtimes {

using ManifestNodes::sameValue;
using ManifestNodes::text;
using Models::Node;

namespace {

constexpr std::string_view kRequired = "requiredDuringSchedulingIgnoredDuringExecution";
constexpr std::string_view kPreferred = "preferredDuringSchedulingIgnoredDuringExecution";

Node expression(const QString &key, const char *op, const QString &value)
{
    Node e = Node::mapping();
    e.insert("key") = text(key);
    e.insert("operator") = Node::string(op);
    Node &values = e.insert("values") = Node::sequence();
    values.items().push_back(text(value));
    return e;
}

Node termOf(std::vector<Node> expressions)
{
    Node term = Node::mapping();
    Node &list = term.insert("matchExpressions") = Node::sequence();
    list.items() = std::move(expressions);
    return term;
}

Node *nodeAffinity(Placement &placement)
{
    return placement.affinity.isMapping() ? placement.affinity.get("nodeAffinity") : nullptr;
}

void setRequiredTerms(Placement &placement, std::vector<Node> terms)
{
    Node &required = placement.affinity.ensure("nodeAffinity").insert(kRequired);
    Node &list = required.insert("nodeSelectorTerms") = Node::sequence();
    list.items() = std::move(terms);
}

// Drops every required match expression `drop` selects; terms left empty go, then the required
// part, then nodeAffinity when nothing is left of it.
void pruneRequired(Placement &placement, const std::function<bool(const Node &)> &drop)
{
    Node *affinity = nodeAffinity(placement);
    Node *required = affinity && affinity->isMapping() ? affinity->get(kRequired) : nullptr;
    Node *terms = required && required->isMapping() ? required->get("nodeSelectorTerms") : nullptr;
    if (!terms || !terms->isSequence())
        return;
    std::vector<Node> kept;
    for (Node &term : terms->items()) {
        if (Node *expressions = term.isMapping() ? term.get("matchExpressions") : nullptr;
            expressions && expressions->isSequence()) {
            std::erase_if(expressions->items(), drop);
            if (expressions->size() == 0)
                term.remove("matchExpressions");
        }
        if (term.isMapping() && term.size() > 0)
            kept.push_back(std::move(term));
    }
    terms->items() = std::move(kept);
    if (terms->size() > 0)
        return;
    affinity->remove(kRequired);
    if (ManifestNodes::isEmpty(affinity->get(kPreferred)))
        placement.affinity.remove("nodeAffinity");
}

bool matchesPreemptible(const Node &expr, const PreemptibleNodes &nodes, const char *op)
{
    for (auto it = nodes.nodeSelector.cbegin(); it != nodes.nodeSelector.cend(); ++it) {
        if (sameValue(expr, expression(it.key(), op, it.value())))
            return true;
    }
    return false;
}

void removePreemptibleSelector(const PreemptibleNodes &nodes, Placement &placement)
{
    for (auto it = nodes.nodeSelector.cbegin(); it != nodes.nodeSelector.cend(); ++it) {
        const Node *value = placement.nodeSelector.get(it.key().toStdString());
        if (value && QString::fromStdString(value->displayText()) == it.value())
            placement.nodeSelector.remove(it.key().toStdString());
    }
}

void addTolerations(const PreemptibleNodes &nodes, Placement &placement)
{
    if (!placement.tolerations.isSequence())
        placement.tolerations = Node::sequence();
    for (const Node &toleration : nodes.tolerations.items()) {
        const auto &present = placement.tolerations.items();
        if (std::none_of(present.begin(), present.end(),
                         [&](const Node &t) { return sameValue(t, toleration); }))
            placement.tolerations.items().push_back(toleration);
    }
}

} // namespace

void ManifestPreemption::apply(const QString &mode, const PreemptibleNodes &nodes,
                               Placement &placement)
{
    if (nodes.isEmpty() || mode == QLatin1String("none"))
        return;
    if (mode == QLatin1String("constrain"))
        constrain(nodes, placement);
    else if (mode == QLatin1String("allow"))
        allow(nodes, placement);
    else
        prevent(nodes, placement); // MLRun's default mode
    finish(placement);
}

void ManifestPreemption::prevent(const PreemptibleNodes &nodes, Placement &placement)
{
    if (placement.tolerations.isSequence()) {
        std::erase_if(placement.tolerations.items(), [&](const Node &t) {
            const auto &spot = nodes.tolerations.items();
            return std::any_of(spot.begin(), spot.end(),
                               [&](const Node &s) { return sameValue(s, t); });
        });
    }
    pruneRequired(placement, [&](const Node &e) { return matchesPreemptible(e, nodes, "In"); });
    removePreemptibleSelector(nodes, placement);
    if (nodes.tolerations.size() == 0) {
        std::vector<Node> expressions;
        for (auto it = nodes.nodeSelector.cbegin(); it != nodes.nodeSelector.cend(); ++it)
            expressions.push_back(expression(it.key(), "NotIn", it.value()));
        std::vector<Node> terms;
        terms.push_back(termOf(std::move(expressions)));
        setRequiredTerms(placement, std::move(terms));
    }
}

void ManifestPreemption::constrain(const PreemptibleNodes &nodes, Placement &placement)
{
    addTolerations(nodes, placement);
    if (nodes.nodeSelector.isEmpty())
        return;
    std::vector<Node> terms;
    for (auto it = nodes.nodeSelector.cbegin(); it != nodes.nodeSelector.cend(); ++it)
        terms.push_back(termOf({expression(it.key(), "In", it.value())}));
    setRequiredTerms(placement, std::move(terms));
}

void ManifestPreemption::allow(const PreemptibleNodes &nodes, Placement &placement)
{
    pruneRequired(placement, [&](const Node &e) {
        return matchesPreemptible(e, nodes, "In") || matchesPreemptible(e, nodes, "NotIn");
    });
    removePreemptibleSelector(nodes, placement);
    addTolerations(nodes, placement);
}

void ManifestPreemption::finish(Placement &placement)
{
    if (placement.affinity.isMapping()) {
        const bool any = !ManifestNodes::isEmpty(placement.affinity.get("nodeAffinity")) ||
                         !ManifestNodes::isEmpty(placement.affinity.get("podAffinity")) ||
                         !ManifestNodes::isEmpty(placement.affinity.get("podAntiAffinity"));
        if (!any)
            placement.affinity = Node::null();
    }
    if (ManifestNodes::isEmpty(&placement.tolerations))
        placement.tolerations = Node::null();
}

} // namespace Runbench::Runtimes
