#pragma once

#include <QStringList>

class QWidget;

namespace oc::gui {

// Visible labels and buttons of `root` narrower or lower than their text needs, combo boxes
// that promise to fit their contents and do not, and the window when its layout needs more
// than 1024x720; as descriptions naming each offender. The GUI tests check it at every
// snapshot and the training screenshots at every capture: text that does not fit is a bug
// in either language.
QStringList clippedWidgets(QWidget *root);

} // namespace oc::gui
