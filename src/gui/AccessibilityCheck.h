#pragma once

#include <QStringList>

class QWidget;

namespace oc::gui {

// What a screen reader or an automation client would miss in `root` (issue 16), walked
// through Qt's own accessibility interfaces (no bus needed): an interactive control without
// an accessible name; a value label whose name is its caption and that does not expose the
// value it shows; a control that takes input but cannot be reached by Tab (a toolbar
// button is reachable when its action has a shortcut). As descriptions naming each
// offender. The training screenshots check it at every capture and the GUI tests at every
// snapshot, so that every page, dialog and view of every wizard is checked.
QStringList accessibilityProblems(QWidget *root);

} // namespace oc::gui
