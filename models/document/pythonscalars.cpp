// SPDX-License-Identifier: Apache-2.0
#include "pythonscalars.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <vector>

namespace Runbench::Models::PythonScalars {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A small cursor over the text, used to follow PyYAML's regular expressions literally.
struct Cursor
{
    std::string_view s;
    std::size_t i = 0;

    bool done() const { return i >= s.size(); }
    char peek() const { return done() ? '\0' : s[i]; }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++i;
        return true;
    }
    bool takeSign() { return take('-') || take('+'); }
    template<typename Pred> std::size_t takeWhile(Pred pred)
    {
        const std::size_t start = i;
        while (!done() && pred(s[i]))
            ++i;
        return i - start;
    }
};

// "(?::[0-5]?[0-9])+" — sexagesimal groups; each group must be followed by ':' or a stop char.
bool takeSexagesimalGroups(Cursor &c)
{
    int groups = 0;
    while (c.peek() == ':') {
        ++c.i;
        const std::size_t n = c.takeWhile(isDigit);
        if (n == 0 || n > 2 || (n == 2 && c.s[c.i - 2] > '5'))
            return false;
        ++groups;
    }
    return groups > 0;
}

bool takeExponent(Cursor &c)
{
    // "(?:[eE][-+][0-9]+)?"
    if (c.peek() != 'e' && c.peek() != 'E')
        return true;
    ++c.i;
    if (!c.takeSign())
        return false;
    return c.takeWhile(isDigit) > 0;
}

bool isDigitOrUnderscore(char ch)
{
    return isDigit(ch) || ch == '_';
}

bool matchesFloat(std::string_view s)
{
    // [-+]?\.(?:inf|Inf|INF)  and  \.(?:nan|NaN|NAN)
    std::string_view body = s;
    if (!body.empty() && (body[0] == '-' || body[0] == '+'))
        body.remove_prefix(1);
    if (body == ".inf" || body == ".Inf" || body == ".INF")
        return true;
    if (s == ".nan" || s == ".NaN" || s == ".NAN")
        return true;
    {
        // \.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
        Cursor c{s};
        if (c.take('.') && isDigit(c.peek())) {
            c.takeWhile(isDigitOrUnderscore);
            if (takeExponent(c) && c.done())
                return true;
        }
    }
    {
        // [-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?
        Cursor c{s};
        c.takeSign();
        if (isDigit(c.peek())) {
            c.takeWhile(isDigitOrUnderscore);
            if (c.take('.')) {
                c.takeWhile(isDigitOrUnderscore);
                if (takeExponent(c) && c.done())
                    return true;
            }
        }
    }
    {
        // [-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
        Cursor c{s};
        c.takeSign();
        if (isDigit(c.peek())) {
            c.takeWhile(isDigitOrUnderscore);
            if (takeSexagesimalGroups(c) && c.take('.')) {
                c.takeWhile(isDigitOrUnderscore);
                if (c.done())
                    return true;
            }
        }
    }
    return false;
}

bool matchesInt(std::string_view s)
{
    Cursor start{s};
    start.takeSign();
    const std::string_view body = s.substr(start.i);
    auto allOf = [](std::string_view text, auto pred) {
        return !text.empty() && std::all_of(text.begin(), text.end(), pred);
    };
    if (body.starts_with("0b") &&
        allOf(body.substr(2), [](char c) { return c == '0' || c == '1' || c == '_'; }))
        return true;
    if (body.starts_with("0x") && allOf(body.substr(2), [](char c) {
            return std::isxdigit(static_cast<unsigned char>(c)) || c == '_';
        }))
        return true;
    if (body.size() > 1 && body[0] == '0' &&
        allOf(body.substr(1), [](char c) { return (c >= '0' && c <= '7') || c == '_'; }))
        return true;
    if (body == "0")
        return true;
    if (!body.empty() && body[0] >= '1' && body[0] <= '9') {
        Cursor c{body};
        c.takeWhile(isDigitOrUnderscore);
        if (c.done())
            return true;
        return takeSexagesimalGroups(c) && c.done();
    }
    return false;
}

struct TimestampParts
{
    int year = 0, month = 0, day = 0;
    bool hasTime = false;
    int hour = 0, minute = 0, second = 0;
    std::string fraction;
    bool hasTz = false;
    bool utc = false;
    char tzSign = '+';
    int tzHour = 0, tzMinute = 0;
};

int toInt(std::string_view digits)
{
    int v = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), v);
    return v;
}

// Both timestamp alternatives of PyYAML's resolver, read into parts.
std::optional<TimestampParts> parseTimestamp(std::string_view s)
{
    TimestampParts p;
    Cursor c{s};
    auto digits = [&](std::size_t min, std::size_t max) -> std::optional<int> {
        const std::size_t start = c.i;
        const std::size_t n = c.takeWhile(isDigit);
        if (n < min || n > max)
            return std::nullopt;
        return toInt(s.substr(start, n));
    };
    const auto year = digits(4, 4);
    if (!year || !c.take('-'))
        return std::nullopt;
    const std::size_t monthStart = c.i;
    const auto month = digits(1, 2);
    const std::size_t monthLen = c.i - monthStart;
    if (!month || !c.take('-'))
        return std::nullopt;
    const std::size_t dayStart = c.i;
    const auto day = digits(1, 2);
    const std::size_t dayLen = c.i - dayStart;
    if (!day)
        return std::nullopt;
    p.year = *year;
    p.month = *month;
    p.day = *day;
    if (c.done())
        return (monthLen == 2 && dayLen == 2) ? std::optional(p) : std::nullopt;
    // (?:[Tt]|[ \t]+)
    if (!c.take('T') && !c.take('t') &&
        c.takeWhile([](char ch) { return ch == ' ' || ch == '\t'; }) == 0)
        return std::nullopt;
    const auto hour = digits(1, 2);
    if (!hour || !c.take(':'))
        return std::nullopt;
    const auto minute = digits(2, 2);
    if (!minute || !c.take(':'))
        return std::nullopt;
    const auto second = digits(2, 2);
    if (!second)
        return std::nullopt;
    p.hasTime = true;
    p.hour = *hour;
    p.minute = *minute;
    p.second = *second;
    if (c.take('.')) {
        const std::size_t start = c.i;
        p.fraction = std::string(s.substr(start, c.takeWhile(isDigit)));
    }
    c.takeWhile([](char ch) { return ch == ' ' || ch == '\t'; });
    if (c.done())
        return c.s.back() == ' ' || c.s.back() == '\t' ? std::nullopt : std::optional(p);
    if (c.take('Z')) {
        p.hasTz = p.utc = true;
    } else if (c.peek() == '-' || c.peek() == '+') {
        p.tzSign = c.s[c.i++];
        const auto tzHour = digits(1, 2);
        if (!tzHour)
            return std::nullopt;
        p.hasTz = true;
        p.tzHour = *tzHour;
        if (c.take(':')) {
            const auto tzMinute = digits(2, 2);
            if (!tzMinute)
                return std::nullopt;
            p.tzMinute = *tzMinute;
        }
    } else {
        return std::nullopt;
    }
    return c.done() ? std::optional(p) : std::nullopt;
}

// Decimal digits of a non-negative integer, most significant first, grown by multiply-add.
class BigDecimal
{
public:
    void multiplyAdd(unsigned base, unsigned add)
    {
        std::uint64_t carry = add;
        for (auto &limb : m_limbs) { // little-endian limbs of 10^9
            const std::uint64_t v = std::uint64_t(limb) * base + carry;
            limb = static_cast<std::uint32_t>(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry) {
            m_limbs.push_back(static_cast<std::uint32_t>(carry % 1000000000u));
            carry /= 1000000000u;
        }
    }
    std::string toString() const
    {
        if (m_limbs.empty())
            return "0";
        std::string out = std::to_string(m_limbs.back());
        for (auto it = m_limbs.rbegin() + 1; it != m_limbs.rend(); ++it) {
            const std::string part = std::to_string(*it);
            out += std::string(9 - part.size(), '0') + part;
        }
        return out;
    }

private:
    std::vector<std::uint32_t> m_limbs;
};

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    return (c | 0x20) - 'a' + 10;
}

std::string twoDigits(int v)
{
    return (v < 10 ? "0" : "") + std::to_string(v);
}

} // namespace

PlainType resolvePlain(std::string_view text)
{
    if (text.empty())
        return PlainType::Null;
    switch (text[0]) {
    case 'y':
    case 'Y':
    case 'n':
    case 'N':
    case 't':
    case 'T':
    case 'f':
    case 'F':
    case 'o':
    case 'O':
        if (text == "yes" || text == "Yes" || text == "YES" || text == "no" || text == "No" ||
            text == "NO" || text == "true" || text == "True" || text == "TRUE" || text == "false" ||
            text == "False" || text == "FALSE" || text == "on" || text == "On" || text == "ON" ||
            text == "off" || text == "Off" || text == "OFF")
            return PlainType::Bool;
        if (text == "null" || text == "Null" || text == "NULL")
            return PlainType::Null;
        return PlainType::String;
    case '~':
        return text.size() == 1 ? PlainType::Null : PlainType::String;
    case '<':
        return text == "<<" ? PlainType::Merge : PlainType::String;
    case '=':
        return text.size() == 1 ? PlainType::Value : PlainType::String;
    case '.':
        return matchesFloat(text) ? PlainType::Float : PlainType::String;
    case '-':
    case '+':
        if (matchesFloat(text))
            return PlainType::Float;
        return matchesInt(text) ? PlainType::Int : PlainType::String;
    default:
        if (!isDigit(text[0]))
            return PlainType::String;
        if (matchesFloat(text))
            return PlainType::Float;
        if (matchesInt(text))
            return PlainType::Int;
        return parseTimestamp(text) ? PlainType::Timestamp : PlainType::String;
    }
}

bool boolValue(std::string_view text)
{
    const char c = text.empty() ? 'n' : static_cast<char>(text[0] | 0x20);
    return c == 'y' || c == 't' || (c == 'o' && text.size() == 2 && (text[1] | 0x20) == 'n');
}

std::optional<double> floatValue(std::string_view text)
{
    std::string value;
    for (char ch : text) {
        if (ch != '_')
            value += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    }
    if (value.empty())
        return std::nullopt;
    double sign = 1.0;
    if (value[0] == '-')
        sign = -1.0;
    if (value[0] == '-' || value[0] == '+')
        value.erase(0, 1);
    if (value == ".inf")
        return sign * HUGE_VAL;
    if (value == ".nan")
        return std::nan("");
    auto parse = [](std::string_view part) -> std::optional<double> {
        // Python's float() accepts "1.", ".5" and exponents, which from_chars also does.
        double d = 0.0;
        if (part.empty())
            return std::nullopt;
        const auto r = std::from_chars(part.data(), part.data() + part.size(), d);
        if (r.ptr != part.data() + part.size())
            return std::nullopt;
        if (r.ec == std::errc::result_out_of_range) {
            // Python rounds overflow to inf and underflow to 0.0.
            const auto e = part.find('e');
            const bool tiny = e != std::string_view::npos && part.substr(e + 1).starts_with('-');
            return tiny ? 0.0 : HUGE_VAL;
        }
        if (r.ec != std::errc())
            return std::nullopt;
        return d;
    };
    if (value.find(':') == std::string::npos) {
        const auto d = parse(value);
        return d ? std::optional(sign * *d) : std::nullopt;
    }
    double result = 0.0;
    double base = 1.0;
    std::string_view rest = value;
    while (!rest.empty()) {
        const auto colon = rest.rfind(':');
        const std::string_view part =
            colon == std::string_view::npos ? rest : rest.substr(colon + 1);
        const auto d = parse(part);
        if (!d)
            return std::nullopt;
        result += *d * base;
        base *= 60.0;
        rest = colon == std::string_view::npos ? std::string_view() : rest.substr(0, colon);
    }
    return sign * result;
}

std::optional<std::string> intDecimal(std::string_view text)
{
    std::string value;
    for (char ch : text) {
        if (ch != '_')
            value += ch;
    }
    if (value.empty())
        return std::nullopt;
    bool negative = value[0] == '-';
    if (value[0] == '-' || value[0] == '+')
        value.erase(0, 1);
    if (value.empty())
        return std::nullopt;
    BigDecimal big;
    if (value == "0") {
        return std::string("0");
    } else if (value.starts_with("0b")) {
        for (char ch : value.substr(2))
            big.multiplyAdd(2, ch - '0');
    } else if (value.starts_with("0x")) {
        for (char ch : value.substr(2))
            big.multiplyAdd(16, hexValue(ch));
    } else if (value[0] == '0') {
        for (char ch : value)
            big.multiplyAdd(8, ch - '0');
    } else if (value.find(':') != std::string::npos) {
        std::int64_t total = 0;
        std::string_view rest = value;
        while (true) {
            const auto colon = rest.find(':');
            total = total * 60 + toInt(rest.substr(0, colon));
            if (colon == std::string_view::npos)
                break;
            rest = rest.substr(colon + 1);
        }
        std::string out = std::to_string(total);
        return (negative && total != 0 ? "-" : "") + out;
    } else {
        for (char ch : value) {
            if (!isDigit(ch))
                return std::nullopt;
            big.multiplyAdd(10, ch - '0');
        }
    }
    std::string out = big.toString();
    if (negative && out != "0")
        out.insert(0, 1, '-');
    return out;
}

std::optional<std::string> timestampStr(std::string_view text)
{
    const auto p = parseTimestamp(text);
    if (!p)
        return std::nullopt;
    static constexpr int daysIn[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (p->year % 4 == 0 && p->year % 100 != 0) || p->year % 400 == 0;
    if (p->year < 1 || p->month < 1 || p->month > 12 || p->day < 1 ||
        p->day > daysIn[p->month - 1] + (p->month == 2 && leap ? 1 : 0))
        return std::nullopt;
    std::string year = std::to_string(p->year);
    std::string out = std::string(4 - year.size(), '0') + year + "-" + twoDigits(p->month) + "-" +
                      twoDigits(p->day);
    if (!p->hasTime)
        return out;
    if (p->hour > 23 || p->minute > 59 || p->second > 59)
        return std::nullopt;
    out += " " + twoDigits(p->hour) + ":" + twoDigits(p->minute) + ":" + twoDigits(p->second);
    std::string fraction = p->fraction.substr(0, 6);
    fraction.resize(6, '0');
    if (fraction != "000000")
        out += "." + fraction;
    if (p->hasTz) {
        if (p->utc || (p->tzHour == 0 && p->tzMinute == 0)) {
            out += "+00:00";
        } else {
            // timezone(timedelta) only takes offsets strictly inside one day.
            if (p->tzHour > 23 || p->tzMinute > 59)
                return std::nullopt;
            out += std::string(1, p->tzSign) + twoDigits(p->tzHour) + ":" + twoDigits(p->tzMinute);
        }
    }
    return out;
}

std::string floatRepr(double value)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value < 0 ? "-inf" : "inf";
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    std::string_view sci(buf, r.ptr - buf); // e.g. "-1.2345e+16"
    std::string out;
    if (sci.front() == '-') {
        out = "-";
        sci.remove_prefix(1);
    }
    const auto e = sci.find('e');
    std::string digits;
    for (char ch : sci.substr(0, e)) {
        if (ch != '.')
            digits += ch;
    }
    const int exponent = toInt(sci.substr(e + 1 + (sci[e + 1] == '+' ? 1 : 0)));
    const int decpt = exponent + 1;
    const int n = static_cast<int>(digits.size());
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0)
            out += "0." + std::string(-decpt, '0') + digits;
        else if (decpt >= n)
            out += digits + std::string(decpt - n, '0') + ".0";
        else
            out += digits.substr(0, decpt) + "." + digits.substr(decpt);
        return out;
    }
    out += digits.substr(0, 1);
    if (n > 1)
        out += "." + digits.substr(1);
    const int shown = decpt - 1;
    out += shown < 0 ? "e-" : "e+";
    out += twoDigits(std::abs(shown));
    return out;
}

std::string yamlFloat(double value)
{
    if (std::isnan(value))
        return ".nan";
    if (std::isinf(value))
        return value < 0 ? "-.inf" : ".inf";
    std::string text = floatRepr(value);
    if (text.find('.') == std::string::npos) {
        const auto e = text.find('e');
        if (e != std::string::npos)
            text.insert(e, ".0");
    }
    return text;
}

} // namespace Runbench::Models::PythonScalars
