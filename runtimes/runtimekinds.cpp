// SPDX-License-Identifier: Apache-2.0
#include "runtimekinds.h"

#include <QHash>

namespace Runbench::Runtimes {

const RuntimeKindInfo *RuntimeKinds::find(const QString &kind)
{
    static const QHash<QString, RuntimeKindInfo> table = {
        {QStringLiteral("local"), {QStringLiteral("local process"), true}},
        {QStringLiteral("handler"), {QStringLiteral("local process"), true}},
        {QStringLiteral("job"), {QStringLiteral("Kubernetes Job or local process"), true}},
        {QStringLiteral("dask"), {QStringLiteral("Dask cluster"), true}},
        {QStringLiteral("mpijob"), {QStringLiteral("MPI job (mpirun or MPIJob)"), true}},
        {QStringLiteral("spark"), {QStringLiteral("SparkApplication"), false}},
        {QStringLiteral("remote-spark"), {QStringLiteral("remote Spark cluster"), false}},
        {QStringLiteral("databricks"), {QStringLiteral("Databricks job"), false}},
        {QStringLiteral("remote"), {QStringLiteral("Nuclio function"), false}},
        {QStringLiteral("nuclio"), {QStringLiteral("Nuclio function"), false}},
        {QStringLiteral("serving"), {QStringLiteral("Nuclio serving graph"), false}},
        {QStringLiteral("application"), {QStringLiteral("Nuclio application"), false}},
    };
    const auto it = table.constFind(kind);
    return it == table.constEnd() ? nullptr : &it.value();
}

} // namespace Runbench::Runtimes
