#pragma once

#include "OrganizationFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class OrgDonePage;
}

class QTableWidget;

namespace oc::gui {

// W-ORG page 6: the unified login address and the authorized members' logins (their SMS is
// in the Outbox).
class OrgDonePage : public WizardPage
{
    Q_OBJECT
public:
    OrgDonePage(AppContext *context, OrganizationFlow *flow, QWidget *parent = nullptr);
    ~OrgDonePage() override;

signals:
    void openOutboxRequested();

protected:
    void initializePage() override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::OrgDonePage> m_ui;
    OrganizationFlow *m_flow;
    QTableWidget *m_logins;
};

} // namespace oc::gui
