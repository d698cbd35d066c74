// SPDX-License-Identifier: Apache-2.0
#include "longscalarshortcut.h"

namespace Runbench::Models {

namespace {

constexpr std::string_view kPrefix = "__runbench_long_scalar_";

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '/' || c == '=';
}

bool isKeyChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

std::size_t indentOf(std::string_view line)
{
    std::size_t n = 0;
    while (n < line.size() && line[n] == ' ')
        ++n;
    return n;
}

// The indentation of the next line with content after `from`, or nothing when there is none.
std::size_t nextContentIndent(std::string_view text, std::size_t from, bool &found)
{
    found = false;
    while (from < text.size()) {
        const std::size_t end = std::min(text.find('\n', from), text.size());
        const std::string_view line = text.substr(from, end - from);
        const std::size_t indent = indentOf(line);
        if (indent < line.size()) {
            found = true;
            return indent;
        }
        from = end + 1;
    }
    return 0;
}

} // namespace

std::string LongScalarShortcut::apply(std::string_view yaml, std::vector<std::string> &originals)
{
    if (yaml.size() < kMinimumLength || yaml.find(kPrefix) != std::string_view::npos)
        return std::string(yaml);
    std::string out;
    out.reserve(yaml.size());
    std::size_t pos = 0;
    while (pos < yaml.size()) {
        const std::size_t end = std::min(yaml.find('\n', pos), yaml.size());
        const std::string_view line = yaml.substr(pos, end - pos);
        std::size_t replaced = std::string_view::npos;
        if (line.size() > kMinimumLength) {
            // indent, key of [A-Za-z0-9_], ": ", then only base64 characters to the end
            const std::size_t indent = indentOf(line);
            std::size_t i = indent;
            while (i < line.size() && isKeyChar(line[i]))
                ++i;
            if (i > indent && line.substr(i, 2) == ": ") {
                const std::size_t valueStart = i + 2;
                const std::string_view value = line.substr(valueStart);
                bool found = false;
                const std::size_t nextIndent = nextContentIndent(yaml, end + 1, found);
                if (value.size() >= kMinimumLength &&
                    std::all_of(value.begin(), value.end(), isBase64Char) &&
                    (!found || nextIndent <= indent))
                    replaced = valueStart;
            }
        }
        if (replaced != std::string_view::npos) {
            out.append(line.substr(0, replaced));
            out.append(kPrefix).append(std::to_string(originals.size()));
            originals.emplace_back(line.substr(replaced));
        } else {
            out.append(line);
        }
        if (end < yaml.size())
            out += '\n';
        pos = end + 1;
    }
    return out;
}

} // namespace Runbench::Models
