// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Runbench::Models {

// Kubernetes API name rules (apimachinery validation.go) with one-sentence messages.
class KubernetesNames
{
public:
    // Each check returns an empty string when the value is valid, else one sentence that
    // starts with `what` and quotes the value.

    // At most 63 characters: lower-case letters, digits and '-', alphanumeric at both ends.
    static QString checkDns1123Label(const QString &value, const QString &what);
    // At most 253 characters: DNS-1123 labels joined by '.'.
    static QString checkDns1123Subdomain(const QString &value, const QString &what);
    // An optional DNS-1123 subdomain prefix and '/', then a name of at most 63 characters:
    // letters, digits, '-', '_' and '.', alphanumeric at both ends.
    static QString checkLabelKey(const QString &value, const QString &what);
    // Empty, or at most 63 characters with the same rules as the name part of a key.
    static QString checkLabelValue(const QString &value, const QString &what);
    // Letters, digits, '-', '_' and '.', not starting with a digit.
    static QString checkEnvVarName(const QString &value, const QString &what);
    // An absolute path (starting with '/') without ':', as a mount path must be.
    static QString checkAbsolutePath(const QString &value, const QString &what);
};

} // namespace Runbench::Models
