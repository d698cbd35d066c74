// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Runbench::Runtimes {

// Turns run, function and project names into names and label values Kubernetes accepts.
class ManifestNames
{
public:
    // A DNS-1123 label of at most maxLength characters: lower case, runs of other characters
    // become one '-', no '-' at either end; `fallback` when nothing is left.
    static QString label(const QString &text, int maxLength = 63,
                         const QString &fallback = QStringLiteral("run"));
    // A valid label value: at most 63 letters, digits, '-', '_' and '.', alphanumeric at both
    // ends; other characters become '-'.
    static QString labelValue(const QString &text);
    // A ConfigMap key: letters, digits, '-', '_' and '.'.
    static QString configMapKey(const QString &text);
    // "<base>-<uid prefix>[-<iteration>]" as a DNS-1123 label; the base is shortened to fit.
    static QString objectName(const QString &base, const QString &uid, int iteration);
};

} // namespace Runbench::Runtimes
