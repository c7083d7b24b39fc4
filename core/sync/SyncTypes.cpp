#include "core/sync/SyncTypes.h"

#include "core/domain/EnumNames.h"

namespace fla {

namespace {

using enumnames::nameOf;
using enumnames::valueOf;

const char *const kOperations[] = {"upsert", "cancel"};
const char *const kVerdicts[] = {"accepted", "acceptedWithWarnings", "refused", "conflict"};

} // namespace

QString toString(SyncOperation v)
{
    return nameOf(kOperations, v);
}
QString toString(ItemVerdict v)
{
    return nameOf(kVerdicts, v);
}
std::optional<SyncOperation> syncOperationFromString(QStringView s)
{
    return valueOf<SyncOperation>(kOperations, s);
}
std::optional<ItemVerdict> itemVerdictFromString(QStringView s)
{
    return valueOf<ItemVerdict>(kVerdicts, s);
}

SyncStatus statusForVerdict(ItemVerdict v)
{
    switch (v) {
    case ItemVerdict::Accepted:
        return SyncStatus::Accepted;
    case ItemVerdict::AcceptedWithWarnings:
        return SyncStatus::AcceptedWithWarnings;
    case ItemVerdict::Refused:
        return SyncStatus::Refused;
    case ItemVerdict::Conflict:
        return SyncStatus::Conflict;
    }
    return SyncStatus::Refused;
}

Severity severityFromString(QStringView s)
{
    if (s.compare(QLatin1String("warning"), Qt::CaseInsensitive) == 0 || s == QLatin1String("W"))
        return Severity::Warning;
    if (s.compare(QLatin1String("information"), Qt::CaseInsensitive) == 0 || s == QLatin1String("I"))
        return Severity::Information;
    return Severity::Blocking;
}

QJsonObject PlatformAnomaly::toJson() const
{
    QJsonObject o{{QStringLiteral("code"), code},
                  {QStringLiteral("severity"), QString::fromLatin1(severityName(severity))}};
    if (!field.isEmpty())
        o.insert(QStringLiteral("field"), field);
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    return o;
}

PlatformAnomaly PlatformAnomaly::fromJson(const QJsonObject &o)
{
    PlatformAnomaly a;
    a.code = o.value(QLatin1String("code")).toString();
    a.severity = severityFromString(o.value(QLatin1String("severity")).toString());
    a.field = o.value(QLatin1String("field")).toString();
    a.message = o.value(QLatin1String("message")).toString();
    return a;
}

} // namespace fla
