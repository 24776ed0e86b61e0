#include "Clock.h"

namespace oc {

AdjustableClock::AdjustableClock(QDateTime start, bool running)
    : m_base(start.toUTC())
    , m_running(running)
{
    m_elapsed.start();
}

QDateTime AdjustableClock::now() const
{
    QMutexLocker lock(&m_mutex);
    return m_running ? m_base.addMSecs(m_elapsed.elapsed()) : m_base;
}

void AdjustableClock::set(const QDateTime &instant)
{
    QMutexLocker lock(&m_mutex);
    m_base = instant.toUTC();
    m_elapsed.restart();
}

void AdjustableClock::advance(qint64 milliseconds)
{
    QMutexLocker lock(&m_mutex);
    if (m_running)
        m_base = m_base.addMSecs(m_elapsed.restart());
    m_base = m_base.addMSecs(milliseconds);
}

void AdjustableClock::setRunning(bool running)
{
    QMutexLocker lock(&m_mutex);
    if (m_running)
        m_base = m_base.addMSecs(m_elapsed.elapsed());
    m_elapsed.restart();
    m_running = running;
}

bool AdjustableClock::isRunning() const
{
    QMutexLocker lock(&m_mutex);
    return m_running;
}

namespace ClockSteps {

QTimeZone chinaTimeZone()
{
    return QTimeZone(8 * 3600);
}

QDateTime demoStart()
{
    return QDateTime(QDate(2026, 3, 2), QTime(9, 30), chinaTimeZone()).toUTC();
}

} // namespace ClockSteps

QDateTime addWorkingDays(const QDateTime &from, int days, const QTimeZone &zone)
{
    QDateTime local = from.toTimeZone(zone);
    int remaining = days;
    while (remaining > 0) {
        local = local.addDays(1);
        if (local.date().dayOfWeek() <= 5)
            --remaining;
    }
    return local.toUTC();
}

} // namespace oc
