#pragma once

class QApplication;

namespace oc::gui {

// Runs the console: parses the command line, installs translations, opens the backend
// (without blocking the event loop), shows the main window. Returns the exit code.
int runConsole(QApplication &app);

} // namespace oc::gui
