// SPDX-License-Identifier: Apache-2.0
#include "testdata.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

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

QString pythonWithYaml()
{
    for (const QString &candidate :
         {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
        const QString path = QStandardPaths::findExecutable(candidate);
        if (path.isEmpty())
            continue;
        QProcess probe;
        probe.start(path, {QStringLiteral("-c"), QStringLiteral("import yaml")});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit &&
            probe.exitCode() == 0)
            return path;
    }
    return {};
}

QString runbenchBinary()
{
    return qEnvironmentVariable("RUNBENCH_BINARY");
}

QString writeFile(const QString &path, const QByteArray &content, QIODevice::OpenMode mode)
{
    QFile file(path);
    if (!file.open(mode) || file.write(content) != content.size())
        return {};
    return path;
}

} // namespace TestData
