#include "SlowWait.h"

namespace oc {

namespace {
thread_local SlowWait::Observer *threadObserver = nullptr;
} // namespace

void SlowWait::setObserver(Observer *observer)
{
    threadObserver = observer;
}

SlowWait::SlowWait()
    : m_observer(threadObserver)
{
    if (m_observer)
        m_observer->beginSlowWait();
}

SlowWait::~SlowWait()
{
    if (m_observer)
        m_observer->endSlowWait();
}

} // namespace oc
