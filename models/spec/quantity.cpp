// SPDX-License-Identifier: Apache-2.0
#include "quantity.h"

#include <string>
#include <string_view>

using namespace Qt::StringLiterals;

namespace Runbench::Models {

namespace {

constexpr __int128 nanosPerUnit = 1'000'000'000;
// The API server caps magnitudes at 2^63-1 units.
constexpr __int128 maxNanos = __int128(INT64_MAX) * nanosPerUnit;
// Bounds the exponent so that arithmetic on it never overflows; far beyond any real value.
constexpr long long exponentLimit = 1'000'000;

struct Suffix
{
    int base10 = 0; // power of ten
    int base2 = 0;  // power of two
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::optional<Suffix> parseSuffix(std::string_view s)
{
    if (s.empty())
        return Suffix{};
    if (s.size() == 2 && s[1] == 'i') {
        const std::string_view binary = "KMGTPE";
        const auto index = binary.find(s[0]);
        if (index == std::string_view::npos)
            return std::nullopt;
        return Suffix{0, 10 * int(index + 1)};
    }
    if (s.size() == 1) {
        switch (s[0]) {
        case 'n':
            return Suffix{-9, 0};
        case 'u':
            return Suffix{-6, 0};
        case 'm':
            return Suffix{-3, 0};
        case 'k':
            return Suffix{3, 0};
        case 'M':
            return Suffix{6, 0};
        case 'G':
            return Suffix{9, 0};
        case 'T':
            return Suffix{12, 0};
        case 'P':
            return Suffix{15, 0};
        case 'E':
            return Suffix{18, 0};
        default:
            return std::nullopt;
        }
    }
    if (s[0] != 'e' && s[0] != 'E')
        return std::nullopt;
    std::size_t pos = 1;
    const bool negative = pos < s.size() && s[pos] == '-';
    if (pos < s.size() && (s[pos] == '-' || s[pos] == '+'))
        ++pos;
    if (pos == s.size())
        return std::nullopt;
    long long exponent = 0;
    for (; pos < s.size(); ++pos) {
        if (!isDigit(s[pos]))
            return std::nullopt;
        exponent = std::min(exponent * 10 + (s[pos] - '0'), exponentLimit);
    }
    return Suffix{int(negative ? -exponent : exponent), 0};
}

// Multiplies a decimal digit string by two in place.
void doubleDigits(std::string &digits)
{
    int carry = 0;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        const int d = (*it - '0') * 2 + carry;
        *it = char('0' + d % 10);
        carry = d / 10;
    }
    if (carry)
        digits.insert(digits.begin(), char('0' + carry));
}

// digits * 10^scale in nanos, rounded away from zero and capped at maxNanos.
__int128 toNanos(std::string_view digits, long long scale)
{
    const auto first = digits.find_first_not_of('0');
    if (first == std::string_view::npos)
        return 0;
    digits.remove_prefix(first);
    bool roundUp = false;
    if (scale < 0) {
        const auto drop = std::size_t(-scale);
        if (drop >= digits.size())
            return 1;
        const std::string_view dropped = digits.substr(digits.size() - drop);
        roundUp = dropped.find_first_not_of('0') != std::string_view::npos;
        digits.remove_suffix(drop);
        scale = 0;
    }
    __int128 value = 0;
    for (const char c : digits) {
        value = value * 10 + (c - '0');
        if (value > maxNanos)
            return maxNanos;
    }
    for (long long i = 0; i < scale; ++i) {
        value *= 10;
        if (value > maxNanos)
            return maxNanos;
    }
    if (roundUp)
        ++value;
    return std::min(value, maxNanos);
}

} // namespace

std::optional<Quantity> Quantity::parse(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 127)
            return std::nullopt;
    }
    const std::string source = text.toStdString();
    std::string_view s = source;
    std::size_t pos = 0;
    const bool negative = !s.empty() && s[0] == '-';
    if (!s.empty() && (s[0] == '-' || s[0] == '+'))
        ++pos;
    std::string digits;
    long long fractionDigits = 0;
    while (pos < s.size() && isDigit(s[pos]))
        digits += s[pos++];
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        while (pos < s.size() && isDigit(s[pos])) {
            digits += s[pos++];
            ++fractionDigits;
        }
    }
    if (digits.empty())
        return std::nullopt;
    const auto suffix = parseSuffix(s.substr(pos));
    if (!suffix)
        return std::nullopt;
    for (int i = 0; i < suffix->base2; ++i)
        doubleDigits(digits);
    const __int128 magnitude = toNanos(digits, suffix->base10 - fractionDigits + 9);
    return Quantity(text, negative ? -magnitude : magnitude);
}

QString Quantity::grammarHelp()
{
    return u"A quantity is a number with an optional sign and fraction, followed by an optional "
           "suffix: n, u, m, k, M, G, T, P or E (powers of 1000), Ki, Mi, Gi, Ti, Pi or Ei "
           "(powers of 1024), or an exponent such as e3 or E-2."_s;
}

bool Quantity::isWholeNumber() const
{
    return m_nanos % nanosPerUnit == 0;
}

} // namespace Runbench::Models
