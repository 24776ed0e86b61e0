#include "AppContext.h"

#include "contract/Async.h"
#include "contract/Backend.h"

namespace oc::gui {

AppContext::AppContext(Backend *backend, LanguageManager *language, Dialogs *dialogs,
                       QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_language(language)
    , m_dialogs(dialogs)
{
    // Keep the clock current for countdowns (code resend, retention days).
    connect(backend, &Backend::clockChanged, this, [this] { refreshClock(); });
    refreshClock();
}

void AppContext::refreshClock()
{
    onFinished(m_backend->clock(), this, [this](const Result<ClockState> &state) {
        if (state.ok())
            setClock(*state);
    });
}

void AppContext::setBrand(const QString &brand)
{
    const QString trimmed = brand.trimmed();
    if (trimmed.isEmpty() || trimmed == m_brand)
        return;
    m_brand = trimmed;
    emit brandChanged();
}

void AppContext::setClock(const ClockState &state)
{
    m_clock = state;
    m_sinceClock.start();
    emit clockChanged();
}

QDateTime AppContext::now() const
{
    if (!m_clock.now.isValid())
        return QDateTime::currentDateTimeUtc();
    return m_clock.running ? m_clock.now.addMSecs(m_sinceClock.elapsed()) : m_clock.now;
}

void AppContext::setDisplayZone(const QTimeZone &zone)
{
    if (zone.isValid())
        m_zone = zone;
}

} // namespace oc::gui
