// SPDX-License-Identifier: Apache-2.0
#include "testdata.h"

#include <QDir>
#include <QDirIterator>

namespace TestData {

QString sourceDir()
{
    return qEnvironmentVariable("RUNBENCH_SOURCE_DIR", QDir::currentPath());
}

QString sharedDir()
{
    return QDir(sourceDir() + QStringLiteral("/../shared")).canonicalPath();
}

QStringList hubSampleFunctionFiles()
{
    QStringList files;
    QDirIterator it(sharedDir() + QStringLiteral("/hub-sample"), {QStringLiteral("function.yaml")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

QString runbenchBinary()
{
    return qEnvironmentVariable("RUNBENCH_BINARY");
}

} // namespace TestData
