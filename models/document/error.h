// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Runbench::Models {

// A failure as a value: one user-facing sentence plus, for bad input, where it was found.
struct Error
{
    Error() = default;
    Error(QString message_, QString source_ = {}, int line_ = 0, int column_ = 0)
        : message(std::move(message_))
        , source(std::move(source_))
        , line(line_)
        , column(column_)
    {}

    QString message;
    QString source; // file name or other origin, may be empty
    int line = 0;   // 1-based, 0 when unknown
    int column = 0; // 1-based, 0 when unknown

    // "file:line:column: message", leaving out the parts that are unknown.
    QString toString() const;
};

// Either a value or the Error that prevented it. Errors never cross a layer as exceptions.
template<typename T> class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<T>(m_data); }
    const T &value() const { return std::get<T>(m_data); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_data); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

// Result of an operation that produces nothing but may fail.
class Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace Runbench::Models
