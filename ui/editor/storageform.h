// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "specform.h"

namespace Runbench::Ui {

class RowTable;

// Storage: volumes (emptyDir, configMap, secret, PVC, hostPath) and where they are mounted.
class StorageForm final : public SpecForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageForm)

public:
    explicit StorageForm(QWidget *parent = nullptr);

protected:
    void loadFields(const Models::FunctionSpec &spec) override;

private:
    RowTable *m_volumes = nullptr;
    RowTable *m_mounts = nullptr;
};

} // namespace Runbench::Ui
