// SPDX-License-Identifier: Apache-2.0
#include "storagerules.h"

#include "document/node.h"
#include "kubernetesnames.h"
#include "validationreport.h"

#include <QHash>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Runbench::Models {

namespace {

QString nameOf(const Node &item)
{
    const Node *name = item.isMapping() ? item.get("name") : nullptr;
    return name && name->isString() ? QString::fromStdString(name->text()) : QString();
}

} // namespace

void StorageRules::checkVolumes(const Node &volumes, const QString &path, ValidationReport &report)
{
    const Node *list = report.sequence(volumes, path, u"Volumes"_s);
    if (!list)
        return;
    QHash<QString, QString> firstPaths;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const QString itemPath = ValidationReport::item(path, i);
        const Node *volume = report.mapping(list->items()[i], itemPath, u"Volume"_s);
        if (!volume)
            continue;
        const QString namePath = ValidationReport::child(itemPath, "name");
        const Node *nameNode = volume->get("name");
        const auto name = nameNode ? report.text(*nameNode, namePath, u"Volume name"_s) : QString();
        if (name) {
            const QString problem = KubernetesNames::checkDns1123Label(*name, u"Volume name"_s);
            report.addIfAny(namePath, problem);
            if (problem.isEmpty() && firstPaths.contains(*name)) {
                report.add(namePath, u"Volume name '%1' is already used at %2."_s.arg(
                                         *name, firstPaths.value(*name)));
            } else if (problem.isEmpty()) {
                firstPaths.insert(*name, itemPath);
            }
        }
        QStringList sources;
        for (const auto &member : volume->members()) {
            if (member.key.text() != "name")
                sources.append(QString::fromStdString(member.key.text()));
        }
        const QString shown = name ? *name : QString();
        if (sources.isEmpty()) {
            report.add(itemPath, u"Volume '%1' has no source: add one of emptyDir, configMap, "
                                 "secret, persistentVolumeClaim or hostPath."_s.arg(shown));
        } else if (sources.size() > 1) {
            report.add(itemPath, u"Volume '%1' has more than one source (%2): keep exactly "
                                 "one."_s.arg(shown, sources.join(u", "_s)));
        }
    }
}

void StorageRules::checkVolumeMounts(const Node &mounts, const QString &path, const Node *volumes,
                                     ValidationReport &report)
{
    const Node *list = report.sequence(mounts, path, u"Volume mounts"_s);
    if (!list)
        return;
    QSet<QString> volumeNames;
    if (volumes && volumes->isSequence()) {
        for (const Node &volume : volumes->items())
            volumeNames.insert(nameOf(volume));
    }
    QHash<QString, QString> firstPaths;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const QString itemPath = ValidationReport::item(path, i);
        const Node *mount = report.mapping(list->items()[i], itemPath, u"Volume mount"_s);
        if (!mount)
            continue;
        const QString namePath = ValidationReport::child(itemPath, "name");
        const Node *nameNode = mount->get("name");
        const auto name =
            nameNode ? report.text(*nameNode, namePath, u"Volume mount name"_s) : QString();
        if (name && name->isEmpty()) {
            report.add(namePath, u"Volume mount needs the name of a volume."_s);
        } else if (name && !volumeNames.contains(*name)) {
            report.add(
                namePath,
                u"Volume mount refers to volume '%1', which is not in spec.volumes."_s.arg(*name));
        }
        const QString mountPathPath = ValidationReport::child(itemPath, "mountPath");
        const Node *mountPathNode = mount->get("mountPath");
        const auto mountPath =
            mountPathNode ? report.text(*mountPathNode, mountPathPath, u"Mount path"_s) : QString();
        if (!mountPath)
            continue;
        if (mountPath->isEmpty() && mount->get("mount_path")) {
            report.add(ValidationReport::child(itemPath, "mount_path"),
                       u"Volume mount key 'mount_path' must be written in camelCase as in "
                       "Kubernetes manifests: use 'mountPath'."_s);
            continue;
        }
        const QString problem = KubernetesNames::checkAbsolutePath(*mountPath, u"Mount path"_s);
        report.addIfAny(mountPathPath, problem);
        if (problem.isEmpty() && firstPaths.contains(*mountPath)) {
            report.add(mountPathPath, u"Mount path '%1' is already used at %2."_s.arg(
                                          *mountPath, firstPaths.value(*mountPath)));
        } else if (problem.isEmpty()) {
            firstPaths.insert(*mountPath, itemPath);
        }
    }
}

} // namespace Runbench::Models
