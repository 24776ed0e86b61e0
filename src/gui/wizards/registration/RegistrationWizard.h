#pragma once

// W-REG — Register the Commercial Plan (flows.md; seeds 000, 002 "no fee-center account"):
// basic information with an email code, company information, activation method, done.
// The flow is RegistrationFlow; the pages are views of it, one per file.

#include "RegistrationFlow.h"
#include "gui/wizards/Wizard.h"

namespace oc::gui {

class RegistrationWizard : public Wizard
{
    Q_OBJECT
public:
    enum PageId
    {
        BasicInfo = RegistrationFlow::BasicInfoPage,
        CompanyInfo = RegistrationFlow::CompanyInfoPage,
        Activation = RegistrationFlow::ActivationPage,
        Done = RegistrationFlow::DonePage
    };
    static constexpr auto Name = "registration";

    // `huaweiAccountId` prefills Huawei Cloud Store activation (from the unified login).
    RegistrationWizard(AppContext *context, const QString &huaweiAccountId,
                       QWidget *parent = nullptr);

    RegistrationFlow *flow() const { return m_flow; }
    QString title() const override;

signals:
    void registered(const oc::RegistrationResult &result);

private:
    RegistrationFlow *m_flow;
};

} // namespace oc::gui
