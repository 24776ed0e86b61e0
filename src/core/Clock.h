#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QMutex>
#include <QTimeZone>

namespace oc {

// Every time-based rule reads one Clock (domain.md "Clock"). Times are UTC.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that can be set and advanced. When `running`, it also moves forward with real
// time (the demo: waits such as R-MKT-2 provisioning happen while one watches); when
// stopped it is frozen (tests, screenshots). Thread-safe.
class AdjustableClock final : public Clock
{
public:
    explicit AdjustableClock(QDateTime start, bool running = false);

    QDateTime now() const override;
    void set(const QDateTime &instant);
    void advance(qint64 milliseconds);
    void setRunning(bool running);
    bool isRunning() const;

private:
    mutable QMutex m_mutex;
    QDateTime m_base; // the clock's reading when m_elapsed was last restarted
    QElapsedTimer m_elapsed;
    bool m_running;
};

namespace ClockSteps {
// The demo clock starts at 2026-03-02 09:30 Asia/Shanghai (demo.md).
QDateTime demoStart();
// China Standard Time, UTC+8 without daylight saving: the time zone of the seeds' consoles.
QTimeZone chinaTimeZone();
} // namespace ClockSteps

// Adds `days` working days (Monday to Friday in `zone`) to `from`, keeping the time of day.
QDateTime addWorkingDays(const QDateTime &from, int days, const QTimeZone &zone);

} // namespace oc
