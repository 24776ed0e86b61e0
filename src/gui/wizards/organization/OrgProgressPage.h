#pragma once

#include "OrganizationFlow.h"
#include "gui/wizards/WizardPage.h"

#include <QTimer>

#include <memory>

namespace Ui {
class OrgProgressPage;
}

class QProgressBar;

namespace oc::gui {

// W-ORG page 2: the organization's setup until it is ready (R-ORG-3); the demo clock's
// buttons move it on.
class OrgProgressPage : public WizardPage
{
    Q_OBJECT
public:
    OrgProgressPage(AppContext *context, OrganizationFlow *flow, QWidget *parent = nullptr);
    ~OrgProgressPage() override;

protected:
    void initializePage() override;
    void cleanupPage() override;
    void retranslatePage() override;

private:
    void reload();
    void updateProgress();

    std::unique_ptr<Ui::OrgProgressPage> m_ui;
    OrganizationFlow *m_flow;
    QProgressBar *m_progress;
    QTimer m_tick;
    bool m_reloading = false;
};

} // namespace oc::gui
