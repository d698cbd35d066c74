// SPDX-License-Identifier: Apache-2.0
#include "nodeplacementrules.h"

#include "document/node.h"
#include "kubernetesnames.h"
#include "validationreport.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Runbench::Models {

namespace {

QString quoted(const QStringList &values)
{
    QStringList parts;
    for (const QString &value : values)
        parts.append(u'\'' + value + u'\'');
    return parts.join(u", "_s);
}

QString camelCase(const QString &snake)
{
    QString result;
    bool upper = false;
    for (const QChar c : snake) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        result.append(upper ? c.toUpper() : c);
        upper = false;
    }
    return result;
}

// Reports snake_case spellings of the camelCase keys Kubernetes expects; MLRun passes affinity
// to Kubernetes as written, so they would be rejected.
void checkCamelCase(const Node &map, const QString &path, const QStringList &known,
                    ValidationReport &report)
{
    for (const auto &member : map.members()) {
        const QString key = QString::fromStdString(member.key.text());
        if (!key.contains(u'_'))
            continue;
        const QString camel = camelCase(key);
        if (known.contains(camel)) {
            report.add(ValidationReport::child(path, member.key.text()),
                       u"Affinity key '%1' must be written in camelCase as in Kubernetes "
                       "manifests: use '%2'."_s.arg(key, camel));
        }
    }
}

bool isInteger(const QString &text)
{
    bool ok = false;
    text.toLongLong(&ok);
    return ok && !text.startsWith(u'+') && !text.contains(u' ');
}

void checkRequirement(const Node &node, const QString &path, bool isField, ValidationReport &report)
{
    const QString what = isField ? u"Field selector requirement"_s : u"Match expression"_s;
    const Node *map = report.mapping(node, path, what);
    if (!map)
        return;
    checkCamelCase(*map, path, {u"key"_s, u"operator"_s, u"values"_s}, report);
    const QString keyPath = ValidationReport::child(path, "key");
    const Node *keyNode = map->get("key");
    if (!keyNode || keyNode->isNull()) {
        report.add(keyPath, u"%1 needs a key."_s.arg(what));
    } else if (const auto key = report.text(*keyNode, keyPath, u"Node label key"_s)) {
        if (isField && *key != u"metadata.name") {
            report.add(
                keyPath,
                u"Field selector key '%1' is not supported: use 'metadata.name'."_s.arg(*key));
        } else if (!isField) {
            report.addIfAny(keyPath, KubernetesNames::checkLabelKey(*key, u"Node label key"_s));
        }
    }

    const QString operatorPath = ValidationReport::child(path, "operator");
    const Node *operatorNode = map->get("operator");
    std::optional<QString> op;
    if (!operatorNode || operatorNode->isNull())
        report.add(operatorPath, u"%1 needs an operator."_s.arg(what));
    else
        op = report.text(*operatorNode, operatorPath, u"Operator"_s);
    const QStringList operators = isField ? QStringList{u"In"_s, u"NotIn"_s}
                                          : QStringList{u"In"_s,           u"NotIn"_s, u"Exists"_s,
                                                        u"DoesNotExist"_s, u"Gt"_s,    u"Lt"_s};
    if (op && !operators.contains(*op)) {
        report.add(operatorPath, u"Operator '%1' must be one of %2."_s.arg(*op, quoted(operators)));
        op.reset();
    }

    const QString valuesPath = ValidationReport::child(path, "values");
    const Node *valuesNode = map->get("values");
    const Node *values =
        valuesNode ? report.sequence(*valuesNode, valuesPath, u"Values"_s) : nullptr;
    if (valuesNode && !valuesNode->isNull() && !values)
        return;
    const std::size_t count = values ? values->size() : 0;
    if (!op)
        return;
    if (isField && count != 1) {
        report.add(valuesPath, u"A field selector requirement needs exactly one value."_s);
    } else if ((*op == u"In" || *op == u"NotIn") && count == 0) {
        report.add(valuesPath, u"Operator '%1' needs at least one value."_s.arg(*op));
    } else if ((*op == u"Exists" || *op == u"DoesNotExist") && count > 0) {
        report.add(valuesPath, u"Operator '%1' takes no values."_s.arg(*op));
    } else if (*op == u"Gt" || *op == u"Lt") {
        if (count != 1) {
            report.add(valuesPath, u"Operator '%1' needs exactly one integer value."_s.arg(*op));
        } else if (!isInteger(ValidationReport::scalarText(values->items().front()))) {
            report.add(ValidationReport::item(valuesPath, 0),
                       u"Operator '%1' needs an integer value, not %2."_s.arg(
                           *op, ValidationReport::describe(values->items().front())));
        }
    }
}

void checkTerm(const Node &node, const QString &path, ValidationReport &report)
{
    const Node *map = report.mapping(node, path, u"Node selector term"_s);
    if (!map) {
        if (node.isNull())
            report.add(path, u"Node selector term is empty; it would match no node."_s);
        return;
    }
    checkCamelCase(*map, path, {u"matchExpressions"_s, u"matchFields"_s}, report);
    std::size_t requirements = 0;
    for (const auto &member : map->members()) {
        const std::string &key = member.key.text();
        if (key != "matchExpressions" && key != "matchFields")
            continue;
        const QString listPath = ValidationReport::child(path, key);
        const Node *list = report.sequence(member.value, listPath, QString::fromStdString(key));
        if (!list)
            continue;
        for (std::size_t i = 0; i < list->size(); ++i) {
            checkRequirement(list->items()[i], ValidationReport::item(listPath, i),
                             key == "matchFields", report);
        }
        requirements += list->size();
    }
    if (requirements == 0) {
        report.add(path, u"Node selector term needs at least one of matchExpressions or "
                         "matchFields; an empty term matches no node."_s);
    }
}

void checkRequired(const Node &node, const QString &path, ValidationReport &report)
{
    const Node *map = report.mapping(node, path, u"Required node affinity"_s);
    if (!map)
        return;
    checkCamelCase(*map, path, {u"nodeSelectorTerms"_s}, report);
    const QString termsPath = ValidationReport::child(path, "nodeSelectorTerms");
    const Node *termsNode = map->get("nodeSelectorTerms");
    const Node *terms =
        termsNode ? report.sequence(*termsNode, termsPath, u"nodeSelectorTerms"_s) : nullptr;
    if (!terms || terms->size() == 0) {
        if (!termsNode || termsNode->isNull() || terms)
            report.add(termsPath, u"Required node affinity needs at least one node selector "
                                  "term."_s);
        return;
    }
    for (std::size_t i = 0; i < terms->size(); ++i)
        checkTerm(terms->items()[i], ValidationReport::item(termsPath, i), report);
}

void checkPreferred(const Node &node, const QString &path, ValidationReport &report)
{
    const Node *list = report.sequence(node, path, u"Preferred node affinity"_s);
    if (!list)
        return;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const QString itemPath = ValidationReport::item(path, i);
        const Node *map =
            report.mapping(list->items()[i], itemPath, u"Preferred scheduling term"_s);
        if (!map)
            continue;
        checkCamelCase(*map, itemPath, {u"weight"_s, u"preference"_s}, report);
        const QString weightPath = ValidationReport::child(itemPath, "weight");
        const Node *weight = map->get("weight");
        if (!weight || weight->isNull()) {
            report.add(weightPath, u"Preferred scheduling term needs a weight from 1 to 100."_s);
        } else if (const auto value = report.integer(*weight, weightPath, u"Weight"_s)) {
            if (*value < 1 || *value > 100)
                report.add(weightPath, u"Weight %1 must be from 1 to 100."_s.arg(*value));
        }
        const Node *preference = map->get("preference");
        const QString preferencePath = ValidationReport::child(itemPath, "preference");
        if (!preference)
            report.add(preferencePath, u"Preferred scheduling term needs a preference."_s);
        else
            checkTerm(*preference, preferencePath, report);
    }
}

void checkNodeAffinity(const Node &node, const QString &path, ValidationReport &report)
{
    const Node *map = report.mapping(node, path, u"Node affinity"_s);
    if (!map)
        return;
    checkCamelCase(*map, path,
                   {u"requiredDuringSchedulingIgnoredDuringExecution"_s,
                    u"preferredDuringSchedulingIgnoredDuringExecution"_s},
                   report);
    for (const auto &member : map->members()) {
        const std::string &key = member.key.text();
        const QString memberPath = ValidationReport::child(path, key);
        if (key == "requiredDuringSchedulingIgnoredDuringExecution")
            checkRequired(member.value, memberPath, report);
        else if (key == "preferredDuringSchedulingIgnoredDuringExecution")
            checkPreferred(member.value, memberPath, report);
    }
}

void checkToleration(const Node &node, const QString &path, ValidationReport &report)
{
    const Node *map = report.mapping(node, path, u"Toleration"_s);
    if (!map)
        return;
    auto field = [&](const char *name, const QString &what) -> std::optional<QString> {
        const Node *value = map->get(name);
        if (!value)
            return QString();
        return report.text(*value, ValidationReport::child(path, name), what);
    };
    const auto key = field("key", u"Toleration key"_s);
    const auto op = field("operator", u"Toleration operator"_s);
    const auto value = field("value", u"Toleration value"_s);
    const auto effect = field("effect", u"Toleration effect"_s);

    if (key && !key->isEmpty()) {
        report.addIfAny(ValidationReport::child(path, "key"),
                        KubernetesNames::checkLabelKey(*key, u"Toleration key"_s));
    }
    const QString operatorPath = ValidationReport::child(path, "operator");
    const QString effectiveOp = op && !op->isEmpty() ? *op : u"Equal"_s;
    if (op && effectiveOp != u"Equal" && effectiveOp != u"Exists") {
        report.add(operatorPath,
                   u"Toleration operator '%1' must be 'Exists' or 'Equal'."_s.arg(*op));
    } else if (op && key && key->isEmpty() && effectiveOp != u"Exists") {
        report.add(operatorPath, u"A toleration without a key must use operator 'Exists' (it "
                                 "then tolerates every taint)."_s);
    }
    const QString valuePath = ValidationReport::child(path, "value");
    if (value && effectiveOp == u"Exists" && !value->isEmpty()) {
        report.add(valuePath,
                   u"Toleration value '%1' must be empty with operator 'Exists'."_s.arg(*value));
    } else if (value && effectiveOp == u"Equal") {
        report.addIfAny(valuePath, KubernetesNames::checkLabelValue(*value, u"Toleration value"_s));
    }
    const QStringList effects{u"NoSchedule"_s, u"PreferNoSchedule"_s, u"NoExecute"_s};
    if (effect && !effect->isEmpty() && !effects.contains(*effect)) {
        report.add(ValidationReport::child(path, "effect"),
                   u"Toleration effect '%1' must be one of %2, or empty for all effects."_s.arg(
                       *effect, quoted(effects)));
    }
    const Node *seconds = map->get("tolerationSeconds");
    if (seconds && !seconds->isNull()) {
        const QString secondsPath = ValidationReport::child(path, "tolerationSeconds");
        const auto value = report.integer(*seconds, secondsPath, u"Toleration seconds"_s);
        if (value && (!effect || *effect != u"NoExecute")) {
            report.add(secondsPath, u"Toleration seconds (%1) only apply to the 'NoExecute' "
                                    "effect."_s.arg(*value));
        }
    }
    if (map->get("toleration_seconds")) {
        report.add(ValidationReport::child(path, "toleration_seconds"),
                   u"Toleration key 'toleration_seconds' must be written in camelCase as in "
                   "Kubernetes manifests: use 'tolerationSeconds'."_s);
    }
}

} // namespace

void NodePlacementRules::checkNodeName(const Node &value, const QString &path,
                                       ValidationReport &report)
{
    const auto name = report.text(value, path, u"Node name"_s);
    if (name && !name->isEmpty())
        report.addIfAny(path, KubernetesNames::checkDns1123Subdomain(*name, u"Node name"_s));
}

void NodePlacementRules::checkNodeSelector(const Node &value, const QString &path,
                                           ValidationReport &report)
{
    const Node *map = report.mapping(value, path, u"Node selector"_s);
    if (!map)
        return;
    for (const auto &member : map->members()) {
        const QString memberPath = ValidationReport::child(path, member.key.text());
        const QString key = QString::fromStdString(member.key.text());
        report.addIfAny(memberPath, KubernetesNames::checkLabelKey(key, u"Node selector key"_s));
        const auto text = report.text(member.value, memberPath, u"Node selector value"_s);
        if (text) {
            report.addIfAny(memberPath,
                            KubernetesNames::checkLabelValue(*text, u"Node selector value"_s));
        }
    }
}

void NodePlacementRules::checkAffinity(const Node &value, const QString &path,
                                       ValidationReport &report)
{
    const Node *map = report.mapping(value, path, u"Affinity"_s);
    if (!map)
        return;
    checkCamelCase(*map, path, {u"nodeAffinity"_s, u"podAffinity"_s, u"podAntiAffinity"_s}, report);
    if (const Node *nodeAffinity = map->get("nodeAffinity"))
        checkNodeAffinity(*nodeAffinity, ValidationReport::child(path, "nodeAffinity"), report);
}

void NodePlacementRules::checkTolerations(const Node &value, const QString &path,
                                          ValidationReport &report)
{
    const Node *list = report.sequence(value, path, u"Tolerations"_s);
    if (!list)
        return;
    for (std::size_t i = 0; i < list->size(); ++i)
        checkToleration(list->items()[i], ValidationReport::item(path, i), report);
}

void NodePlacementRules::checkPreemptionMode(const Node &value, const QString &path,
                                             ValidationReport &report)
{
    const QStringList modes{u"allow"_s, u"constrain"_s, u"prevent"_s, u"none"_s};
    const auto mode = report.text(value, path, u"Preemption mode"_s);
    if (mode && !value.isNull() && !modes.contains(*mode)) {
        report.add(path, u"Preemption mode '%1' must be one of %2."_s.arg(*mode, quoted(modes)));
    }
}

void NodePlacementRules::checkPriorityClassName(const Node &value, const QString &path,
                                                ValidationReport &report)
{
    const auto name = report.text(value, path, u"Priority class name"_s);
    if (name && !name->isEmpty()) {
        report.addIfAny(path,
                        KubernetesNames::checkDns1123Subdomain(*name, u"Priority class name"_s));
    }
}

} // namespace Runbench::Models
