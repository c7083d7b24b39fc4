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

namespace detail {

// What every Result has, whether or not it carries a value: the failure and the
// bridge to callers that still speak bool + QString *error. `Derived` says ok().
template<typename Derived> class ResultFailure
{
public:
    // Empty when ok().
    const QString &error() const { return m_failure.message; }
    const Failure &failure() const { return m_failure; }

    // Whether the operation succeeded; the message in *error when it did not.
    bool into(QString *error) const
    {
        const bool ok = static_cast<const Derived &>(*this).ok();
        if (!ok && error)
            *error = m_failure.message;
        return ok;
    }

protected:
    ResultFailure() = default;
    explicit ResultFailure(Failure failure)
        : m_failure(std::move(failure))
    {}

private:
    Failure m_failure;
};

} // namespace detail

// A value or the failure that kept it from being made (C++20 has no
// std::expected): read paths return it instead of an empty list or a default
// record, so a caller can tell "nothing there" from "could not read".
template<typename T> class [[nodiscard]] Result : public detail::ResultFailure<Result<T>>
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Failure failure)
        : detail::ResultFailure<Result<T>>(std::move(failure))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }

private:
    std::optional<T> m_value;
};

// An operation that makes no value: done, or the failure.
template<> class [[nodiscard]] Result<void> : public detail::ResultFailure<Result<void>>
{
public:
    Result() = default;
    Result(Failure failure)
        : ResultFailure(std::move(failure))
        , m_ok(false)
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }

private:
    bool m_ok = true;
};

} // namespace fla
