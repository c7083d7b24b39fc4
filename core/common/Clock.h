#pragma once

#include <QDate>
#include <QDateTime>

namespace fla {

// Every rule or retry that depends on "now" asks a Clock, so that tests can
// set the time instead of sleeping or depending on the day they run.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    QDate today() const { return nowUtc().toLocalTime().date(); }

    // The process-wide system clock.
    static const Clock &system();
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
};

// A clock that stays where it is put; for tests and reproducible runs.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime nowUtc)
        : m_now(std::move(nowUtc))
    {}
    QDateTime nowUtc() const override { return m_now; }
    // Noon of `day` where the user is: a run that acts "as if today were" that day
    // (import --today) sees it as today in every time zone. The instant is held
    // in local time: today() then needs no time zone conversion (a stat of
    // /etc/localtime each), which a validation of a million rows asks for per record.
    static ManualClock middayOf(const QDate &day) { return ManualClock(QDateTime(day, QTime(12, 0))); }
    void setNowUtc(const QDateTime &now) { m_now = now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace fla
