// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "spec/functionspec.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Runbench::Models {

// One pod volume with its single source: type is emptyDir, configMap, secret,
// persistentVolumeClaim or hostPath; source is the config map, secret or claim name, the host
// path, or the emptyDir medium.
struct Volume
{
    QString name;
    QString type;
    QString source;
    bool operator==(const Volume &) const = default;
};

// Where a volume appears in the function's container.
struct VolumeMount
{
    QString name;
    QString mountPath;
    QString subPath;
    bool readOnly = false;
    bool operator==(const VolumeMount &) const = default;
};

// Typed reading and editing of spec.volumes and spec.volume_mounts; rewritten items keep the
// keys Runbench does not edit (items, defaultMode, ...).
class StorageSpec
{
public:
    static const QStringList &volumeTypes();
    static QList<Volume> volumes(const FunctionSpec &spec);
    static void setVolumes(FunctionSpec &spec, const QList<Volume> &volumes);
    static QList<VolumeMount> volumeMounts(const FunctionSpec &spec);
    static void setVolumeMounts(FunctionSpec &spec, const QList<VolumeMount> &mounts);
};

// The one GPU limit of spec.resources.limits (any key besides cpu and memory).
struct GpuLimit
{
    QString type; // e.g. nvidia.com/gpu
    QString count;
};

// Reads and writes the GPU limit; keys with dots cannot go through FunctionSpec's dotted paths.
class GpuSpec
{
public:
    static const QStringList &commonTypes();
    static GpuLimit gpu(const FunctionSpec &spec);
    // An empty count removes the GPU limit.
    static void setGpu(FunctionSpec &spec, const GpuLimit &gpu);
};

} // namespace Runbench::Models
