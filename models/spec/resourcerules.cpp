// SPDX-License-Identifier: Apache-2.0
#include "resourcerules.h"

#include "document/node.h"
#include "document/pythonscalars.h"
#include "kubernetesnames.h"
#include "quantity.h"
#include "validationreport.h"

#include <QLocale>
#include <QStringList>

#include <optional>

using namespace Qt::StringLiterals;

namespace Runbench::Models {

namespace {

enum class Section { Limits, Requests };

bool isCpuOrMemory(const std::string &key)
{
    return key == "cpu" || key == "memory";
}

QString fieldName(const QString &owner, const std::string &key, Section section)
{
    const QString resource = key == "cpu" ? u"CPU"_s : u"memory"_s;
    const QString kind = section == Section::Limits ? u"limit"_s : u"request"_s;
    QString name = u"%1 %2"_s.arg(resource, kind);
    if (!owner.isEmpty())
        name = owner + u' ' + name;
    name[0] = name[0].toUpper();
    return name;
}

// "Memory limit" -> "memory limit", keeping "CPU" as it is.
QString lowerFirst(QString text)
{
    if (!text.startsWith(u"CPU"))
        text[0] = text[0].toLower();
    return text;
}

QString examples(const std::string &key)
{
    return key == "cpu" ? u"like 500m, 2 or 1.5"_s : u"like 512Mi, 1Gi or 2G"_s;
}

// The value as the Python side turns it into a string before Kubernetes parses it.
std::optional<QString> quantityText(const Node &value)
{
    switch (value.type()) {
    case Node::Type::String:
        return QString::fromStdString(value.text());
    case Node::Type::Int:
        if (const auto decimal = PythonScalars::intDecimal(value.text()))
            return QString::fromStdString(*decimal);
        return std::nullopt;
    case Node::Type::Float:
        return QString::number(value.realValue(), 'g', QLocale::FloatingPointShortest);
    default:
        return std::nullopt;
    }
}

// A cpu or memory quantity, reporting why it is not usable.
std::optional<Quantity> checkQuantity(const Node &value, const QString &path, const QString &name,
                                      const std::string &key, ValidationReport &report)
{
    const auto text = quantityText(value);
    const auto quantity = text ? Quantity::parse(*text) : std::nullopt;
    if (!quantity) {
        const QString shown = value.isScalar() ? QString::fromStdString(value.text())
                                               : ValidationReport::describe(value);
        report.add(path,
                   u"%1 '%2' is not a Kubernetes quantity (%3)."_s.arg(name, shown, examples(key)));
        return std::nullopt;
    }
    if (quantity->isNegative()) {
        report.add(path, u"%1 '%2' must not be negative."_s.arg(name, quantity->toString()));
        return std::nullopt;
    }
    return quantity;
}

void checkGpuLimit(const std::string &key, const Node &value, const QString &path,
                   ValidationReport &report)
{
    const QString type = QString::fromStdString(key);
    report.addIfAny(path, KubernetesNames::checkLabelKey(type, u"GPU type"_s));
    const auto text = quantityText(value);
    const auto quantity = text ? Quantity::parse(*text) : std::nullopt;
    if (!quantity || !quantity->isWholeNumber() || quantity->isNegative()) {
        const QString shown = value.isScalar() ? QString::fromStdString(value.text())
                                               : ValidationReport::describe(value);
        report.add(path, u"GPU limit '%1' for %2 must be a whole number of GPUs like 1 or 2."_s.arg(
                             shown, type));
    }
}

struct Limits
{
    std::optional<Quantity> cpu;
    std::optional<Quantity> memory;
};

Limits checkLimits(const Node &limits, const QString &path, const QString &owner,
                   ValidationReport &report)
{
    Limits result;
    QStringList gpuTypes;
    for (const auto &member : limits.members()) {
        const std::string &key = member.key.text();
        const QString memberPath = ValidationReport::child(path, key);
        if (member.value.isNull())
            continue;
        if (isCpuOrMemory(key)) {
            auto quantity = checkQuantity(member.value, memberPath,
                                          fieldName(owner, key, Section::Limits), key, report);
            (key == "cpu" ? result.cpu : result.memory) = std::move(quantity);
            continue;
        }
        gpuTypes.append(QString::fromStdString(key));
        if (gpuTypes.size() == 2) {
            report.add(memberPath, u"Only one GPU type can be limited, found '%1' and '%2'."_s.arg(
                                       gpuTypes.first(), gpuTypes.last()));
        }
        checkGpuLimit(key, member.value, memberPath, report);
    }
    return result;
}

void checkRequests(const Node &requests, const QString &path, const QString &owner,
                   const Limits &limits, ValidationReport &report)
{
    for (const auto &member : requests.members()) {
        const std::string &key = member.key.text();
        const QString memberPath = ValidationReport::child(path, key);
        if (member.value.isNull())
            continue;
        if (!isCpuOrMemory(key)) {
            report.add(memberPath,
                       u"MLRun does not allow requests for '%1': only cpu and memory can be "
                       "requested; set GPUs as a limit."_s.arg(QString::fromStdString(key)));
            continue;
        }
        const QString name = fieldName(owner, key, Section::Requests);
        const auto quantity = checkQuantity(member.value, memberPath, name, key, report);
        const auto &limit = key == "cpu" ? limits.cpu : limits.memory;
        if (quantity && limit && *quantity > *limit) {
            report.add(memberPath,
                       u"%1 '%2' is above the %3 '%4'."_s.arg(
                           name, quantity->toString(),
                           lowerFirst(fieldName(owner, key, Section::Limits)), limit->toString()));
        }
    }
}

} // namespace

void ResourceRules::check(const Node &resources, const QString &path, const QString &owner,
                          ValidationReport &report)
{
    const QString what = owner.isEmpty() ? u"Resources"_s : owner + u" resources"_s;
    const QString prefix = owner.isEmpty() ? u"Resource"_s : owner + u" resource"_s;
    const Node *map = report.mapping(resources, path, what);
    if (!map)
        return;
    const QString limitsPath = ValidationReport::child(path, "limits");
    const Node *limitsNode = map->get("limits");
    // Requests are compared with limits even when they come first in the document.
    ValidationReport scratch;
    const Limits limits = limitsNode && limitsNode->isMapping()
                              ? checkLimits(*limitsNode, limitsPath, owner, scratch)
                              : Limits{};
    for (const auto &member : map->members()) {
        const std::string &key = member.key.text();
        const QString memberPath = ValidationReport::child(path, key);
        if (key == "limits") {
            if (const Node *node = report.mapping(member.value, memberPath, prefix + u" limits"_s))
                checkLimits(*node, memberPath, owner, report);
        } else if (key == "requests") {
            if (const Node *node =
                    report.mapping(member.value, memberPath, prefix + u" requests"_s))
                checkRequests(*node, memberPath, owner, limits, report);
        }
    }
}

} // namespace Runbench::Models
