// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "specform.h"

class QComboBox;
class QSpinBox;

namespace Runbench::Ui {

class QuantityField;

// Resources: CPU and memory requests and limits, GPU count and type.
class ResourcesForm final : public SpecForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourcesForm)

public:
    explicit ResourcesForm(QWidget *parent = nullptr);

protected:
    void loadFields(const Models::FunctionSpec &spec) override;

private:
    QuantityField *quantity(QFormLayout *layout, const QString &label, const QString &objectName,
                            const QString &resource, bool limit);
    void emitGpu();

    QuantityField *m_cpuRequest = nullptr;
    QuantityField *m_cpuLimit = nullptr;
    QuantityField *m_memoryRequest = nullptr;
    QuantityField *m_memoryLimit = nullptr;
    QSpinBox *m_gpuCount = nullptr;
    QComboBox *m_gpuType = nullptr;
};

} // namespace Runbench::Ui
