// SPDX-License-Identifier: Apache-2.0
#include "functionvalidator.h"

#include "document/node.h"
#include "envrules.h"
#include "kubernetesnames.h"
#include "nodeplacementrules.h"
#include "resourcerules.h"
#include "storagerules.h"
#include "validationreport.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Runbench::Models {

namespace {

const QStringList &kinds()
{
    static const QStringList list{u"job"_s,    u"local"_s,   u"handler"_s,      u"dask"_s,
                                  u"mpijob"_s, u"spark"_s,   u"remote-spark"_s, u"nuclio"_s,
                                  u"remote"_s, u"serving"_s, u"application"_s,  u"databricks"_s};
    return list;
}

// MLRun's normalize_name: whitespace and '_' become '-', then lower case.
QString normalizedName(const QString &name)
{
    QString result = name;
    result.replace(QRegularExpression(u"\\s"_s), u"-"_s);
    result.replace(u'_', u'-');
    return result.toLower();
}

void checkKind(const Node &value, ValidationReport &report)
{
    const auto kind = report.text(value, u"kind"_s, u"Kind"_s);
    if (!kind || value.isNull())
        return;
    const bool nuclioSubkind = kind->startsWith(u"nuclio:") && kind->size() > 7;
    if (!kinds().contains(*kind) && !nuclioSubkind) {
        report.add(u"kind"_s, u"Kind '%1' is not an MLRun function kind; use one of %2 or "
                              "nuclio:<subkind>."_s.arg(*kind, kinds().join(u", "_s)));
    }
}

void checkName(const Node &value, const QString &path, ValidationReport &report)
{
    const auto name = report.text(value, path, u"Function name"_s);
    if (!name)
        return;
    if (name->isEmpty()) {
        report.add(path, u"Function name (metadata.name) is missing."_s);
        return;
    }
    const QString problem = KubernetesNames::checkDns1123Label(*name, u"Function name"_s);
    const QString normalized = normalizedName(*name);
    if (!problem.isEmpty() && normalized != *name &&
        KubernetesNames::checkDns1123Label(normalized, {}).isEmpty()) {
        report.add(path, u"Function name '%1' is not a valid name; MLRun would normalize it to "
                         "'%2'."_s.arg(*name, normalized));
    } else {
        report.addIfAny(path, problem);
    }
}

void checkLabels(const Node &value, const QString &path, ValidationReport &report)
{
    const Node *map = report.mapping(value, path, u"Labels"_s);
    if (!map)
        return;
    for (const auto &member : map->members()) {
        const QString memberPath = ValidationReport::child(path, member.key.text());
        report.addIfAny(memberPath, KubernetesNames::checkLabelKey(
                                        QString::fromStdString(member.key.text()), u"Label key"_s));
        if (!member.value.isScalar()) {
            report.add(memberPath, u"Label value must be text, not %1."_s.arg(
                                       ValidationReport::describe(member.value)));
            continue;
        }
        // MLRun turns label values into strings.
        report.addIfAny(memberPath,
                        KubernetesNames::checkLabelValue(
                            QString::fromStdString(member.value.displayText()), u"Label value"_s));
    }
}

void checkMetadata(const Node *value, ValidationReport &report)
{
    const QString path = u"metadata"_s;
    const Node *map = value ? report.mapping(*value, path, u"metadata"_s) : nullptr;
    if (value && !value->isNull() && !map)
        return;
    bool hasName = false;
    if (map) {
        for (const auto &member : map->members()) {
            const std::string &key = member.key.text();
            const QString memberPath = ValidationReport::child(path, key);
            if (key == "name") {
                hasName = true;
                checkName(member.value, memberPath, report);
            } else if (key == "project") {
                const auto project = report.text(member.value, memberPath, u"Project name"_s);
                if (project && !project->isEmpty()) {
                    report.addIfAny(memberPath, KubernetesNames::checkDns1123Label(
                                                    *project, u"Project name"_s));
                }
            } else if (key == "labels") {
                checkLabels(member.value, memberPath, report);
            }
        }
    }
    if (!hasName)
        report.add(u"metadata.name"_s, u"Function name (metadata.name) is missing."_s);
}

void checkOptionalSubdomain(const Node &value, const QString &path, const QString &what,
                            ValidationReport &report)
{
    const auto text = report.text(value, path, what);
    if (text && !text->isEmpty())
        report.addIfAny(path, KubernetesNames::checkDns1123Subdomain(*text, what));
}

void checkImagePullPolicy(const Node &value, const QString &path, ValidationReport &report)
{
    const auto policy = report.text(value, path, u"Image pull policy"_s);
    const QStringList policies{u"Always"_s, u"IfNotPresent"_s, u"Never"_s};
    if (policy && !value.isNull() && !policies.contains(*policy)) {
        report.add(path, u"Image pull policy must be one of ['Always', 'IfNotPresent', 'Never'], "
                         "got %1"_s.arg(*policy));
    }
}

void checkReplicas(const Node &value, const QString &path, ValidationReport &report)
{
    if (value.isNull())
        return;
    const auto replicas = report.integer(value, path, u"Replicas"_s);
    if (replicas && *replicas < 0)
        report.add(path, u"Replicas %1 must not be negative."_s.arg(*replicas));
}

// The owner word used in messages for a resources field of the given kind, or nullopt when
// the kind has no such field.
std::optional<QString> resourceOwner(const std::string &key, const QString &kind)
{
    if (key == "resources")
        return QString();
    if (kind == u"dask" && key == "scheduler_resources")
        return u"Scheduler"_s;
    if (kind == u"dask" && key == "worker_resources")
        return u"Worker"_s;
    if (kind == u"spark" && key == "driver_resources")
        return u"Driver"_s;
    if (kind == u"spark" && key == "executor_resources")
        return u"Executor"_s;
    return std::nullopt;
}

void checkSpec(const Node &spec, const QString &kind, ValidationReport &report)
{
    const QString path = u"spec"_s;
    const Node *map = report.mapping(spec, path, u"spec"_s);
    if (!map)
        return;
    for (const auto &member : map->members()) {
        const std::string &key = member.key.text();
        const Node &value = member.value;
        const QString memberPath = ValidationReport::child(path, key);
        if (const auto owner = resourceOwner(key, kind))
            ResourceRules::check(value, memberPath, *owner, report);
        else if (key == "node_name")
            NodePlacementRules::checkNodeName(value, memberPath, report);
        else if (key == "node_selector")
            NodePlacementRules::checkNodeSelector(value, memberPath, report);
        else if (key == "affinity")
            NodePlacementRules::checkAffinity(value, memberPath, report);
        else if (key == "tolerations")
            NodePlacementRules::checkTolerations(value, memberPath, report);
        else if (key == "preemption_mode")
            NodePlacementRules::checkPreemptionMode(value, memberPath, report);
        else if (key == "priority_class_name")
            NodePlacementRules::checkPriorityClassName(value, memberPath, report);
        else if (key == "image_pull_policy")
            checkImagePullPolicy(value, memberPath, report);
        else if (key == "service_account")
            checkOptionalSubdomain(value, memberPath, u"Service account"_s, report);
        else if (key == "image_pull_secret")
            checkOptionalSubdomain(value, memberPath, u"Image pull secret"_s, report);
        else if (key == "replicas")
            checkReplicas(value, memberPath, report);
        else if (key == "env")
            EnvRules::check(value, memberPath, report);
        else if (key == "volumes")
            StorageRules::checkVolumes(value, memberPath, report);
        else if (key == "volume_mounts")
            StorageRules::checkVolumeMounts(value, memberPath, map->get("volumes"), report);
    }
}

} // namespace

std::vector<ValidationProblem> FunctionValidator::validate(const Node &function)
{
    ValidationReport report;
    if (!function.isMapping()) {
        report.add(QString(), u"A function must be a mapping with kind, metadata and spec, not "
                              "%1."_s.arg(ValidationReport::describe(function)));
        return report.takeProblems();
    }
    // Like MLRun's import_function, a missing kind means job.
    const Node *kindNode = function.get("kind");
    const QString kind = kindNode && kindNode->isString() && !kindNode->text().empty()
                             ? QString::fromStdString(kindNode->text())
                             : u"job"_s;
    bool metadataSeen = false;
    for (const auto &member : function.members()) {
        const std::string &key = member.key.text();
        if (key == "kind") {
            checkKind(member.value, report);
        } else if (key == "metadata") {
            metadataSeen = true;
            checkMetadata(&member.value, report);
        } else if (key == "spec") {
            checkSpec(member.value, kind, report);
        }
    }
    if (!metadataSeen)
        checkMetadata(nullptr, report);
    return report.takeProblems();
}

} // namespace Runbench::Models
