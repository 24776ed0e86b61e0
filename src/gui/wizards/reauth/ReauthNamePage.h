#pragma once

#include "ReauthFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

class QPushButton;

namespace Ui {
class ReauthNamePage;
}

namespace oc::gui {

class MaterialField;

// W-REAUTH, Change Enterprise Name (§4.5.3, R-AUTH-13): the new name, the registration
// number that cannot change, the statement, the authority's document and the new
// certificate; the statement sealed (Chinese mainland) or signed (elsewhere); Submit.
class ReauthNamePage : public WizardPage
{
    Q_OBJECT
public:
    ReauthNamePage(AppContext *context, ReauthFlow *flow, QWidget *parent = nullptr);
    ~ReauthNamePage() override;

    void initializePage() override;

protected:
    void retranslatePage() override;
    bool startRemoteStep(std::function<void(const Status &)> done) override;

private:
    std::unique_ptr<Ui::ReauthNamePage> m_ui;
    ReauthFlow *m_flow;
    QList<MaterialField *> m_materials;
    QPushButton *m_changeEntity = nullptr;
};

} // namespace oc::gui
