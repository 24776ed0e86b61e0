// Helper process of test_registration_kill: registers the Commercial Plan for the demo's
// buyer (lianyun-tech, Huawei Cloud Store activation) on the database given as argument,
// so that the test can kill it inside the transaction (OC_TEST_PAUSE_IN_REGISTRATION, see
// services/RegistrationService.cpp). The demo template is expected next to the database
// (as TestBackend keeps it); a missing database is copied from it.
//
//   registration_child DATABASE USERNAME EMAIL WORKSPACE [--reuse-code]
//
// --reuse-code registers with the newest code already in the Outbox instead of sending one
// (R-VC-1 allows one new code per minute, and the demo clock is frozen). Prints
// "oc-test: registered <workspace id>" and exits 0, or "oc-test: refused <error>" and 1.

#include "TestSupport.h"
#include "services/DemoStoryData.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

using namespace oc;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fputs("usage: registration_child DATABASE USERNAME EMAIL WORKSPACE [--reuse-code]\n",
                   stderr);
        return 2;
    }
    const QString database = args.at(1);
    const QString username = args.at(2);
    const QString email = args.at(3);
    const QString workspace = args.at(4);
    const bool reuseCode = args.contains(QStringLiteral("--reuse-code"));
    const auto refused = [](const Error &error) {
        std::printf("oc-test: refused %s\n", qPrintable(error.toString()));
        return 1;
    };

    LocalBackendOptions options;
    options.database.path = database;
    options.demo = true;
    options.demoTemplate =
        QFileInfo(database).dir().filePath(QStringLiteral("demo-template.sqlite"));
    options.hashCost = HashCost::Minimum;
    options.freezeClock = true;
    options.actor = QStringLiteral("registration-child");
    LocalBackend backend(options);
    if (const Status opened = test::await(backend.open()); !opened.ok())
        return refused(opened.error());

    const QString purpose = QString::fromLatin1(CodePurpose::Register);
    if (!reuseCode) {
        const auto sent = test::await(backend.sendCode(Channel::Email, email, purpose));
        if (!sent.ok())
            return refused(sent.error());
    }
    RegistrationRequest r;
    r.site = QStringLiteral("cn4");
    r.username = username;
    r.password = QStringLiteral("Onboard#2026");
    r.email = email;
    r.code = test::latestCode(backend, email);
    r.enterpriseName = QStringLiteral("Hangzhou Lianyun Technology Co., Ltd.");
    r.agreementAccepted = true;
    r.workspaceName = workspace;
    r.method = SettlementMethod::HuaweiCloud;
    r.huaweiAccountId =
        test::huaweiAccountIdOf(backend, QString::fromLatin1(demo::cast::BuyerLogin));
    r.termsAccepted = true;
    const auto result = test::await(backend.registerCommercialPlan(r), 120000);
    if (!result.ok())
        return refused(result.error());
    std::printf("oc-test: registered %s\n", qPrintable(result->workspace.workspaceId));
    return 0;
}
