#pragma once

#include "ReauthFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class ReauthCurrentOwnerPage;
}

namespace oc::gui {

class MaterialField;

// W-REAUTH, Modify Individual Authentication Information step 1 (§4.4.2): the current
// owner's certificate page and holding photo (R-AUTH-11), and the change application form,
// PDF only (R-AUTH-12).
class ReauthCurrentOwnerPage : public WizardPage
{
    Q_OBJECT
public:
    ReauthCurrentOwnerPage(AppContext *context, ReauthFlow *flow, QWidget *parent = nullptr);
    ~ReauthCurrentOwnerPage() override;

    void initializePage() override;

protected:
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::ReauthCurrentOwnerPage> m_ui;
    ReauthFlow *m_flow;
    QList<MaterialField *> m_materials;
};

} // namespace oc::gui
