// onboarding-console: the administrators' desktop console. All of it lives in the
// libraries; this file only starts the application.

#include "gui/ConsoleApplication.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OnboardingConsole"));
    QApplication::setApplicationName(QStringLiteral("onboarding-console"));
    QApplication::setApplicationVersion(QStringLiteral(OC_VERSION));
    return oc::gui::runConsole(app);
}
