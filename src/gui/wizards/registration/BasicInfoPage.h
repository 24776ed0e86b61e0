#pragma once

#include "RegistrationFlow.h"
#include "gui/wizards/WizardPage.h"

#include <QTimer>

#include <memory>

namespace Ui {
class BasicInfoPage;
}

namespace oc::gui {

class CodeField;

// W-REG page 1: the site, the account (R-FC-1, checked as it is typed), the password, the
// email and its code.
class BasicInfoPage : public WizardPage
{
    Q_OBJECT
public:
    BasicInfoPage(AppContext *context, RegistrationFlow *flow, QWidget *parent = nullptr);
    ~BasicInfoPage() override;
    CodeField *codeField() const { return m_code; }

protected:
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::BasicInfoPage> m_ui;
    RegistrationFlow *m_flow;
    CodeField *m_code;
    QTimer m_usernameTimer;
};

} // namespace oc::gui
