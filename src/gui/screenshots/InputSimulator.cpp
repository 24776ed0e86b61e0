#include "InputSimulator.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPointingDevice>
#include <QThread>
#include <QWidget>

namespace oc::gui::input {

void wait(int ms)
{
    QDeadlineTimer deadline(ms);
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, int(deadline.remainingTime()));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        const qint64 remaining = deadline.remainingTime();
        if (remaining > 0)
            QThread::msleep(static_cast<unsigned long>(qMin<qint64>(10, remaining)));
    } while (!deadline.hasExpired());
}

namespace {

void sendKey(QWidget *widget, QEvent::Type type, int key, Qt::KeyboardModifiers modifiers,
             const QString &text)
{
    QKeyEvent event(type, key, modifiers, text);
    QCoreApplication::sendEvent(widget, &event);
}

// The key a character is typed with (letters and digits by their key; anything else is
// delivered by its text).
int keyOf(QChar c)
{
    if (c >= u'a' && c <= u'z')
        return Qt::Key_A + (c.unicode() - u'a');
    if (c >= u'A' && c <= u'Z')
        return Qt::Key_A + (c.unicode() - u'A');
    if (c.unicode() >= 0x20 && c.unicode() < 0x7f)
        return c.unicode(); // Qt's keys for printable ASCII are their codes
    return Qt::Key_unknown;
}

void sendMouse(QWidget *widget, QEvent::Type type, QPoint pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, widget->mapToGlobal(pos), Qt::LeftButton, buttons, Qt::NoModifier,
                      QPointingDevice::primaryPointingDevice());
    QCoreApplication::sendEvent(widget, &event);
}

} // namespace

void keyClick(QWidget *widget, int key, Qt::KeyboardModifiers modifiers, const QString &text)
{
    sendKey(widget, QEvent::KeyPress, key, modifiers, text);
    sendKey(widget, QEvent::KeyRelease, key, modifiers, text);
}

void keyClicks(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        const Qt::KeyboardModifiers modifiers = c.isUpper() ? Qt::ShiftModifier : Qt::NoModifier;
        keyClick(widget, keyOf(c), modifiers, QString(c));
    }
}

void mouseClick(QWidget *widget, QPoint pos)
{
    if (pos.isNull())
        pos = widget->rect().center();
    // A press gives focus to the first widget up the tree that takes it by click, as the
    // application does for a real click.
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (w->isEnabled() && (w->focusPolicy() & Qt::ClickFocus)) {
            w->setFocus(Qt::MouseFocusReason);
            break;
        }
        if (w->isWindow())
            break;
    }
    sendMouse(widget, QEvent::MouseButtonPress, pos, Qt::LeftButton);
    sendMouse(widget, QEvent::MouseButtonRelease, pos, Qt::NoButton);
}

} // namespace oc::gui::input
