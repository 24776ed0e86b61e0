#pragma once

#include "SettlementFlow.h"
#include "gui/wizards/WizardPage.h"

#include <QTimer>

#include <memory>

namespace Ui {
class SettlementAccountPage;
}

namespace oc::gui {

// W-SET page 2: the Huawei Cloud account id and the SaaS instance id (R-SET-2..4), checked
// live as they are typed.
class SettlementAccountPage : public WizardPage
{
    Q_OBJECT
public:
    SettlementAccountPage(AppContext *context, SettlementFlow *flow, QWidget *parent = nullptr);
    ~SettlementAccountPage() override;

protected:
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    void checkLive();

    std::unique_ptr<Ui::SettlementAccountPage> m_ui;
    SettlementFlow *m_flow;
    QTimer m_checkTimer;
};

} // namespace oc::gui
