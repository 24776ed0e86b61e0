#pragma once

#include "contract/BackendTypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimeZone>

namespace oc {
class Backend;
}

namespace oc::gui {

class Dialogs;
class LanguageManager;

// What every window and page of the console shares: the backend, the brand name (a
// setting, never part of a translated string), the display time zone, the language, and
// the dialog seam that tests answer.
class AppContext : public QObject
{
    Q_OBJECT
public:
    AppContext(Backend *backend, LanguageManager *language, Dialogs *dialogs,
               QObject *parent = nullptr);

    Backend *backend() const { return m_backend; }
    LanguageManager *language() const { return m_language; }
    Dialogs *dialogs() const { return m_dialogs; }

    QString brand() const { return m_brand; }
    // Recorded in the journal and the key of this operator's wizard drafts.
    QString operatorName() const { return m_operator; }
    void setOperatorName(const QString &name) { m_operator = name; }
    // This console's own id: the device D-LOGIN's "Trust this browser?" trusts (kept in the
    // settings by ConsoleApplication).
    QString deviceId() const { return m_deviceId; }
    void setDeviceId(const QString &id) { m_deviceId = id; }
    void setBrand(const QString &brand);

    // Times are UTC in the store and shown in this zone (default: the system's).
    QTimeZone displayZone() const { return m_zone; }
    void setDisplayZone(const QTimeZone &zone);

    // The backend's clock as last reported, moved on with real time while it runs: what
    // countdowns (retention days, code resend) are computed against.
    void setClock(const ClockState &state);
    void refreshClock();
    ClockState clock() const { return m_clock; }
    QDateTime now() const;

    static constexpr auto DefaultBrand = "Guance";

signals:
    void brandChanged();
    void clockChanged();

private:
    Backend *m_backend;
    LanguageManager *m_language;
    Dialogs *m_dialogs;
    QString m_brand = QString::fromLatin1(DefaultBrand);
    QString m_operator = QStringLiteral("operator");
    QString m_deviceId = QStringLiteral("console");
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    ClockState m_clock;
    QElapsedTimer m_sinceClock;
};

} // namespace oc::gui
