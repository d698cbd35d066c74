// SPDX-License-Identifier: Apache-2.0
#include "envrules.h"

#include "document/node.h"
#include "kubernetesnames.h"
#include "validationreport.h"

#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Runbench::Models {

namespace {

const QStringList &valueSources()
{
    static const QStringList sources{u"secretKeyRef"_s, u"configMapKeyRef"_s, u"fieldRef"_s,
                                     u"resourceFieldRef"_s};
    return sources;
}

// A required, non-empty text field of a reference such as secretKeyRef.name.
void requireText(const Node &ref, const char *key, const QString &path, const QString &what,
                 ValidationReport &report)
{
    const QString keyPath = ValidationReport::child(path, key);
    const Node *value = ref.get(key);
    const auto text = value ? report.text(*value, keyPath, what) : QString();
    if (text && text->isEmpty())
        report.add(keyPath, u"%1 is missing."_s.arg(what));
}

void checkValueFrom(const Node &node, const QString &path, const QString &var,
                    ValidationReport &report)
{
    const Node *map = report.mapping(node, path, u"valueFrom of '%1'"_s.arg(var));
    if (!map)
        return;
    QStringList found;
    for (const auto &member : map->members()) {
        const QString key = QString::fromStdString(member.key.text());
        if (valueSources().contains(key))
            found.append(key);
    }
    if (found.size() != 1) {
        report.add(path, u"valueFrom of environment variable '%1' needs exactly one of %2, found "
                         "%3."_s.arg(var, valueSources().join(u", "_s),
                                     found.isEmpty() ? u"none"_s : found.join(u", "_s)));
        return;
    }
    const std::string source = found.first().toStdString();
    const QString refPath = ValidationReport::child(path, source);
    const Node *ref = report.mapping(*map->get(source), refPath, found.first());
    if (!ref)
        return;
    if (source == "secretKeyRef" || source == "configMapKeyRef") {
        const QString object = source == "secretKeyRef" ? u"secret"_s : u"config map"_s;
        requireText(*ref, "name", refPath, u"The %1 name of '%2'"_s.arg(object, var), report);
        requireText(*ref, "key", refPath, u"The %1 key of '%2'"_s.arg(object, var), report);
    } else if (source == "fieldRef") {
        requireText(*ref, "fieldPath", refPath, u"The fieldPath of '%1'"_s.arg(var), report);
    } else {
        requireText(*ref, "resource", refPath, u"The resource of '%1'"_s.arg(var), report);
    }
}

} // namespace

void EnvRules::check(const Node &env, const QString &path, ValidationReport &report)
{
    const Node *list = report.sequence(env, path, u"Environment variables (env)"_s);
    if (!list)
        return;
    QHash<QString, QString> firstPaths;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const QString itemPath = ValidationReport::item(path, i);
        const Node *var = report.mapping(list->items()[i], itemPath, u"Environment variable"_s);
        if (!var)
            continue;
        const QString namePath = ValidationReport::child(itemPath, "name");
        const Node *nameNode = var->get("name");
        const auto name = nameNode ? report.text(*nameNode, namePath,
                                                 u"Environment variable "
                                                 "name"_s)
                                   : QString();
        if (name) {
            const QString problem =
                KubernetesNames::checkEnvVarName(*name, u"Environment variable name"_s);
            report.addIfAny(namePath, problem);
            if (problem.isEmpty() && firstPaths.contains(*name)) {
                report.add(namePath, u"Environment variable '%1' is already defined at %2."_s.arg(
                                         *name, firstPaths.value(*name)));
            } else if (problem.isEmpty()) {
                firstPaths.insert(*name, itemPath);
            }
        }
        const QString shown = name ? *name : QString();
        const Node *value = var->get("value");
        const Node *valueFrom = var->get("valueFrom");
        const bool hasValue = value && !value->isNull();
        const bool hasValueFrom = valueFrom && !valueFrom->isNull();
        if (hasValue == hasValueFrom) {
            report.add(itemPath, u"Environment variable '%1' needs exactly one of value or "
                                 "valueFrom."_s.arg(shown));
        }
        if (hasValue && !value->isScalar()) {
            report.add(ValidationReport::child(itemPath, "value"),
                       u"The value of environment variable '%1' must be text, not %2."_s.arg(
                           shown, ValidationReport::describe(*value)));
        }
        if (hasValueFrom)
            checkValueFrom(*valueFrom, ValidationReport::child(itemPath, "valueFrom"), shown,
                           report);
    }
}

} // namespace Runbench::Models
