// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

// Where test fixtures live: the source tree, ../shared (design and hub sample) and the binary.
namespace TestData {

// The Runbench source tree (from RUNBENCH_SOURCE_DIR, set by CTest).
QString sourceDir();
// ../shared beside the source tree.
QString sharedDir();
// Every function.yaml of ../shared/hub-sample, sorted.
QStringList hubSampleFunctionFiles();
// A python3 that can import yaml (PyYAML), or an empty string when there is none.
QString pythonWithYaml();
// The runbench executable (from RUNBENCH_BINARY, set by CTest).
QString runbenchBinary();
// Writes (or, with Append, adds) content to path; returns path, or empty when it cannot.
QString writeFile(const QString &path, const QByteArray &content,
                  QIODevice::OpenMode mode = QIODevice::WriteOnly);

} // namespace TestData
