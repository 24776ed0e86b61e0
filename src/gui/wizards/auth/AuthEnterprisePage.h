#pragma once

#include "AuthFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class AuthEnterprisePage;
}

namespace oc::gui {

class MaterialField;

// W-AUTH page 2, enterprise (§4.3): the registered country/region (the account's), address,
// enterprise name, registration number and the certificate's front and back (R-AUTH-2).
class AuthEnterprisePage : public WizardPage
{
    Q_OBJECT
public:
    AuthEnterprisePage(AppContext *context, AuthFlow *flow, QWidget *parent = nullptr);
    ~AuthEnterprisePage() override;

    void initializePage() override;

protected:
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::AuthEnterprisePage> m_ui;
    AuthFlow *m_flow;
    QList<MaterialField *> m_materials;
};

} // namespace oc::gui
