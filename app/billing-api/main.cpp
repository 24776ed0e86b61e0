// billing-api: the billing API server of a team (README "Team server"). All of it lives in
// the server library; this file only starts it.

#include "server/ServerMain.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OnboardingConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("billing-api"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OC_VERSION));
    return oc::server::runBillingApi(app);
}
