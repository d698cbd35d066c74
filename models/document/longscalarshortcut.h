// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace Runbench::Models {

// yaml-cpp scans plain scalars one character at a time, so the long base64 line of embedded
// code dominates reading a function file. Lines of the shape `key: <base64 run>` whose value
// cannot continue on the next line are swapped for short placeholders before parsing; the
// parse events give the original text back. The values themselves are unchanged.
class LongScalarShortcut
{
public:
    static constexpr std::size_t kMinimumLength = 512;

    // The text to parse; `originals` receives the values the placeholders stand for.
    static std::string apply(std::string_view yaml, std::vector<std::string> &originals);
};

} // namespace Runbench::Models
