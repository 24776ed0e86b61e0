#pragma once

#include "BackendFactory.h"

class QApplication;

#include <optional>

namespace oc::gui {

// The names QSettings and the help use (the same before and after the GUI exists).
void setApplicationNames();

// Reads the command line before any GUI object exists, in a QCoreApplication of its own, so
// that --help, --version and every command-line error work on a machine without a display:
// prints them (in the language asked for or saved) and returns their exit code; nullopt
// when the console is to run.
std::optional<int> answerCommandLine(int argc, char *argv[]);

// Runs the console: parses the command line, installs translations, opens the backend
// `factory` builds (without blocking the event loop), shows the main window. Returns the
// exit code.
int runConsole(QApplication &app, const BackendFactory &factory);

} // namespace oc::gui
