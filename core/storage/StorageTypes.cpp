#include "core/storage/StorageTypes.h"

namespace fla {

namespace {

template<typename E, size_t N> std::optional<E> lookup(QStringView s, const char *const (&names)[N])
{
    const QStringView t = s.trimmed();
    for (size_t i = 0; i < N; ++i) {
        if (t.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
            return static_cast<E>(i);
    }
    return std::nullopt;
}

const char *const kSync[] = {"draft",   "ready",   "queued", "sent", "accepted", "accepted_with_warnings",
                             "refused", "conflict"};
const char *const kChanges[] = {"create", "update", "delete", "restore"};

} // namespace

QString toString(SyncStatus s)
{
    return QString::fromLatin1(kSync[static_cast<int>(s)]);
}
std::optional<SyncStatus> syncStatusFromString(QStringView s)
{
    return lookup<SyncStatus>(s, kSync);
}
QString toString(ChangeKind c)
{
    return QString::fromLatin1(kChanges[static_cast<int>(c)]);
}
std::optional<ChangeKind> changeKindFromString(QStringView s)
{
    return lookup<ChangeKind>(s, kChanges);
}

} // namespace fla
