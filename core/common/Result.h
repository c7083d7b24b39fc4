#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace fla {

// Why an operation failed: a translated message for the user that names what
// could not be read or written (the module has logged the statement and the
// engine's text in its category).
struct Failure
{
    QString message;
};

// A value or the failure that kept it from being made (C++20 has no
// std::expected): read paths return it instead of an empty list or a default
// record, so a caller can tell "nothing there" from "could not read".
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Failure failure)
        : m_failure(std::move(failure))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    // For callers that still speak bool + QString *error: whether there is a value, and the
    // message in *error when there is none.
    bool into(QString *error) const
    {
        if (!ok() && error)
            *error = m_failure.message;
        return ok();
    }

    // Empty when ok().
    const QString &error() const { return m_failure.message; }
    const Failure &failure() const { return m_failure; }

private:
    std::optional<T> m_value;
    Failure m_failure;
};

// An operation that makes no value: done, or the failure.
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Failure failure)
        : m_ok(false)
        , m_failure(std::move(failure))
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &error() const { return m_failure.message; }
    const Failure &failure() const { return m_failure; }

    // For callers that still speak bool + QString *error.
    bool into(QString *error) const
    {
        if (!m_ok && error)
            *error = m_failure.message;
        return m_ok;
    }

private:
    bool m_ok = true;
    Failure m_failure;
};

} // namespace fla
