// SPDX-License-Identifier: Apache-2.0
#include "storageform.h"

#include "rowtable.h"
#include "spec/storagespec.h"

#include <QFormLayout>
#include <QTableWidget>

namespace Runbench::Ui {

using Models::FunctionSpec;
using Models::StorageSpec;
using Models::Volume;
using Models::VolumeMount;

StorageForm::StorageForm(QWidget *parent)
    : SpecForm(parent)
{
    setObjectName(QStringLiteral("storageForm"));
    auto *layout = new QFormLayout(this);
    const QList<QPair<QString, QString>> types{
        {QStringLiteral("emptyDir"), tr("Empty directory")},
        {QStringLiteral("configMap"), tr("Config map")},
        {QStringLiteral("secret"), tr("Secret")},
        {QStringLiteral("persistentVolumeClaim"), tr("Persistent volume claim")},
        {QStringLiteral("hostPath"), tr("Host path")}};
    m_volumes = new RowTable(QStringLiteral("volumesTable"), tr("Volumes"),
                             {{tr("Name"), {}},
                              {tr("Type"), types},
                              {tr("Source (map, secret, claim, path or medium)"), {}}},
                             this);
    addRow(layout, tr("&Volumes:"), m_volumes->table(), QStringLiteral("spec.volumes"), m_volumes);
    connect(m_volumes, &RowTable::edited, this, [this](const QString &step) {
        QList<Volume> volumes;
        for (const QStringList &row : m_volumes->rows())
            volumes << Volume{row.value(0), row.value(1), row.value(2)};
        emitEdit(step, [volumes](FunctionSpec &spec) {
            if (StorageSpec::volumes(spec) != volumes)
                StorageSpec::setVolumes(spec, volumes);
        });
    });

    m_mounts = new RowTable(
        QStringLiteral("mountsTable"), tr("Volume mounts"),
        {{tr("Volume"), {}},
         {tr("Mount path"), {}},
         {tr("Sub path"), {}},
         {tr("Access"),
          {{QStringLiteral("rw"), tr("Read and write")}, {QStringLiteral("ro"), tr("Read only")}}}},
        this);
    addRow(layout, tr("&Mounts:"), m_mounts->table(), QStringLiteral("spec.volume_mounts"),
           m_mounts);
    connect(m_mounts, &RowTable::edited, this, [this](const QString &step) {
        QList<VolumeMount> mounts;
        for (const QStringList &row : m_mounts->rows())
            mounts << VolumeMount{row.value(0), row.value(1), row.value(2), row.value(3) == u"ro"};
        emitEdit(step, [mounts](FunctionSpec &spec) {
            if (StorageSpec::volumeMounts(spec) != mounts)
                StorageSpec::setVolumeMounts(spec, mounts);
        });
    });
}

void StorageForm::loadFields(const FunctionSpec &spec)
{
    QList<QStringList> volumes;
    for (const Volume &volume : StorageSpec::volumes(spec))
        volumes << QStringList{volume.name, volume.type, volume.source};
    m_volumes->setRows(volumes);
    QList<QStringList> mounts;
    for (const VolumeMount &mount : StorageSpec::volumeMounts(spec))
        mounts << QStringList{mount.name, mount.mountPath, mount.subPath,
                              mount.readOnly ? QStringLiteral("ro") : QStringLiteral("rw")};
    m_mounts->setRows(mounts);
}

} // namespace Runbench::Ui
