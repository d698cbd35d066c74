// SPDX-License-Identifier: Apache-2.0
#include "textcheck.h"

#include <QCoreApplication>

namespace Runbench::Models {

namespace {

// PyYAML's Reader accepts tab, LF, CR, printable ASCII, NEL and everything from U+00A0 up
// except surrogates and U+FFFE/U+FFFF.
bool isPrintable(char32_t c)
{
    return c == 0x09 || c == 0x0A || c == 0x0D || (c >= 0x20 && c <= 0x7E) || c == 0x85 ||
           (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

} // namespace

std::optional<TextCheck::Problem> TextCheck::findUnreadable(std::string_view bytes)
{
    int line = 1;
    int column = 1;
    std::size_t i = 0;
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
        i = 3;
    while (i < bytes.size()) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        int length = 1;
        char32_t c = lead;
        if (lead >= 0x80) {
            length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
            bool valid = length != 0 && lead < 0xF5 && i + length <= bytes.size();
            c = valid ? lead & (0xFF >> (length + 1)) : 0;
            for (int k = 1; valid && k < length; ++k) {
                const auto cont = static_cast<unsigned char>(bytes[i + k]);
                valid = (cont & 0xC0) == 0x80;
                c = (c << 6) | (cont & 0x3F);
            }
            static constexpr char32_t minimum[] = {0, 0, 0x80, 0x800, 0x10000};
            if (!valid || c < minimum[length] || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) {
                return Problem{
                    QCoreApplication::translate("TextCheck", "The file is not valid UTF-8 text."),
                    line, column};
            }
        }
        if (!isPrintable(c)) {
            const QString code =
                QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
            return Problem{QCoreApplication::translate("TextCheck",
                                                       "The file contains the control "
                                                       "character U+%1, which YAML does not allow.")
                               .arg(code),
                           line, column};
        }
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += length;
    }
    return std::nullopt;
}

} // namespace Runbench::Models
