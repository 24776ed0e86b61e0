#pragma once

#include "OrganizationFlow.h"
#include "gui/wizards/WizardPage.h"

#include <QTimer>

#include <memory>

namespace Ui {
class OrgSetupPage;
}

class QButtonGroup;

namespace oc::gui {

class RecordPicker;

// W-ORG page 1: the owner, and a new enterprise (name, abbreviation checked live, R-ORG-1/2)
// or one the owner already has. Commits by creating the organization.
class OrgSetupPage : public WizardPage
{
    Q_OBJECT
public:
    OrgSetupPage(AppContext *context, OrganizationFlow *flow, QWidget *parent = nullptr);
    ~OrgSetupPage() override;
    RecordPicker *ownerPicker() const { return m_owner; }

protected:
    void initializePage() override;
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    void loadExisting();
    void showExisting();
    void updateMode();
    void checkAbbreviationLive();

    std::unique_ptr<Ui::OrgSetupPage> m_ui;
    OrganizationFlow *m_flow;
    RecordPicker *m_owner;
    QButtonGroup *m_mode;
    QTimer m_abbreviationTimer;
};

} // namespace oc::gui
