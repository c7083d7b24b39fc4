#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringView>
#include <cstddef>
#include <optional>

namespace fla::enumnames {

// The text tables of enums whose values are 0, 1, 2, ... in table order:
// `const char *const kNames[] = {"first", "second"};`. Shared by the domain's
// code lists (domain/Enums) and the API's (sync/SyncTypes).

template<typename E, std::size_t N> QString nameOf(const char *const (&names)[N], E v)
{
    const auto i = static_cast<std::size_t>(v);
    return i < N ? QString::fromLatin1(names[i]) : QString();
}

// Case-insensitive, tolerant of surrounding spaces; std::nullopt when not in the table.
template<typename E, std::size_t N> std::optional<E> valueOf(const char *const (&names)[N], QStringView s)
{
    const QStringView t = s.trimmed();
    for (std::size_t i = 0; i < N; ++i) {
        if (t.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
            return static_cast<E>(i);
    }
    return std::nullopt;
}

} // namespace fla::enumnames
