#pragma once

#include "ReauthFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class ReauthEnterprisePage;
}

namespace oc::gui {

class MaterialField;

// W-REAUTH, the new enterprise: Change Enterprise Entity (§4.5.2: country/region,
// address, name, registration number, the certificate and the form stamped by both
// enterprises) and the service ticket of an individual (§4.4.3, R-AUTH-14: the account's
// country/region, the holding photos, the form signed by both parties); Submit.
class ReauthEnterprisePage : public WizardPage
{
    Q_OBJECT
public:
    ReauthEnterprisePage(AppContext *context, ReauthFlow *flow, QWidget *parent = nullptr);
    ~ReauthEnterprisePage() override;

    void initializePage() override;

protected:
    void retranslatePage() override;
    bool startRemoteStep(std::function<void(const Status &)> done) override;

private:
    std::unique_ptr<Ui::ReauthEnterprisePage> m_ui;
    ReauthFlow *m_flow;
    QList<MaterialField *> m_materials;
    void showKind();
};

} // namespace oc::gui
