#include "core/sync/Backoff.h"

#include <algorithm>

namespace fla {

qint64 Backoff::ceilingMs(qint64 baseMs, qint64 capMs, int attempts)
{
    const int shift = std::clamp(attempts - 1, 0, 30);
    const qint64 grown = baseMs << shift;
    return std::min(capMs, grown > 0 ? grown : capMs);
}

qint64 Backoff::delayMs(int attempts, int retryAfterSeconds)
{
    const qint64 ceiling = ceilingMs(m_baseMs, m_capMs, attempts);
    const qint64 half = ceiling / 2;
    qint64 d = half + (ceiling - half > 0 ? qint64(m_random.bounded(quint64(ceiling - half + 1))) : 0);
    if (retryAfterSeconds >= 0)
        d = std::max(d, qint64(retryAfterSeconds) * 1000);
    return d;
}

} // namespace fla
