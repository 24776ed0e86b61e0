#pragma once

#include "RechargeFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class RechargeTypePage;
}

namespace oc::gui {

// W-SVC page 1: the fee-center account and the kind of recharge (a KooGallery purchase).
class RechargeTypePage : public WizardPage
{
    Q_OBJECT
public:
    RechargeTypePage(AppContext *context, RechargeFlow *flow, QWidget *parent = nullptr);
    ~RechargeTypePage() override;

protected:
    void initializePage() override;
    void retranslatePage() override;

private:
    void reload();

    std::unique_ptr<Ui::RechargeTypePage> m_ui;
    RechargeFlow *m_flow;
};

} // namespace oc::gui
