#include "RegistrationWizard.h"

#include "ActivationPage.h"
#include "BasicInfoPage.h"
#include "CompanyInfoPage.h"
#include "RegistrationDonePage.h"
#include "gui/AppContext.h"

namespace oc::gui {

RegistrationWizard::RegistrationWizard(AppContext *context, const QString &huaweiAccountId,
                                       QWidget *parent)
    : Wizard(context, new RegistrationFlow(context->backend(), huaweiAccountId),
             QString::fromLatin1(Name), parent)
    , m_flow(static_cast<RegistrationFlow *>(state()))
{
    addNamedPage(BasicInfo, new BasicInfoPage(context, m_flow, this), QStringLiteral("basicInfo"));
    addNamedPage(CompanyInfo, new CompanyInfoPage(context, m_flow, this),
                 QStringLiteral("companyInfo"));
    addNamedPage(Activation, new ActivationPage(context, m_flow, this),
                 QStringLiteral("activation"));
    addNamedPage(Done, new RegistrationDonePage(context, m_flow, this),
                 QStringLiteral("registrationDone"));
    connect(m_flow, &RegistrationFlow::registered, this, &RegistrationWizard::registered);
    retranslate();
}

QString RegistrationWizard::title() const
{
    return tr("Register the %1 Commercial Plan").arg(context()->brand());
}

} // namespace oc::gui
