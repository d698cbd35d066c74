// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace Runbench::Models {

// How MLRun's Python side sees a scalar: PyYAML's YAML 1.1 implicit resolution of plain
// scalars and its safe constructors, and Python's repr/str of the resulting values. These rules
// decide the canonical JSON that MLRun hashes, so they are followed to the letter.
namespace PythonScalars {

enum class PlainType { Null, Bool, Int, Float, Timestamp, Merge, Value, String };

// The type PyYAML's resolver gives an unquoted scalar.
PlainType resolvePlain(std::string_view text);

// PyYAML's construct_yaml_bool for a text that resolved as bool.
bool boolValue(std::string_view text);
// PyYAML's construct_yaml_float (underscores, sign, .inf/.nan, sexagesimal).
std::optional<double> floatValue(std::string_view text);
// PyYAML's construct_yaml_int as a Python decimal literal of any size ("-0x1F" -> "-31").
std::optional<std::string> intDecimal(std::string_view text);
// Python's str() of the date/datetime PyYAML constructs for a timestamp; nullopt when the
// date or time is out of range (Python raises ValueError there).
std::optional<std::string> timestampStr(std::string_view text);

// Python's repr() of a float: shortest round-trip digits, "1e-05", "1e+16", "1.0", "nan".
std::string floatRepr(double value);
// How PyYAML's representer writes a float so that it reads back as a float.
std::string yamlFloat(double value);

} // namespace PythonScalars
} // namespace Runbench::Models
