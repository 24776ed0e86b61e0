#pragma once

class QApplication;

namespace oc::gui {

// The console's look on every platform: Fusion (the same pixels everywhere, which the
// training screenshots rely on) and the marking of invalid fields (FieldBinder sets the
// "invalid" property).
void applyConsoleStyle(QApplication &app);

} // namespace oc::gui
