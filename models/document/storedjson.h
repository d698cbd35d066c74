// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "node.h"

#include <QByteArray>

namespace Runbench::Models {

// Documents as the store keeps them: compact JSON text in document order. Reading never fails
// (empty or unreadable text gives an empty mapping: the store only holds what Runbench wrote),
// and writing never fails (keys JSON cannot hold, such as dates, are kept as their text).
class StoredJson
{
public:
    static QByteArray write(const Node &node);
    static Node read(const QByteArray &json);
};

} // namespace Runbench::Models
