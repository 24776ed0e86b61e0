#pragma once

#include "OrganizationFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class OrgBindingPage;
}

class QTableWidget;

namespace oc::gui {

// W-ORG page 4: the owner's purchased orders; one is bound to the organization
// (R-BND-1..3).
class OrgBindingPage : public WizardPage
{
    Q_OBJECT
public:
    OrgBindingPage(AppContext *context, OrganizationFlow *flow, QWidget *parent = nullptr);
    ~OrgBindingPage() override;
    QTableWidget *table() const { return m_table; }

protected:
    void initializePage() override;
    void retranslatePage() override;

private:
    void reload();
    void showOrders();
    void bindSelected();
    void bind(const QString &orderId);

    std::unique_ptr<Ui::OrgBindingPage> m_ui;
    OrganizationFlow *m_flow;
    QTableWidget *m_table;
};

} // namespace oc::gui
