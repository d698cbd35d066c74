// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/node.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace Runbench::Runtimes {

// Small builders for the Node trees of Kubernetes manifests.
namespace ManifestNodes {

Models::Node text(const QString &value);
Models::Node texts(const QStringList &values);
// A mapping of strings in key order.
Models::Node stringMap(const QMap<QString, QString> &values);
// A copy with every scalar turned into a string (quantities).
Models::Node stringified(const Models::Node &node);
// Structural equality where mapping key order does not matter.
bool sameValue(const Models::Node &a, const Models::Node &b);
// True for null, an empty mapping and an empty sequence.
bool isEmpty(const Models::Node *node);

} // namespace ManifestNodes

} // namespace Runbench::Runtimes
