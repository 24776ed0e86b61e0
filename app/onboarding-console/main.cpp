// onboarding-console: the administrators' desktop console. All of it lives in the
// libraries; this file starts the application and chooses its backend.

#include "BackendFactory.h"
#include "gui/ConsoleApplication.h"
#include "gui/screenshots/ScreenshotEnvironment.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    // --screenshots: headless, pinned fonts and screen; set before the QApplication exists.
    const auto screenshots = oc::gui::ScreenshotEnvironment::prepare(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OnboardingConsole"));
    QApplication::setApplicationName(QStringLiteral("onboarding-console"));
    QApplication::setApplicationVersion(QStringLiteral(OC_VERSION));
    if (screenshots)
        screenshots->applyToApplication();
    return oc::gui::runConsole(app, oc::app::makeBackend);
}
