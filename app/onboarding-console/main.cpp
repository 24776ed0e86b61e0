// onboarding-console: the administrators' desktop console. All of it lives in the
// libraries; this file starts the application and chooses its backend.

#include "BackendFactory.h"
#include "gui/ConsoleApplication.h"
#include "gui/screenshots/ScreenshotEnvironment.h"

#include <QApplication>

#include <optional>

int main(int argc, char *argv[])
{
    // The command line first, before any GUI object: --help, --version and its errors work
    // on a server without a display.
    if (const std::optional<int> exitCode = oc::gui::answerCommandLine(argc, argv))
        return *exitCode;
    // --screenshots: headless, pinned fonts and screen; set before the QApplication exists.
    const auto screenshots = oc::gui::ScreenshotEnvironment::prepare(argc, argv);
    QApplication app(argc, argv);
    oc::gui::setApplicationNames();
    if (screenshots)
        screenshots->applyToApplication();
    return oc::gui::runConsole(app, oc::app::makeBackend);
}
