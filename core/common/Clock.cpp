#include "core/common/Clock.h"

namespace fla {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace fla
