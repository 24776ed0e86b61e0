#pragma once

class QApplication;

namespace oc::gui {

// The console's look on every platform: Fusion (the same pixels everywhere, which the
// training screenshots rely on).
void applyConsoleStyle(QApplication &app);

} // namespace oc::gui
