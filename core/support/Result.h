#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace casebook {

/// What went wrong, in terms a caller can act on. The CLI maps it to an exit status.
enum class ErrorCode {
    Usage, ///< the caller asked for something malformed (bad argument, bad id)
    NotFound, ///< a record or file that was named does not exist
    InputRejected, ///< input from outside (JSON, bundle, CSV) is invalid or hostile; nothing changed
    NotCasebook, ///< the file is not a Casebook database
    NewerVersion, ///< the file was written by a newer Casebook
    Corrupt, ///< the database file is damaged
    Storage, ///< SQLite or the file system failed
    Cancelled, ///< the user stopped the operation
};

/// An error with a translated one-sentence `message` for people and a technical `detail` for logs.
struct Error
{
    ErrorCode code = ErrorCode::Storage;
    QString message;
    QString detail;
};

/// Either a value or an Error. Core functions return it instead of throwing or showing UI.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// Result of an operation that yields nothing but success or an Error.
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, QString message, QString detail = {})
{
    return Error{code, std::move(message), std::move(detail)};
}

} // namespace casebook
