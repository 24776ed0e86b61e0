#pragma once

#include <QPoint>
#include <QString>

class QWidget;

namespace oc::gui::input {

// The keyboard and mouse of the screenshot runner: events delivered the way the window
// system's would be, so that a scenario drives the widgets exactly as a trainer does. (The
// product does not link Qt Test; the GUI tests drive the same widgets with QTest.)

// Runs the event loop for `ms` milliseconds, deleting what was scheduled for deletion.
void wait(int ms);
// Presses and releases `key` with `modifiers` on `widget`; `text` is what the key types.
void keyClick(QWidget *widget, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier,
              const QString &text = {});
// Types `text` into `widget`, one key per character.
void keyClicks(QWidget *widget, const QString &text);
// A left click at `pos` (default: the centre); gives focus as a real click would.
void mouseClick(QWidget *widget, QPoint pos = QPoint());

} // namespace oc::gui::input
