// SPDX-License-Identifier: Apache-2.0
#include "resourcesform.h"

#include "quantityfield.h"
#include "spec/storagespec.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace Runbench::Ui {

using Models::FunctionSpec;
using Models::GpuSpec;

ResourcesForm::ResourcesForm(QWidget *parent)
    : SpecForm(parent)
{
    setObjectName(QStringLiteral("resourcesForm"));
    auto *layout = new QFormLayout(this);
    m_cpuRequest = quantity(layout, tr("CPU &request:"), QStringLiteral("cpuRequest"),
                            QStringLiteral("cpu"), false);
    m_cpuLimit = quantity(layout, tr("CPU &limit:"), QStringLiteral("cpuLimit"),
                          QStringLiteral("cpu"), true);
    m_memoryRequest = quantity(layout, tr("&Memory request:"), QStringLiteral("memoryRequest"),
                               QStringLiteral("memory"), false);
    m_memoryLimit = quantity(layout, tr("M&emory limit:"), QStringLiteral("memoryLimit"),
                             QStringLiteral("memory"), true);

    auto *gpu = new QWidget(this);
    gpu->setObjectName(QStringLiteral("gpu"));
    m_gpuCount = new QSpinBox(gpu);
    m_gpuCount->setObjectName(QStringLiteral("gpuCountSpin"));
    m_gpuCount->setAccessibleName(tr("GPU count"));
    m_gpuCount->setRange(0, 64);
    m_gpuCount->setSpecialValueText(tr("None"));
    m_gpuType = new QComboBox(gpu);
    m_gpuType->setObjectName(QStringLiteral("gpuTypeCombo"));
    m_gpuType->setAccessibleName(tr("GPU type"));
    m_gpuType->setEditable(true);
    m_gpuType->addItems(GpuSpec::commonTypes());
    m_gpuType->lineEdit()->setObjectName(QStringLiteral("gpuTypeEdit"));
    m_gpuType->lineEdit()->setAccessibleName(tr("GPU type"));
    auto *row = new QHBoxLayout(gpu);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_gpuCount);
    row->addWidget(m_gpuType, 1);
    addRow(layout, tr("&GPUs:"), gpu, QStringLiteral("spec.resources.limits"));
    connect(m_gpuCount, &QSpinBox::valueChanged, this, &ResourcesForm::emitGpu);
    connect(m_gpuType, &QComboBox::currentTextChanged, this, &ResourcesForm::emitGpu);
}

QuantityField *ResourcesForm::quantity(QFormLayout *layout, const QString &label,
                                       const QString &objectName, const QString &resource,
                                       bool limit)
{
    const QString accessible = plainLabel(label);
    const QList<QPair<QString, QString>> cpuUnits{{QString(), tr("cores")},
                                                  {QStringLiteral("m"), tr("m (millicores)")}};
    QList<QPair<QString, QString>> memoryUnits;
    for (const char *unit : {"Mi", "Gi", "Ki", "Ti", "M", "G", "k", "T"})
        memoryUnits.append({QLatin1String(unit), QLatin1String(unit)});
    memoryUnits.append({QString(), tr("bytes")});
    auto *field = new QuantityField(objectName, accessible,
                                    resource == u"cpu" ? cpuUnits : memoryUnits, this);
    const QString path =
        QStringLiteral("spec.resources.%1.%2")
            .arg(limit ? QStringLiteral("limits") : QStringLiteral("requests"), resource);
    addRow(layout, label, field, path);
    connect(field, &QuantityField::edited, this, [this, field, objectName, resource, limit] {
        const QString value = field->quantity();
        emitEdit(objectName, [value, resource, limit](FunctionSpec &spec) {
            const QString current =
                limit ? spec.resourceLimit(resource) : spec.resourceRequest(resource);
            if (current == value)
                return;
            if (limit)
                spec.setResourceLimit(resource, value);
            else
                spec.setResourceRequest(resource, value);
        });
    });
    return field;
}

void ResourcesForm::emitGpu()
{
    const int count = m_gpuCount->value();
    const Models::GpuLimit gpu{m_gpuType->currentText(),
                               count > 0 ? QString::number(count) : QString()};
    emitEdit(QStringLiteral("gpu"), [gpu](FunctionSpec &spec) {
        const Models::GpuLimit current = GpuSpec::gpu(spec);
        if (current.count == gpu.count && (gpu.count.isEmpty() || current.type == gpu.type))
            return;
        GpuSpec::setGpu(spec, gpu);
    });
}

void ResourcesForm::loadFields(const FunctionSpec &spec)
{
    m_cpuRequest->setQuantity(spec.resourceRequest(QStringLiteral("cpu")));
    m_cpuLimit->setQuantity(spec.resourceLimit(QStringLiteral("cpu")));
    m_memoryRequest->setQuantity(spec.resourceRequest(QStringLiteral("memory")));
    m_memoryLimit->setQuantity(spec.resourceLimit(QStringLiteral("memory")));
    const Models::GpuLimit gpu = GpuSpec::gpu(spec);
    m_gpuCount->setValue(gpu.count.toInt());
    if (!gpu.type.isEmpty())
        m_gpuType->setCurrentText(gpu.type);
}

} // namespace Runbench::Ui
