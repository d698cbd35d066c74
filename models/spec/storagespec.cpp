// SPDX-License-Identifier: Apache-2.0
#include "storagespec.h"

namespace Runbench::Models {

namespace {

QString textOf(const Node &map, std::string_view key)
{
    const Node *value = map.get(key);
    return value ? QString::fromStdString(value->displayText()) : QString();
}

// The key inside a volume source that names what it uses.
std::string_view sourceKey(const QString &type)
{
    if (type == u"configMap")
        return "name";
    if (type == u"secret")
        return "secretName";
    if (type == u"persistentVolumeClaim")
        return "claimName";
    if (type == u"hostPath")
        return "path";
    return "medium";
}

Node previousItem(const Node &list, std::size_t index)
{
    if (list.isSequence() && index < list.items().size() && list.items()[index].isMapping())
        return list.items()[index];
    return Node::mapping();
}

bool isCpuOrMemory(const std::string &key)
{
    return key == "cpu" || key == "memory";
}

} // namespace

const QStringList &StorageSpec::volumeTypes()
{
    static const QStringList all{QStringLiteral("emptyDir"), QStringLiteral("configMap"),
                                 QStringLiteral("secret"), QStringLiteral("persistentVolumeClaim"),
                                 QStringLiteral("hostPath")};
    return all;
}

QList<Volume> StorageSpec::volumes(const FunctionSpec &spec)
{
    QList<Volume> out;
    const Node *list = spec.root().at("spec.volumes");
    if (!list || !list->isSequence())
        return out;
    for (const Node &item : list->items()) {
        if (!item.isMapping())
            continue;
        Volume volume{textOf(item, "name"), {}, {}};
        for (const QString &type : volumeTypes()) {
            if (const Node *source = item.get(type.toStdString())) {
                volume.type = type;
                if (source->isMapping())
                    volume.source = textOf(*source, sourceKey(type));
                break;
            }
        }
        out << volume;
    }
    return out;
}

void StorageSpec::setVolumes(FunctionSpec &spec, const QList<Volume> &volumes)
{
    Node &target = spec.root().ensure("spec.volumes");
    Node list = Node::sequence();
    for (qsizetype i = 0; i < volumes.size(); ++i) {
        const Volume &volume = volumes[i];
        Node item = previousItem(target, std::size_t(i));
        item.insert("name") = Node::string(volume.name.toStdString());
        for (const QString &type : volumeTypes()) {
            if (type != volume.type)
                item.remove(type.toStdString());
        }
        if (!volume.type.isEmpty()) {
            Node &source = item.insert(volume.type.toStdString());
            if (!source.isMapping())
                source = Node::mapping();
            if (volume.source.isEmpty())
                source.remove(sourceKey(volume.type));
            else
                source.insert(sourceKey(volume.type)) = Node::string(volume.source.toStdString());
        }
        list.items().push_back(std::move(item));
    }
    target = std::move(list);
}

QList<VolumeMount> StorageSpec::volumeMounts(const FunctionSpec &spec)
{
    QList<VolumeMount> out;
    const Node *list = spec.root().at("spec.volume_mounts");
    if (!list || !list->isSequence())
        return out;
    for (const Node &item : list->items()) {
        if (!item.isMapping())
            continue;
        const Node *readOnly = item.get("readOnly");
        out << VolumeMount{textOf(item, "name"), textOf(item, "mountPath"), textOf(item, "subPath"),
                           readOnly && readOnly->type() == Node::Type::Bool &&
                               readOnly->boolValue()};
    }
    return out;
}

void StorageSpec::setVolumeMounts(FunctionSpec &spec, const QList<VolumeMount> &mounts)
{
    Node &target = spec.root().ensure("spec.volume_mounts");
    Node list = Node::sequence();
    for (qsizetype i = 0; i < mounts.size(); ++i) {
        const VolumeMount &mount = mounts[i];
        Node item = previousItem(target, std::size_t(i));
        item.insert("name") = Node::string(mount.name.toStdString());
        item.insert("mountPath") = Node::string(mount.mountPath.toStdString());
        if (mount.subPath.isEmpty())
            item.remove("subPath");
        else
            item.insert("subPath") = Node::string(mount.subPath.toStdString());
        if (mount.readOnly)
            item.insert("readOnly") = Node::boolean(true);
        else
            item.remove("readOnly");
        list.items().push_back(std::move(item));
    }
    target = std::move(list);
}

const QStringList &GpuSpec::commonTypes()
{
    static const QStringList all{QStringLiteral("nvidia.com/gpu"), QStringLiteral("amd.com/gpu"),
                                 QStringLiteral("gpu.intel.com/i915")};
    return all;
}

GpuLimit GpuSpec::gpu(const FunctionSpec &spec)
{
    const Node *limits = spec.root().at("spec.resources.limits");
    if (!limits || !limits->isMapping())
        return {};
    for (const auto &member : limits->members()) {
        if (!isCpuOrMemory(member.key.text()))
            return {QString::fromStdString(member.key.displayText()),
                    QString::fromStdString(member.value.displayText())};
    }
    return {};
}

void GpuSpec::setGpu(FunctionSpec &spec, const GpuLimit &gpu)
{
    Node *limits = spec.root().at("spec.resources.limits")
                       ? &spec.root().ensure("spec.resources.limits")
                       : nullptr;
    if (gpu.count.isEmpty() && !limits)
        return;
    if (!limits)
        limits = &spec.root().ensure("spec.resources.limits");
    if (!limits->isMapping())
        *limits = Node::mapping();
    auto &members = limits->members();
    std::erase_if(members, [](const Node::Member &m) { return !isCpuOrMemory(m.key.text()); });
    if (!gpu.count.isEmpty()) {
        const QString type = gpu.type.isEmpty() ? commonTypes().first() : gpu.type;
        bool whole = false;
        const qint64 count = gpu.count.toLongLong(&whole);
        limits->insert(type.toStdString()) =
            whole ? Node::integer(count) : Node::string(gpu.count.toStdString());
    }
}

} // namespace Runbench::Models
