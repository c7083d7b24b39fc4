#pragma once

// Records whose every field holds a value other than its default, made from the
// schema: a round trip through any form must keep each one.

#include "core/domain/RecordSchema.h"

#include <QUuid>
#include <type_traits>
#include <variant>

namespace fla::schema::samples {

// A value for the n-th field of its type that no default equals.
struct Filler
{
    int n;
    void operator()(QUuid &u) const
    {
        u = QUuid::fromString(QStringLiteral("0000000%1-1b2c-4d3e-8f40-123456789abc").arg(n));
    }
    void operator()(QString &s) const { s = QStringLiteral("text %1 é").arg(n); }
    void operator()(QDate &d) const { d = QDate(2025, 3, 1 + n); }
    void operator()(double &d) const { d = 0.25 + n; }
    void operator()(int &i) const { i = 2020 + n; }
    void operator()(bool &b) const { b = !b; }
    void operator()(std::optional<double> &d) const { d = 1.5 + n; }
    void operator()(std::optional<qint64> &i) const { i = 12345 + n; }
    void operator()(QStringList &l) const { l = {QStringLiteral("200"), QStringLiteral("118.%1").arg(n)}; }
    template<typename E, typename = std::enable_if_t<std::is_enum_v<E>>> void operator()(E &e) const
    {
        e = static_cast<E>(static_cast<int>(e) == 0 ? 1 : 0);
    }
};

template<typename R> R filled()
{
    R record;
    int n = 1;
    for (const Field<R> &f : fields<R>())
        std::visit([&](auto member) { Filler{n++}(record.*member); }, f.member);
    return record;
}

// The keys of the fields a form holds whose values differ between a and b.
template<typename R> QStringList differing(const R &a, const R &b, const char *FieldInfo::*form)
{
    QStringList out;
    for (const Field<R> &f : fields<R>()) {
        if (!(f.info.*form))
            continue;
        const bool same = std::visit([&](auto member) { return a.*member == b.*member; }, f.member);
        if (!same)
            out << QLatin1String(f.info.key);
    }
    return out;
}

} // namespace fla::schema::samples
