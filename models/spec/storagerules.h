// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Runbench::Models {

class Node;
class ValidationReport;

// Checks spec.volumes (names, one source each) and spec.volume_mounts (volume, mount path).
class StorageRules
{
public:
    static void checkVolumes(const Node &volumes, const QString &path, ValidationReport &report);
    // `volumes` is spec.volumes (may be null) so mounts can be matched to volume names.
    static void checkVolumeMounts(const Node &mounts, const QString &path, const Node *volumes,
                                  ValidationReport &report);
};

} // namespace Runbench::Models
