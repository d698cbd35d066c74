// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>
#include <string_view>

namespace Runbench::Models {

// Checks that bytes are text PyYAML would accept: valid UTF-8 and no non-printable characters.
class TextCheck
{
public:
    struct Problem
    {
        QString message;
        int line;
        int column;
    };
    static std::optional<Problem> findUnreadable(std::string_view bytes);
};

} // namespace Runbench::Models
