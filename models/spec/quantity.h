// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <compare>
#include <optional>
#include <utility>

namespace Runbench::Models {

// An exact Kubernetes resource quantity that compares by value and keeps its text as written.
class Quantity
{
public:
    // Accepts the full Kubernetes grammar: an optional sign, digits with an optional fraction,
    // then a decimal SI suffix (n u m k M G T P E), a binary suffix (Ki Mi Gi Ti Pi Ei) or a
    // decimal exponent (e3, E-2). Values are exact to 1n (finer ones round away from zero)
    // and capped at 2^63-1 like the API server does.
    static std::optional<Quantity> parse(const QString &text);
    // One sentence describing the grammar, for error messages.
    static QString grammarHelp();

    bool isWholeNumber() const;
    bool isNegative() const { return m_nanos < 0; }
    bool isZero() const { return m_nanos == 0; }
    // The text as written.
    QString toString() const { return m_text; }

    bool operator==(const Quantity &other) const { return m_nanos == other.m_nanos; }
    std::strong_ordering operator<=>(const Quantity &other) const
    {
        return m_nanos <=> other.m_nanos;
    }

private:
    Quantity(QString text, __int128 nanos)
        : m_text(std::move(text))
        , m_nanos(nanos)
    {}

    QString m_text;
    __int128 m_nanos = 0; // the value in units of 10^-9
};

} // namespace Runbench::Models
