#pragma once

#include "BackendFactory.h"

class QApplication;

namespace oc::gui {

// Runs the console: parses the command line, installs translations, opens the backend
// `factory` builds (without blocking the event loop), shows the main window. Returns the
// exit code.
int runConsole(QApplication &app, const BackendFactory &factory);

} // namespace oc::gui
