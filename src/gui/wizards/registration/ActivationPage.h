#pragma once

#include "RegistrationFlow.h"
#include "gui/wizards/WizardPage.h"

#include <QTimer>

#include <memory>

namespace Ui {
class ActivationPage;
}

class QButtonGroup;

namespace oc::gui {

class HelpLink;

// W-REG page 3: the first workspace, how it is settled (the Huawei Cloud account looked up
// as it is typed, R-REG-2), and the commit (R-REG-3).
class ActivationPage : public WizardPage
{
    Q_OBJECT
public:
    ActivationPage(AppContext *context, RegistrationFlow *flow, QWidget *parent = nullptr);
    ~ActivationPage() override;

protected:
    void initializePage() override;
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    void updateMethod();
    void checkHuaweiLive();

    std::unique_ptr<Ui::ActivationPage> m_ui;
    RegistrationFlow *m_flow;
    QButtonGroup *m_languages;
    QButtonGroup *m_methods;
    HelpLink *m_help;
    QTimer m_huaweiTimer;
};

} // namespace oc::gui
