#pragma once

#include "core/common/Clock.h"

#include <QElapsedTimer>

namespace fla::test {

// A clock that starts at a chosen moment and then runs with real time: for
// tests whose timers and token lifetimes must advance, on a date that is not today.
class RunningClock final : public Clock
{
public:
    explicit RunningClock(QDateTime startUtc)
        : m_start(std::move(startUtc))
    {
        m_elapsed.start();
    }
    QDateTime nowUtc() const override { return m_start.addMSecs(m_elapsed.elapsed()); }

private:
    QDateTime m_start;
    QElapsedTimer m_elapsed;
};

} // namespace fla::test
