// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/node.h"

#include <QByteArray>
#include <QString>

#include <string_view>

// JSON in tests: a Node from text (an invalid text fails the test by throwing) and back.
namespace TestJson {

Runbench::Models::Node parse(std::string_view text);
Runbench::Models::Node parseBytes(const QByteArray &text);
QString text(const Runbench::Models::Node &node);

} // namespace TestJson
