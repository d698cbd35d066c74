// SPDX-License-Identifier: Apache-2.0
#include "ansitext.h"

#include <algorithm>

namespace Runbench::Models {

namespace {

constexpr char kEscape = '\x1b';

// Appends text in `style`, merging with the previous span when the style is the same.
void appendRun(AnsiText &out, QByteArrayView bytes, const AnsiStyle &style)
{
    if (bytes.isEmpty())
        return;
    const int start = int(out.text.size());
    out.text += QString::fromUtf8(bytes);
    const int length = int(out.text.size()) - start;
    if (style.isPlain() || length == 0)
        return;
    if (!out.spans.empty()) {
        AnsiSpan &last = out.spans.back();
        if (last.style == style && last.start + last.length == start) {
            last.length += length;
            return;
        }
    }
    out.spans.push_back(AnsiSpan{start, length, style});
}

// Reads the colour that follows 38 or 48: "5;n" or "2;r;g;b". Moves `i` past what it used.
int extendedColour(const std::vector<int> &codes, std::size_t &i)
{
    if (i + 1 < codes.size() && codes[i + 1] == 5 && i + 2 < codes.size()) {
        i += 2;
        return std::clamp(codes[i], 0, 255);
    }
    if (i + 1 < codes.size() && codes[i + 1] == 2 && i + 4 < codes.size()) {
        const int rgb = (std::clamp(codes[i + 2], 0, 255) << 16) |
                        (std::clamp(codes[i + 3], 0, 255) << 8) | std::clamp(codes[i + 4], 0, 255);
        i += 4;
        return AnsiStyle::kRgbFlag | rgb;
    }
    i = codes.size();
    return -1;
}

} // namespace

void AnsiParser::applySgr(QByteArrayView parameters, AnsiStyle &style)
{
    std::vector<int> codes{0};
    for (const char c : parameters) {
        if (c >= '0' && c <= '9')
            codes.back() = std::min(codes.back() * 10 + (c - '0'), 100000);
        else if (c == ';' || c == ':')
            codes.push_back(0);
    }
    for (std::size_t i = 0; i < codes.size(); ++i) {
        const int code = codes[i];
        if (code == 0)
            style = AnsiStyle();
        else if (code == 1)
            style.bold = true;
        else if (code == 3)
            style.italic = true;
        else if (code == 4)
            style.underline = true;
        else if (code == 7)
            style.inverse = true;
        else if (code == 22)
            style.bold = false;
        else if (code == 23)
            style.italic = false;
        else if (code == 24)
            style.underline = false;
        else if (code == 27)
            style.inverse = false;
        else if (code >= 30 && code <= 37)
            style.foreground = code - 30;
        else if (code == 38)
            style.foreground = extendedColour(codes, i);
        else if (code == 39)
            style.foreground = -1;
        else if (code >= 40 && code <= 47)
            style.background = code - 40;
        else if (code == 48)
            style.background = extendedColour(codes, i);
        else if (code == 49)
            style.background = -1;
        else if (code >= 90 && code <= 97)
            style.foreground = code - 90 + 8;
        else if (code >= 100 && code <= 107)
            style.background = code - 100 + 8;
    }
}

AnsiText AnsiParser::parse(QByteArrayView line)
{
    AnsiText out;
    AnsiStyle style;
    const qsizetype size = line.size();
    qsizetype runStart = 0;
    qsizetype i = 0;
    while (i < size) {
        const char c = line[i];
        const bool control = (static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == '\x7f';
        if (!control) {
            ++i;
            continue;
        }
        appendRun(out, line.sliced(runStart, i - runStart), style);
        if (c == '\r' && i + 1 < size) {
            out.text.clear();
            out.spans.clear();
        }
        ++i;
        if (c == kEscape && i < size) {
            const char kind = line[i++];
            if (kind == '[') {
                const qsizetype parametersStart = i;
                while (i < size && (static_cast<unsigned char>(line[i]) < 0x40 ||
                                    static_cast<unsigned char>(line[i]) > 0x7e))
                    ++i;
                if (i < size && line[i] == 'm')
                    applySgr(line.sliced(parametersStart, i - parametersStart), style);
                i = std::min(i + 1, size);
            } else if (kind == ']') {
                while (i < size && line[i] != '\a' && !(line[i] == kEscape && i + 1 < size))
                    ++i;
                i = std::min(i + (i < size && line[i] == kEscape ? 2 : 1), size);
            } else if (kind >= 0x20 && kind <= 0x2f) {
                while (i < size && line[i] >= 0x20 && line[i] <= 0x2f)
                    ++i;
                i = std::min(i + 1, size); // the final byte, as in ESC ( B
            }
        }
        runStart = i;
    }
    appendRun(out, line.sliced(runStart, size - runStart), style);
    return out;
}

} // namespace Runbench::Models
