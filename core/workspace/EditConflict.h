#pragma once

#include "core/common/Result.h"

#include <QString>
#include <optional>
#include <variant>

namespace fla {

// A save refused because the record changed since its editor read it (another
// desktop on the same team workspace, another window): nothing was written.
// Both versions, each with its rowVersion.
template<typename T> struct EditConflict
{
    T mine;                  // the refused save, at the version its editor read
    std::optional<T> theirs; // the record as stored now; nullopt when it was deleted meanwhile

    qint64 readVersion() const { return mine.rowVersion; }
    qint64 storedVersion() const { return theirs ? theirs->rowVersion : 0; }
};

// What RecordWriter::saveEdit did: saved (the record as stored, with its new
// version), refused as a conflict (both versions), or failed.
template<typename T> class [[nodiscard]] EditResult
{
public:
    EditResult(T saved)
        : m_state(std::move(saved))
    {}
    EditResult(EditConflict<T> conflict, QString message)
        : m_state(std::move(conflict))
        , m_message(std::move(message))
    {}
    EditResult(Failure failure)
        : m_message(std::move(failure.message))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    bool isConflict() const { return std::holds_alternative<EditConflict<T>>(m_state); }

    const T &saved() const { return std::get<T>(m_state); }
    const EditConflict<T> &conflict() const { return std::get<EditConflict<T>>(m_state); }
    // Translated, names the record; empty when saved.
    const QString &error() const { return m_message; }

private:
    std::variant<std::monostate, T, EditConflict<T>> m_state;
    QString m_message;
};

} // namespace fla
