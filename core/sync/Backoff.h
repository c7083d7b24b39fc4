#pragma once

#include <QRandomGenerator>

namespace fla {

// Exponential backoff with jitter ("equal jitter"): the n-th retry waits
// between half and all of min(cap, base × 2^(n−1)); a Retry-After from the
// platform is a floor. The waiting time is persisted per outbox entry as
// nextAttemptAt, so it survives a restart.
class Backoff
{
public:
    Backoff(qint64 baseMs, qint64 capMs, quint32 seed = 0)
        : m_baseMs(baseMs)
        , m_capMs(capMs)
        , m_random(seed ? QRandomGenerator(seed) : QRandomGenerator::securelySeeded())
    {}

    // Milliseconds to wait before attempt `attempts + 1`, `attempts` ≥ 1 being
    // the number of failed attempts so far.
    qint64 delayMs(int attempts, int retryAfterSeconds = -1);
    static qint64 ceilingMs(qint64 baseMs, qint64 capMs, int attempts);

private:
    qint64 m_baseMs;
    qint64 m_capMs;
    QRandomGenerator m_random;
};

} // namespace fla
